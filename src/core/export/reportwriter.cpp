// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportwriter.h"

#include "export/csvreportwriter.h"
#include "export/documentreportwriter.h"
#include "export/htmlreportwriter.h"
#include "export/jsonreportwriter.h"
#include "export/markdownreportwriter.h"
#include "export/qdpxreportwriter.h"
#include "export/report.h"
#include "export/w3creportwriter.h"

#include <QCoreApplication>

namespace Attache::Export {

QList<ReportFormat> ReportWriter::formats()
{
    return {ReportFormat::Html, ReportFormat::Pdf,  ReportFormat::Markdown, ReportFormat::Odt,
            ReportFormat::Csv,  ReportFormat::Json, ReportFormat::W3c,      ReportFormat::Qdpx};
}

QString ReportWriter::name(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Markdown:
        return QStringLiteral("md");
    case ReportFormat::Odt:
        return QStringLiteral("odt");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::W3c:
        return QStringLiteral("w3c");
    case ReportFormat::Qdpx:
        return QStringLiteral("qdpx");
    }
    return {};
}

std::optional<ReportFormat> ReportWriter::fromName(const QString &name)
{
    for (const ReportFormat format : formats()) {
        if (ReportWriter::name(format).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

QString ReportWriter::suffix(ReportFormat format)
{
    return format == ReportFormat::W3c ? QStringLiteral("jsonld") : name(format);
}

QString ReportWriter::description(ReportFormat format)
{
    const char *text = "";
    switch (format) {
    case ReportFormat::Html:
        text = QT_TRANSLATE_NOOP("Attache::Export::ReportWriter", "HTML page");
        break;
    case ReportFormat::Pdf:
        text = QT_TRANSLATE_NOOP("Attache::Export::ReportWriter", "PDF document");
        break;
    case ReportFormat::Markdown:
        text = QT_TRANSLATE_NOOP("Attache::Export::ReportWriter", "Markdown");
        break;
    case ReportFormat::Odt:
        text = QT_TRANSLATE_NOOP("Attache::Export::ReportWriter", "OpenDocument text");
        break;
    case ReportFormat::Csv:
        text = QT_TRANSLATE_NOOP("Attache::Export::ReportWriter", "CSV table of quotes and annotations");
        break;
    case ReportFormat::Json:
        text = QT_TRANSLATE_NOOP("Attache::Export::ReportWriter", "JSON data");
        break;
    case ReportFormat::W3c:
        text = QT_TRANSLATE_NOOP("Attache::Export::ReportWriter", "W3C Web Annotations (JSON-LD)");
        break;
    case ReportFormat::Qdpx:
        text = QT_TRANSLATE_NOOP("Attache::Export::ReportWriter", "REFI-QDA project");
        break;
    }
    return QCoreApplication::translate("Attache::Export::ReportWriter", text);
}

bool ReportWriter::needsGui(ReportFormat format)
{
    return format == ReportFormat::Pdf || format == ReportFormat::Odt;
}

QByteArray ReportWriter::write(const Report &report, const ReportOptions &options, ReportFormat format, QString *error)
{
    switch (format) {
    case ReportFormat::Html:
        return HtmlReportWriter::write(report, options).toUtf8();
    case ReportFormat::Pdf:
        return DocumentReportWriter::pdf(report, options, error);
    case ReportFormat::Markdown:
        return MarkdownReportWriter::write(report, options).toUtf8();
    case ReportFormat::Odt:
        return DocumentReportWriter::odt(report, options, error);
    case ReportFormat::Csv:
        return CsvReportWriter::write(report);
    case ReportFormat::Json:
        return JsonReportWriter::write(report);
    case ReportFormat::W3c:
        return W3cReportWriter::write(report);
    case ReportFormat::Qdpx:
        return QdpxReportWriter::write(report, error);
    }
    return {};
}

} // namespace Attache::Export
