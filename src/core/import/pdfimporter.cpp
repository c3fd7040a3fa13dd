// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pdfimporter.h"

#include "import/boilerplatefilter.h"
#include "import/languageguesser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace Attache::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Import::PdfImporter", text);
}

void ignorePopplerMessage(const QString &, const QVariant &) { }

struct PdfLine
{
    QString text;
    double top = 0;
    double height = 0;
};

/** A page's words regrouped into lines (poppler chains the words of a line with nextWord()). */
QList<PdfLine> pageLines(const Poppler::Page &page)
{
    QList<PdfLine> lines;
    PdfLine current;
    bool open = false;
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        if (!open) {
            current = PdfLine {QString(), box->boundingBox().top(), box->boundingBox().height()};
            open = true;
        }
        current.text += box->text();
        current.height = std::max(current.height, box->boundingBox().height());
        if (box->nextWord()) {
            current.text += box->hasSpaceAfter() ? QStringLiteral(" ") : QString();
        } else {
            current.text = current.text.trimmed();
            if (!current.text.isEmpty()) {
                lines << current;
            }
            open = false;
        }
    }
    if (open && !current.text.trimmed().isEmpty()) {
        current.text = current.text.trimmed();
        lines << current;
    }
    return lines;
}

/** A line's identity across pages: digits (page numbers, dates) do not count. */
QString furnitureKey(const QString &line)
{
    static const QRegularExpression digits(QStringLiteral(R"(\d+)"));
    return QString(line).replace(digits, QStringLiteral("#")).simplified().toLower();
}

} // namespace

