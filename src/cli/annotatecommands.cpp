// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatecommands.h"

#include "annotationstore.h"
#include "articlestore.h"
#include "clicontext.h"
#include "project.h"
#include "tagstore.h"
#include "textoffsets.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Attache::Cli {

namespace {

/** The id of the tag named name (a top-level one first), creating a top-level tag when there is none. */
qint64 tagNamed(TagStore *tags, const QString &name, QString *error)
{
    qint64 found = 0;
    for (const Tag &tag : tags->tags()) {
        if (tag.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 && (!found || tag.parentId == 0)) {
            found = tag.id;
        }
    }
    return found ? found : tags->add({0, 0, name.trimmed(), {}, {}}, error);
}

int annotate(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Start of the passage (code points into the cleaned text)."),
                                  QStringLiteral("N"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("End of the passage, exclusive."),
                                QStringLiteral("M"));
    const QCommandLineOption note(
        QStringLiteral("note"), QStringLiteral("A note on the passage (or on the whole article without --from/--to)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("A tag (repeatable); created when new."),
                                 QStringLiteral("TAG"));
    const QCommandLineOption color(QStringLiteral("color"), QStringLiteral("Highlight colour as #RRGGBB."),
                                   QStringLiteral("#RRGGBB"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the annotation as one JSON object."));
    parser.addOptions({from, to, note, tag, color, json});
    if (const auto parsed = context.parse(parser, command, arguments, 2, 2); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    bool idOk = false;
    const qint64 articleId = parser.positionalArguments().at(1).toLongLong(&idOk);
    if (!idOk || articleId <= 0) {
        return context.usageError(QStringLiteral("ARTICLE_ID must be a positive number"));
    }
    if (parser.isSet(from) != parser.isSet(to)) {
        return context.usageError(QStringLiteral("--from and --to go together"));
    }
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (parser.isSet(color) && !hexColor.match(parser.value(color)).hasMatch()) {
        return context.usageError(QStringLiteral("--color takes #RRGGBB, not '%1'").arg(parser.value(color)));
    }
    qsizetype start = -1;
    qsizetype end = -1;
    if (parser.isSet(from)) {
        bool fromOk = false;
        bool toOk = false;
        start = parser.value(from).toLongLong(&fromOk);
        end = parser.value(to).toLongLong(&toOk);
        if (!fromOk || !toOk || start < 0 || end <= start) {
            return context.usageError(QStringLiteral("--from and --to must be numbers with from < to"));
        }
    } else if (!parser.isSet(note) && !parser.isSet(tag)) {
        return context.usageError(QStringLiteral("a note on a whole article needs --note or --tag"));
    }

    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(parser.positionalArguments().constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    if (project->isReadOnly()) {
        return context.inputError(QStringLiteral("cannot annotate: %1").arg(project->readOnlyReason()));
    }
    const std::optional<Article> article = project->articles()->article(articleId);
    if (!article) {
        return context.inputError(QStringLiteral("there is no article %1 in %2").arg(articleId).arg(project->path()));
    }
    const TextOffsets offsets(article->cleanText);
    Annotation annotation;
    annotation.articleId = articleId;
    annotation.note = parser.value(note);
    annotation.color = parser.value(color).toLower();
    if (start >= 0) {
        if (end > offsets.codePointLength()) {
            return context.inputError(QStringLiteral("the passage %1–%2 is outside article %3's text (0–%4)")
                                          .arg(start)
                                          .arg(end)
                                          .arg(articleId)
                                          .arg(offsets.codePointLength()));
        }
        annotation.anchor = TextAnchor {offsets.toUtf16(start), offsets.toUtf16(end), {}, {}, {}};
    }
    QString error;
    QStringList tagNames;
    for (const QString &name : parser.values(tag)) {
        const qint64 tagId = tagNamed(project->tags(), name, &error);
        if (!tagId) {
            return context.inputError(QStringLiteral("cannot use the tag '%1': %2").arg(name, error));
        }
        annotation.tagIds.append(tagId);
        tagNames.append(project->tags()->tag(tagId)->name);
    }
    const qint64 id = project->annotations()->add(annotation, &error);
    if (!id) {
        return context.inputError(error);
    }
    const Annotation stored = *project->annotations()->annotation(id);
    if (parser.isSet(json)) {
        context.printJson({
            {QStringLiteral("id"), id},
            {QStringLiteral("article_id"), articleId},
            {QStringLiteral("start"), stored.anchor ? QJsonValue(start) : QJsonValue()},
            {QStringLiteral("end"), stored.anchor ? QJsonValue(end) : QJsonValue()},
            {QStringLiteral("exact"), stored.anchor ? QJsonValue(stored.anchor->exact) : QJsonValue()},
            {QStringLiteral("note"), stored.note},
            {QStringLiteral("color"), stored.color.isEmpty() ? QJsonValue() : QJsonValue(stored.color)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tagNames)},
        });
    } else if (stored.anchor) {
        context.out() << "Annotation " << id << " on article " << articleId << ": “" << stored.anchor->exact << "”\n";
    } else {
        context.out() << "Annotation " << id << " on the whole of article " << articleId << '\n';
    }
    return CliContext::Success;
}

} // namespace

QList<CliCommand> annotateCommands()
{
    return {
        {QStringLiteral("annotate"),
         QStringLiteral(
             "annotate PROJECT ARTICLE_ID [--from N --to M] [--note TEXT] [--tag TAG]... [--color #RRGGBB] [--json]"),
         QStringLiteral(
             "Highlight a passage (code points into the cleaned text, as show --json gives it) or note an article."),
         &annotate},
    };
}

} // namespace Attache::Cli
