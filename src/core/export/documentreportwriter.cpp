// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/documentreportwriter.h"

#include "export/htmlreportwriter.h"
#include "export/quotechart.h"
#include "export/report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace Attache::Export {

namespace {

bool haveGui(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return true;
    }
    if (error) {
        *error = QCoreApplication::translate("Attache::Export::DocumentReportWriter",
                                             "PDF and ODT need a QGuiApplication to lay out text");
    }
    return false;
}

} // namespace

std::unique_ptr<QTextDocument> DocumentReportWriter::document(const Report &report, const ReportOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    if (options.chart) {
        const QImage chart = QuoteChart::image(report);
        if (!chart.isNull()) {
            document->addResource(QTextDocument::ImageResource, QUrl(QString(HtmlReportWriter::kChartResource)), chart);
        }
    }
    document->setHtml(HtmlReportWriter::write(report, options, HtmlReportWriter::Target::TextDocument));
    return document;
}

QByteArray DocumentReportWriter::pdf(const Report &report, const ReportOptions &options, QString *error)
{
    if (!haveGui(error)) {
        return {};
    }
    const std::unique_ptr<QTextDocument> doc = document(report, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Attaché"));
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4),
                        QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        // Without a page size of its own the document is paginated by print(), which also numbers the pages.
        doc->print(&writer);
    }
    if (!bytes.startsWith("%PDF")) {
        if (error) {
            *error = QCoreApplication::translate("Attache::Export::DocumentReportWriter", "could not write the PDF");
        }
        return {};
    }
    return bytes;
}

QByteArray DocumentReportWriter::odt(const Report &report, const ReportOptions &options, QString *error)
{
    if (!haveGui(error)) {
        return {};
    }
    const std::unique_ptr<QTextDocument> doc = document(report, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        if (error) {
            *error = QCoreApplication::translate("Attache::Export::DocumentReportWriter", "could not write the ODT");
        }
        return {};
    }
    return bytes;
}

} // namespace Attache::Export
