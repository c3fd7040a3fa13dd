// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommands.h"

#include "articlestore.h"
#include "clicontext.h"
#include "import/articleimporter.h"
#include "project.h"
#include "sizelimits.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Attache::Cli {

namespace {

/** What happened to one input of an import. */
struct Outcome
{
    enum class Status { Imported, Duplicate, Failed };

    QString path;
    Status status = Status::Failed;
    qint64 id = 0;
    QString title;
    QString reason;
};

QString statusName(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::Imported:
        return QStringLiteral("imported");
    case Outcome::Status::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

bool isUrl(const QString &argument)
{
    return argument.startsWith(u"http://", Qt::CaseInsensitive)
        || argument.startsWith(u"https://", Qt::CaseInsensitive);
}

/**
 * The files an argument stands for: itself, or the importable files under a folder (recursively,
 * sorted, hidden ones and saved-page asset folders skipped). Pipes, devices and files that cannot
 * be read are kept, so that the import says why each was skipped; a folder that cannot be read is
 * put in unreadable. An empty list means a folder with nothing to import.
 */
QStringList expandArgument(const QString &argument, QStringList *unreadable)
{
    const QFileInfo info(argument);
    if (!info.isDir()) {
        return {argument};
    }
    QStringList files;
    QDirIterator it(argument, QDir::Files | QDir::System | QDir::AllDirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    // "Save page as… complete" puts a page's frames, scripts and images in "NAME_files": not articles.
    static const QRegularExpression savedPageAssets(QStringLiteral(R"([/\\][^/\\]+_files([/\\]|$))"));
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(argument.size());
        if (relative.contains(savedPageAssets) || relative.contains(QLatin1StringView("/."))) {
            continue;
        }
        const QFileInfo entry = it.fileInfo();
        if (entry.isDir()) {
            // The iterator passes over a folder it cannot list without a word.
            if (!entry.isSymLink() && (!entry.isReadable() || !entry.isExecutable())) {
                unreadable->append(path);
            }
        } else if (Import::ArticleImporter::hasImportableSuffix(path)) {
            files << path;
        }
    }
    files.sort();
    unreadable->sort();
    return files;
}

Outcome importOne(ArticleStore *store, const QString &path)
{
    Outcome outcome;
    outcome.path = path;
    const Import::ImportResult result
        = isUrl(path) ? Import::ArticleImporter::importUrl(QUrl(path)) : Import::ArticleImporter::importFile(path);
    if (!result.ok()) {
        outcome.reason = result.error;
        return outcome;
    }
    outcome.title = result.article.title;
    const ArticleStore::AddResult added = store->add(result.article);
    if (!added.error.isEmpty()) {
        outcome.reason = added.error;
    } else if (added.duplicateOf > 0) {
        outcome.status = Outcome::Status::Duplicate;
        outcome.id = added.duplicateOf;
        outcome.reason = QStringLiteral("duplicate of article %1 (same cleaned text)").arg(added.duplicateOf);
    } else {
        outcome.status = Outcome::Status::Imported;
        outcome.id = added.id;
    }
    return outcome;
}

void printOutcome(CliContext &context, const Outcome &outcome, bool json)
{
    if (json) {
        const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
        context.printJson({
            {QStringLiteral("path"), outcome.path},
            {QStringLiteral("status"), statusName(outcome.status)},
            {QStringLiteral("id"), outcome.id > 0 ? QJsonValue(outcome.id) : QJsonValue()},
            {QStringLiteral("title"), orNull(outcome.title)},
            {QStringLiteral("reason"), orNull(outcome.reason)},
        });
        return;
    }
    switch (outcome.status) {
    case Outcome::Status::Imported:
        context.out() << outcome.id << '\t' << CliContext::escaped(outcome.title) << '\n';
        break;
    case Outcome::Status::Duplicate:
    case Outcome::Status::Failed:
        context.out() << "skipped\t" << CliContext::escaped(outcome.path) << '\t' << outcome.reason << '\n';
        break;
    }
    context.out().flush();
}

int importArticles(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per input line."));
    parser.addOption(json);
    if (const auto parsed = context.parse(parser, command, arguments, 2, -1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    QStringList inputs = parser.positionalArguments();
    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(inputs.takeFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    if (project->isReadOnly()) {
        return context.inputError(QStringLiteral("cannot import: %1").arg(project->readOnlyReason()));
    }

    QList<Outcome> pending;
    QStringList files;
    for (const QString &input : std::as_const(inputs)) {
        QStringList unreadable;
        const QStringList expanded = expandArgument(input, &unreadable);
        for (const QString &folder : std::as_const(unreadable)) {
            Outcome outcome;
            outcome.path = folder;
            outcome.reason = QStringLiteral("cannot read this folder: permission denied");
            printOutcome(context, outcome, parser.isSet(json));
            pending << outcome;
        }
        if (expanded.isEmpty() && unreadable.isEmpty()) {
            Outcome outcome;
            outcome.path = input;
            outcome.reason = QStringLiteral("no importable files in this folder (%1)")
                                 .arg(Import::ArticleImporter::importableSuffixes().join(QStringLiteral(", ")));
            printOutcome(context, outcome, parser.isSet(json));
            pending << outcome;
        }
        files << expanded;
    }

    if (files.size() > Limits::kMaxImportFiles) {
        return context.inputError(QStringLiteral("too many files to import at once (%1; the limit is %2); import the "
                                                 "folders in parts")
                                      .arg(files.size())
                                      .arg(Limits::kMaxImportFiles));
    }
    const bool progress = context.errIsTerminal();
    int present = 0;
    int failed = 0;
    for (const Outcome &outcome : std::as_const(pending)) {
        failed += outcome.status == Outcome::Status::Failed ? 1 : 0;
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress) {
            context.err() << "\r\033[K[" << (i + 1) << '/' << files.size() << "] " << files.at(i);
            context.err().flush();
        }
        const Outcome outcome = importOne(project->articles(), files.at(i));
        present += outcome.status == Outcome::Status::Failed ? 0 : 1;
        failed += outcome.status == Outcome::Status::Failed ? 1 : 0;
        if (progress) {
            context.err() << "\r\033[K";
            context.err().flush();
        }
        printOutcome(context, outcome, parser.isSet(json));
    }
    if (failed == 0) {
        return CliContext::Success;
    }
    // The per-file lines are results on stdout; the failure itself is also an error, so stderr says so once.
    context.inputError(QStringLiteral("%1 of %2 inputs could not be imported (the \"skipped\" lines say why)")
                           .arg(failed)
                           .arg(files.size() + pending.size()));
    return present == 0 ? CliContext::InputError : CliContext::PartialFailure;
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

int listArticles(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per article."));
    parser.addOption(json);
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(parser.positionalArguments().constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    for (const ArticleSummary &summary : project->articles()->summaries()) {
        if (parser.isSet(json)) {
            context.printJson({
                {QStringLiteral("id"), summary.id},
                {QStringLiteral("title"), summary.title},
                {QStringLiteral("outlet"), summary.outlet},
                {QStringLiteral("published"), dateValue(summary.published)},
                {QStringLiteral("imported_at"), summary.importedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("quotes"), summary.quoteCount},
                {QStringLiteral("notes"), summary.noteCount},
            });
        } else {
            context.out() << summary.id << '\t'
                          << (summary.published.isValid() ? summary.published.toString(Qt::ISODate)
                                                          : QStringLiteral("-"))
                          << '\t' << (summary.outlet.isEmpty() ? QStringLiteral("-") : summary.outlet) << '\t'
                          << summary.title << '\n';
        }
    }
    return CliContext::Success;
}

int showArticle(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(json);
    if (const auto parsed = context.parse(parser, command, arguments, 2, 2); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        return context.usageError(QStringLiteral("'%1' is not an article id").arg(parser.positionalArguments().at(1)));
    }
    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(parser.positionalArguments().constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    const std::optional<Article> article = project->articles()->article(id);
    if (!article) {
        return context.inputError(QStringLiteral("no article with id %1").arg(id));
    }
    const auto excludedText
        = [&](const ExcludedRange &range) { return article->rawText.mid(range.start, range.end - range.start); };
    if (parser.isSet(json)) {
        QJsonArray excluded;
        for (const ExcludedRange &range : article->excluded) {
            excluded.append(QJsonObject {
                {QStringLiteral("start"), range.start},
                {QStringLiteral("end"), range.end},
                {QStringLiteral("reason"), range.reason},
                {QStringLiteral("text"), excludedText(range)},
            });
        }
        context.printJson({
            {QStringLiteral("id"), article->id},
            {QStringLiteral("title"), article->title},
            {QStringLiteral("outlet"), article->outlet},
            {QStringLiteral("authors"), QJsonArray::fromStringList(article->authors)},
            {QStringLiteral("published"), dateValue(article->published)},
            {QStringLiteral("url"), article->url},
            {QStringLiteral("language"), article->language},
            {QStringLiteral("source_kind"), Article::sourceKindName(article->sourceKind)},
            {QStringLiteral("source_path"), article->sourcePath},
            {QStringLiteral("text"), article->cleanText},
            {QStringLiteral("raw_text"), article->rawText},
            {QStringLiteral("excluded"), excluded},
        });
        return CliContext::Success;
    }
    QTextStream &out = context.out();
    out << "Id:        " << article->id << '\n'
        << "Title:     " << article->title << '\n'
        << "Outlet:    " << article->outlet << '\n'
        << "Authors:   " << article->authors.join(QStringLiteral(", ")) << '\n'
        << "Published: " << (article->published.isValid() ? article->published.toString(Qt::ISODate) : QString())
        << '\n'
        << "URL:       " << article->url << '\n'
        << "Language:  " << article->language << '\n'
        << "Source:    " << Article::sourceKindName(article->sourceKind) << ' ' << article->sourcePath << "\n\n"
        << article->cleanText << "\n\n"
        << "Excluded (" << article->excluded.size() << "):\n";
    for (const ExcludedRange &range : article->excluded) {
        out << "  " << range.start << '-' << range.end << '\t' << range.reason << '\t'
            << excludedText(range).replace(u'\n', QStringLiteral(" / ")) << '\n';
    }
    return CliContext::Success;
}

} // namespace

QList<CliCommand> importCommands()
{
    return {
        {QStringLiteral("import"), QStringLiteral("import PROJECT PATH|URL... [--json]"),
         QStringLiteral("Import articles (text, HTML, Markdown, PDF; folders recurse). Duplicates are reported, not "
                        "imported again."),
         &importArticles},
        {QStringLiteral("list"), QStringLiteral("list PROJECT [--json]"), QStringLiteral("List a project's articles."),
         &listArticles},
        {QStringLiteral("show"), QStringLiteral("show PROJECT ID [--json]"),
         QStringLiteral("Show an article: metadata, cleaned text and the excluded ranges with their reasons."),
         &showArticle},
    };
}

} // namespace Attache::Cli
