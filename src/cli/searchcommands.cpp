// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommands.h"

#include "analysis/speakerkind.h"
#include "clicontext.h"
#include "project.h"
#include "savedsearchstore.h"
#include "search.h"

#include <QJsonObject>

namespace Attache::Cli {

namespace {

constexpr int kDefaultLimit = 50;

void printHit(CliContext &context, const SearchHit &hit, bool json)
{
    if (json) {
        context.printJson({
            {QStringLiteral("kind"), SearchHit::kindName(hit.kind)},
            {QStringLiteral("id"), hit.id},
            {QStringLiteral("article_id"), hit.articleId},
            {QStringLiteral("article_title"), hit.articleTitle},
            {QStringLiteral("speaker"), hit.speaker.isEmpty() ? QJsonValue() : QJsonValue(hit.speaker)},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("rank"), hit.rank},
        });
    } else {
        context.out() << SearchHit::kindName(hit.kind) << '\t' << hit.articleId << '\t' << hit.articleTitle << '\t'
                      << (hit.speaker.isEmpty() ? QString() : hit.speaker + QStringLiteral(": "))
                      << QString(hit.snippet).replace(u'\n', u' ') << '\n';
    }
}

int search(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption speaker(
        QStringLiteral("speaker"), QStringLiteral("Only quotes by this person (name or alias)."), QStringLiteral("S"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("Only quotes by speakers of this kind: %1.")
                                      .arg(Analysis::speakerKindNames().join(QStringLiteral(", "))),
                                  QStringLiteral("K"));
    const QCommandLineOption institution(QStringLiteral("institution"),
                                         QStringLiteral("Only quotes by speakers whose institution contains I."),
                                         QStringLiteral("I"));
    const QCommandLineOption tag(QStringLiteral("tag"),
                                 QStringLiteral("Only things carrying this tag or one of its child tags."),
                                 QStringLiteral("T"));
    const QCommandLineOption outlet(QStringLiteral("outlet"), QStringLiteral("Only articles from this outlet."),
                                    QStringLiteral("O"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Only articles published on or after DATE (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Only articles published on or before DATE (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results (default 50)."),
                                   QStringLiteral("N"), QString::number(kDefaultLimit));
    const QCommandLineOption saved(QStringLiteral("saved"), QStringLiteral("Run the saved search NAME."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption save(QStringLiteral("save"),
                                  QStringLiteral("Also keep this search in the project as NAME."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per result."));
    parser.addOptions({speaker, kind, institution, tag, outlet, from, to, limit, saved, save, json});
    if (const auto parsed = context.parse(parser, command, arguments, 1, 2); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    bool limitOk = false;
    const int maxHits = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxHits <= 0) {
        return context.usageError(QStringLiteral("--limit takes a positive number"));
    }
    const QStringList positional = parser.positionalArguments();
    SavedSearch request;
    request.query = positional.value(1);
    request.filter.speaker = parser.value(speaker);
    request.filter.kind = parser.value(kind);
    request.filter.institution = parser.value(institution);
    request.filter.tag = parser.value(tag);
    request.filter.outlet = parser.value(outlet);
    for (const auto &[option, date] : {std::pair {&from, &request.filter.from}, std::pair {&to, &request.filter.to}}) {
        if (parser.isSet(*option)) {
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid()) {
                return context.usageError(QStringLiteral("--%1 takes a date as YYYY-MM-DD, not %2")
                                              .arg(option->names().constFirst(), parser.value(*option)));
            }
        }
    }
    const bool runSaved = parser.isSet(saved);
    if (runSaved && (positional.size() > 1 || !request.filter.isEmpty() || parser.isSet(save))) {
        return context.usageError(
            QStringLiteral("--saved runs a search as it was saved: give no query, filter or --save"));
    }
    if (!runSaved && request.query.trimmed().isEmpty() && request.filter.isEmpty()) {
        return context.usageError(QStringLiteral("give a query, a filter or --saved NAME"));
    }
    if (const QString invalid = request.filter.validate(); !invalid.isEmpty()) {
        return context.usageError(invalid);
    }
    if (parser.isSet(save) && parser.value(save).trimmed().isEmpty()) {
        return context.usageError(QStringLiteral("--save takes a name"));
    }

    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(positional.constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    SavedSearchStore &store = *project->savedSearches();
    if (runSaved) {
        const std::optional<SavedSearch> found = store.find(parser.value(saved));
        if (!found) {
            return context.inputError(QStringLiteral("there is no saved search named %1").arg(parser.value(saved)));
        }
        request = *found;
    }
    QList<SearchHit> hits;
    QString error;
    if (!Search(project->database()).run(request.query, request.filter, maxHits, &hits, &error)) {
        return context.inputError(QStringLiteral("cannot search for that: %1").arg(error));
    }
    if (parser.isSet(save)) {
        request.name = parser.value(save);
        if (!store.add(request, &error)) {
            return context.inputError(QStringLiteral("cannot save the search: %1").arg(error));
        }
    }
    for (const SearchHit &hit : std::as_const(hits)) {
        printHit(context, hit, parser.isSet(json));
    }
    return CliContext::Success;
}

} // namespace

QList<CliCommand> searchCommands()
{
    return {
        {QStringLiteral("search"),
         QStringLiteral("search PROJECT [QUERY] [--speaker S] [--kind K] [--institution I] [--tag T] [--outlet O] "
                        "[--from DATE] [--to DATE] [--limit N] [--save NAME | --saved NAME] [--json]"),
         QStringLiteral("Find articles, notes and quotes (\"phrases\", prefix*, AND/OR/NOT; accents and case "
                        "ignored); --save NAME keeps the search in the project, --saved NAME runs it again."),
         &search},
    };
}

} // namespace Attache::Cli
