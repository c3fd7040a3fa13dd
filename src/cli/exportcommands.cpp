// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommands.h"

#include "analysis/speakerkind.h"
#include "clicontext.h"
#include "export/reportbuilder.h"
#include "export/reportwriter.h"
#include "outputfile.h"
#include "project.h"

namespace Attache::Cli {

namespace {

QStringList splitValues(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            result.append(part.trimmed());
        }
    }
    return result;
}

int exportReport(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QStringList formatNames;
    for (const Export::ReportFormat format : Export::ReportWriter::formats()) {
        formatNames.append(Export::ReportWriter::name(format));
    }
    QCommandLineParser parser;
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    QStringLiteral("Output format: %1.").arg(formatNames.join(QLatin1String(", "))),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write (replaced atomically)."), QStringLiteral("OUT"));
    const QCommandLineOption article(QStringLiteral("article"), QStringLiteral("Only this article (repeatable)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption tag(QStringLiteral("tag"),
                                 QStringLiteral("Only articles with an annotation tagged T or a sub-tag (repeatable)."),
                                 QStringLiteral("T"));
    const QCommandLineOption speaker(
        QStringLiteral("speaker"),
        QStringLiteral("Only articles quoting a speaker whose name contains NAME, and only their quotes (repeatable)."),
        QStringLiteral("NAME"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QStringLiteral("Only speakers of this kind: %1.").arg(Analysis::speakerKindNames().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption outlet(QStringLiteral("outlet"), QStringLiteral("Only articles from this outlet."),
                                    QStringLiteral("OUTLET"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Only articles published on or after DATE."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Only articles published on or before DATE."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption group(QStringLiteral("group-by"),
                                   QStringLiteral("Group quotes by speaker (default) or article."),
                                   QStringLiteral("speaker|article"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("PDF paper: a4 or letter (default: the locale's)."),
                                      QStringLiteral("a4|letter"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The report's title."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption omit(
        QStringLiteral("omit"),
        QStringLiteral("Leave out sections: overview, chart, people, quotes, annotations, tags (comma-separated)."),
        QStringLiteral("SECTIONS"));
    parser.addOptions({format, output, article, tag, speaker, kind, outlet, from, to, group, pageSize, title, omit});
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    if (!parser.isSet(format)) {
        return context.usageError(QStringLiteral("--format is required (%1)").arg(formatNames.join(QLatin1Char('|'))));
    }
    const std::optional<Export::ReportFormat> chosen = Export::ReportWriter::fromName(parser.value(format));
    if (!chosen) {
        return context.usageError(QStringLiteral("unknown format '%1'; use one of %2")
                                      .arg(parser.value(format), formatNames.join(QLatin1String(", "))));
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        return context.usageError(QStringLiteral("-o OUT is required"));
    }

    Export::ReportSelection selection;
    for (const QString &value : splitValues(parser.values(article))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            return context.usageError(QStringLiteral("--article takes a positive number, not '%1'").arg(value));
        }
        selection.articleIds.append(id);
    }
    selection.tags = parser.values(tag);
    selection.speakers = parser.values(speaker);
    selection.speakerKinds = splitValues(parser.values(kind));
    const QStringList kinds = Analysis::speakerKindNames();
    for (const QString &value : std::as_const(selection.speakerKinds)) {
        if (!kinds.contains(value.toLower())) {
            return context.usageError(QStringLiteral("unknown speaker kind '%1'").arg(value));
        }
    }
    selection.outlets = parser.values(outlet);
    for (const auto &[option, date] : {std::pair {&from, &selection.from}, std::pair {&to, &selection.to}}) {
        if (parser.isSet(*option)) {
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid()) {
                return context.usageError(QStringLiteral("--%1 takes a date as YYYY-MM-DD, not '%2'")
                                              .arg(option->names().constFirst(), parser.value(*option)));
            }
        }
    }

    Export::ReportOptions options;
    options.title = parser.value(title);
    if (parser.isSet(group)) {
        const QString value = parser.value(group).toLower();
        if (value != QLatin1String("speaker") && value != QLatin1String("article")) {
            return context.usageError(QStringLiteral("--group-by takes speaker or article"));
        }
        options.grouping
            = value == QLatin1String("article") ? Export::QuoteGrouping::ByArticle : Export::QuoteGrouping::BySpeaker;
    }
    if (parser.isSet(pageSize)) {
        const QString value = parser.value(pageSize).toLower();
        if (value != QLatin1String("a4") && value != QLatin1String("letter")) {
            return context.usageError(QStringLiteral("--page-size takes a4 or letter"));
        }
        options.pageSize = value == QLatin1String("letter") ? Export::PageSize::Letter : Export::PageSize::A4;
    } else {
        options.pageSize = Export::pageSizeForLocale(QLocale::system());
    }
    for (const QString &section : splitValues(parser.values(omit))) {
        const QString name = section.toLower();
        bool *flag = name == QLatin1String("overview") ? &options.overview
            : name == QLatin1String("chart")           ? &options.chart
            : name == QLatin1String("people")          ? &options.people
            : name == QLatin1String("quotes")          ? &options.quotes
            : name == QLatin1String("annotations")     ? &options.annotations
            : name == QLatin1String("tags")            ? &options.tagIndex
                                                       : nullptr;
        if (!flag) {
            return context.usageError(QStringLiteral("unknown section '%1'").arg(section));
        }
        *flag = false;
    }

    const QString target = parser.value(output);
    if (const QString refusal = OutputFile::refusal(target, parser.positionalArguments().constFirst());
        !refusal.isEmpty()) {
        return context.inputError(refusal);
    }
    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(parser.positionalArguments().constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    QString error;
    const std::optional<Export::Report> report = Export::ReportBuilder::build(*project, selection, options, &error);
    if (!report) {
        return context.inputError(error);
    }
    const QByteArray bytes = Export::ReportWriter::write(*report, options, *chosen, &error);
    if (bytes.isEmpty()) {
        return context.inputError(error);
    }
    if (!OutputFile::write(target, bytes, &error)) {
        return context.inputError(QStringLiteral("cannot write %1: %2").arg(target, error));
    }
    context.out() << "Wrote " << Export::ReportWriter::name(*chosen) << " report to " << target << ": "
                  << report->countsText() << "\n";
    return CliContext::Success;
}

} // namespace

QList<CliCommand> exportCommands()
{
    return {
        {QStringLiteral("export"),
         QStringLiteral(
             "export PROJECT --format html|pdf|md|odt|csv|json|w3c|qdpx -o OUT [--article ID]... [--tag T]... "
             "[--speaker NAME]... [--kind KIND]... [--outlet O]... [--from DATE] [--to DATE] "
             "[--group-by speaker|article] [--page-size a4|letter] [--title T] [--omit SECTIONS]"),
         QStringLiteral("Write a report or data export of the project's quotes, people, highlights, notes and tags."),
         &exportReport},
    };
}

} // namespace Attache::Cli
