// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommands.h"

#include "clicontext.h"
#include "project.h"
#include "search.h"

#include <QJsonObject>

namespace Attache::Cli {

namespace {

constexpr int kDefaultLimit = 50;

int search(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption speaker(
        QStringLiteral("speaker"), QStringLiteral("Only quotes by this person (name or alias)."), QStringLiteral("S"));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("Only things carrying this tag."),
                                 QStringLiteral("T"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results (default 50)."),
                                   QStringLiteral("N"), QString::number(kDefaultLimit));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per result."));
    parser.addOptions({speaker, tag, limit, json});
    if (const auto parsed = context.parse(parser, command, arguments, 2, 2); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    bool limitOk = false;
    const int maxHits = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxHits <= 0) {
        return context.usageError(QStringLiteral("--limit takes a positive number"));
    }
    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(parser.positionalArguments().constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    QList<SearchHit> hits;
    QString error;
    if (!Search(project->database())
             .run(parser.positionalArguments().at(1), {parser.value(speaker), parser.value(tag)}, maxHits, &hits,
                  &error)) {
        return context.inputError(QStringLiteral("cannot search for that: %1").arg(error));
    }
    for (const SearchHit &hit : std::as_const(hits)) {
        if (parser.isSet(json)) {
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
    return CliContext::Success;
}

} // namespace

QList<CliCommand> searchCommands()
{
    return {
        {QStringLiteral("search"), QStringLiteral("search PROJECT QUERY [--speaker S] [--tag T] [--limit N] [--json]"),
         QStringLiteral(
             "Find articles, notes and quotes (\"phrases\", prefix*, AND/OR/NOT; accents and case ignored)."),
         &search},
    };
}

} // namespace Attache::Cli