ImportResult PdfImporter::importBytes(const QByteArray &bytes, const QString &sourceName)
{
    static std::once_flag silenced;
    std::call_once(silenced, [] { Poppler::setDebugErrorFunction(&ignorePopplerMessage, QVariant()); });

    if (bytes.isEmpty()) {
        return ImportResult::failure(tr("empty file"));
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        return ImportResult::failure(tr("not a readable PDF (damaged or truncated)"));
    }
    if (document->isLocked()) {
        return ImportResult::failure(tr("the PDF is encrypted (password-protected); remove the password first"));
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        return ImportResult::failure(tr("the PDF has no pages"));
    }
    if (pageCount > kMaxPages) {
        return ImportResult::failure(
            tr("the PDF has too many pages (%1; the limit is %2)").arg(pageCount).arg(kMaxPages));
    }

    QList<QList<PdfLine>> pages;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        pages << (page ? pageLines(*page) : QList<PdfLine>());
    }

    // Running headers and footers: the first or last two lines of a page that recur on most pages.
    QHash<QString, int> edgeCounts;
    for (const QList<PdfLine> &lines : std::as_const(pages)) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i < 2 || i >= lines.size() - 2) {
                seen.insert(furnitureKey(lines.at(i).text));
            }
        }
        for (const QString &key : std::as_const(seen)) {
            ++edgeCounts[key];
        }
    }
    static const QRegularExpression pageNumber(QStringLiteral(R"(^(page\s*)?#(\s*(of|/)\s*#)?$|^-\s*#\s*-$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto isFurniture = [&](const QList<PdfLine> &lines, qsizetype i) {
        if (i >= 2 && i < lines.size() - 2) {
            return false;
        }
        const QString key = furnitureKey(lines.at(i).text);
        return pageNumber.match(key).hasMatch() || (pageCount >= 2 && edgeCounts.value(key) * 2 > pageCount);
    };

    // The headline: the first lines of page one set well above the body size (a title may wrap).
    QList<double> heights;
    for (const QList<PdfLine> &lines : std::as_const(pages)) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!isFurniture(lines, i)) {
                heights << lines.at(i).height;
            }
        }
    }
    std::ranges::sort(heights);
    const double bodyHeight = heights.isEmpty() ? 0 : heights.at(heights.size() / 2);
    qsizetype titleFirst = -1;
    qsizetype titleLast = -1;
    const QList<PdfLine> &firstPage = pages.constFirst();
    for (qsizetype i = 0; i < std::min<qsizetype>(firstPage.size(), 8); ++i) {
        if (isFurniture(firstPage, i)) {
            continue;
        }
        const double height = firstPage.at(i).height;
        const bool large = bodyHeight > 0 && height >= bodyHeight * 1.3;
        if (titleFirst < 0 && large) {
            titleFirst = titleLast = i;
        } else if (titleFirst >= 0 && large && std::abs(height - firstPage.at(titleFirst).height) < height * 0.1) {
            titleLast = i;
        } else if (titleFirst >= 0) {
            break;
        }
    }
    QStringList titleLines;
    qsizetype titleStart = -1;

    // rawText: lines as on the page; a blank line where the vertical gap says a paragraph ends.
    QString rawText;
    BoilerplateFilter::Options options;
    options.dehyphenate = true;
    options.unwrapLines = true;
    options.mergeAcrossBlocks = true;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QList<PdfLine> &lines = pages.at(p);
        double previousBottom = -1;
        double lineHeight = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const PdfLine &line = lines.at(i);
            const bool furniture = isFurniture(lines, i);
            if (!rawText.isEmpty()) {
                // Furniture stays in the block it interrupts, so that a paragraph running over a page
                // break is recognised as one; a gap wider than a line's leading ends a paragraph.
                const double gap = line.top - previousBottom;
                const bool paragraphBreak = !furniture && previousBottom >= 0 && lineHeight > 0
                    && (gap > lineHeight * 0.6 || gap < -lineHeight);
                rawText += paragraphBreak ? QStringLiteral("\n\n") : QStringLiteral("\n");
            }
            const qsizetype start = rawText.size();
            rawText += line.text;
            if (p == 0 && i >= titleFirst && i <= titleLast && !furniture) {
                titleStart = titleStart < 0 ? start : titleStart;
                titleLines << line.text;
                if (i == titleLast) {
                    options.preExcluded << ExcludedRange {titleStart, rawText.size(),
                                                          QString(BoilerplateFilter::Reason::Title)};
                }
            }
            if (furniture) {
                options.preExcluded << ExcludedRange {start, rawText.size(),
                                                      QString(BoilerplateFilter::Reason::HeaderFooter)};
                continue;
            }
            previousBottom = line.top + line.height;
            lineHeight = line.height;
        }
    }
    if (rawText.trimmed().isEmpty()) {
        return ImportResult::failure(tr("the PDF has no text (scanned pages need OCR first)"));
    }

    static const QRegularExpression generatedTitle(
        QStringLiteral(R"(^(microsoft word - |untitled)|\.(docx?|odt|pdf)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString infoTitle = document->title().simplified();
    if (!titleLines.isEmpty()) {
        options.knownTitle = titleLines.join(u' ');
    } else if (!infoTitle.isEmpty() && !infoTitle.contains(generatedTitle) && rawText.contains(infoTitle)) {
        options.knownTitle = infoTitle;
    }
    const BoilerplateFilter::Result cleaned = BoilerplateFilter::clean(rawText, options);
    if (cleaned.cleanText.isEmpty()) {
        return ImportResult::failure(tr("no article text found in the PDF"));
    }

    ImportResult result;
    Article &article = result.article;
    article.sourceKind = Article::SourceKind::Pdf;
    article.sourcePath = sourceName;
    article.title = cleaned.title;
    const QString author = document->author().simplified();
    article.authors = author.isEmpty() ? cleaned.authors : QStringList {author};
    article.published = cleaned.published;
    article.rawText = rawText;
    article.cleanText = cleaned.cleanText;
    article.excluded = cleaned.excluded;
    if (article.language.isEmpty()) {
        article.language = LanguageGuesser::guess(article.cleanText);
    }
    return result;
}

} // namespace Attache::Import
