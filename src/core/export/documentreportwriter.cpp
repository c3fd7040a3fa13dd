// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/documentreportwriter.h"

#include "export/htmlreportwriter.h"
#include "export/quotechart.h"
#include "export/report.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

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

constexpr int kResolution = 300;
constexpr qreal kSideMarginMm = 20;
constexpr qreal kTopMarginMm = 22;
constexpr qreal kBottomMarginMm = 20;
/** A heading needs about this many lines of what it introduces below it on its page. */
constexpr qreal kLinesKeptWithHeading = 4;
/** Header and footer sit this far from the paper's edge. */
constexpr qreal kRunningMarginMm = 10;

qreal mm(const QPaintDevice *device, qreal millimetres)
{
    return millimetres / 25.4 * device->logicalDpiY();
}

QRectF bodyRect(const QPaintDevice *device)
{
    return QRectF(QPointF(mm(device, kSideMarginMm), mm(device, kTopMarginMm)),
                  QPointF(device->width() - mm(device, kSideMarginMm), device->height() - mm(device, kBottomMarginMm)));
}

/** Sets the chart (the only image) as wide as the text. */
void fitImagesToWidth(QTextDocument *doc, qreal width)
{
    QTextCursor cursor(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid()) {
                continue;
            }
            const QVariant resource = doc->resource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage picture = resource.value<QImage>();
            if (picture.isNull() || picture.width() == 0) {
                continue;
            }
            image.setWidth(width);
            image.setHeight(width * picture.height() / picture.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

/** A piece of the laid-out document that a page break must not cut, in document coordinates. */
struct Span
{
    qreal top = 0;
    qreal bottom = 0;
    /** The top of the heading the span belongs to, or -1 when it is no heading's. */
    qreal headingTop = -1;
};

/**
 * The paragraphs and table cells whole, so that a page break leaves no single line of a paragraph
 * behind and no short row split; a paragraph taller than a third of a page may break between lines.
 */
QList<Span> unbreakableSpans(const QTextDocument *doc, qreal pageHeight)
{
    QList<Span> spans;
    // The block list is flat: it holds the blocks inside table cells too.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        // blockBoundingRect lays the document out as far as the block (the layout is lazy) and adds
        // the offsets of the frames and cells around it.
        const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0) {
            continue;
        }
        const qreal headingTop = block.blockFormat().headingLevel() > 0 ? rect.top() : -1;
        if (rect.height() <= pageHeight / 3 || QTextCursor(block).currentTable()) {
            spans.append({rect.top(), rect.bottom(), headingTop});
            continue;
        }
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            spans.append({rect.top() + line.y(), rect.top() + line.y() + line.height(), headingTop});
        }
    }
    return spans;
}

/**
 * Where each page starts in doc, laid out as one long page: a page ends between paragraphs and
 * table rows, never through one, and a heading with less than keep below it on its page moves to the
 * next page with what it introduces. QTextDocument's own pagination knows no "keep with next" and
 * splits short table rows, so pages are cut here.
 */
QList<qreal> pageStarts(const QTextDocument *doc, qreal pageHeight, qreal keep)
{
    const QList<Span> spans = unbreakableSpans(doc, pageHeight);
    const qreal height = doc->documentLayout()->documentSize().height();
    QList<qreal> starts {0};
    while (starts.constLast() + pageHeight < height) {
        const qreal start = starts.constLast();
        qreal cut = start + pageHeight;
        for (bool moved = true; moved;) {
            moved = false;
            for (const Span &span : spans) {
                if (span.top < cut && cut < span.bottom && span.top > start) {
                    cut = span.top;
                    moved = true;
                }
            }
        }
        // Again after each move: a section heading may stand right above the heading that moved.
        for (bool moved = true; moved;) {
            const Span *lastHeading = nullptr;
            for (const Span &span : spans) {
                if (span.headingTop > start && span.bottom <= cut
                    && (!lastHeading || span.bottom > lastHeading->bottom)) {
                    lastHeading = &span;
                }
            }
            moved = lastHeading && cut - lastHeading->bottom < keep;
            if (moved) {
                cut = lastHeading->headingTop;
            }
        }
        // Something taller than a page has to be cut somewhere.
        starts.append(cut > start ? cut : start + pageHeight);
    }
    return starts;
}

/** Paints doc on pages of writer's size with the title above and "Page n of m" below each. */
void printPages(QTextDocument *doc, QPdfWriter *writer, const QString &title)
{
    const QRectF body = bodyRect(writer);
    // Image sizes are in pixels of 1/96 inch, which the layout scales to the device. Changing the
    // document after setting the width would leave the layout's lazy pass unfinished: the blocks
    // after the change would keep no lines and print as blank space.
    fitImagesToWidth(doc, body.width() * 96 / writer->logicalDpiX() - 2 * doc->documentMargin());
    doc->setTextWidth(body.width());
    const qreal line = QFontMetricsF(doc->defaultFont(), writer).lineSpacing();
    const QList<qreal> starts = pageStarts(doc, body.height(), kLinesKeptWithHeading * line);
    const qreal height = doc->documentLayout()->documentSize().height();
    const auto pages = starts.size();

    QFont small = doc->defaultFont();
    small.setPointSizeF(doc->defaultFont().pointSizeF() * 0.8);
    const QFontMetricsF metrics(small, writer);
    const qreal headerBaseline = mm(writer, kRunningMarginMm) + metrics.ascent();
    const qreal footerBaseline = writer->height() - mm(writer, kRunningMarginMm);
    const QString header = metrics.elidedText(title, Qt::ElideRight, body.width());
    QPainter painter(writer);
    for (qsizetype page = 0; page < pages; ++page) {
        if (page > 0) {
            writer->newPage();
        }
        const qreal top = starts.at(page);
        const qreal bottom = page + 1 < pages ? starts.at(page + 1) : height;
        painter.save();
        painter.translate(body.left(), body.top() - top);
        QAbstractTextDocumentLayout::PaintContext context;
        // Less a hair at the bottom: a block that starts right at the break belongs to the next page
        // only, also for whoever copies or reads the text out of the PDF.
        context.clip = QRectF(0, top, body.width(), bottom - top - 1);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QPointF(body.left(), headerBaseline), header);
        const qreal rule = headerBaseline + metrics.descent() + mm(writer, 1);
        painter.drawLine(QPointF(body.left(), rule), QPointF(body.right(), rule));
        const QString number = QCoreApplication::translate("Attache::Export::DocumentReportWriter", "Page %1 of %2")
                                   .arg(page + 1)
                                   .arg(pages);
        painter.drawText(QPointF(body.center().x() - metrics.horizontalAdvance(number) / 2, footerBaseline), number);
    }
}

} // namespace

std::unique_ptr<QTextDocument> DocumentReportWriter::document(const Report &report, const ReportOptions &options,
                                                              QPaintDevice *device)
{
    auto document = std::make_unique<QTextDocument>();
    if (device) {
        // Before any text: a layout made for the screen and moved to the printer later leaves blocks undrawn.
        document->documentLayout()->setPaintDevice(device);
    }
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
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Attaché"));
        writer.setResolution(kResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4),
                        QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
        const std::unique_ptr<QTextDocument> doc = document(report, options, &writer);
        printPages(doc.get(), &writer, report.title);
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
