// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlehighlighter.h"

#include "readablecolors.h"
#include "syntaxrepository.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>

#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace Attache::Gui {

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(SyntaxRepository::articleDefinition());
}

void ArticleHighlighter::setLayerEnabled(Layer layer, bool enabled)
{
    if (m_enabled.at(layer) != enabled) {
        m_enabled.at(layer) = enabled;
        rehighlight();
    }
}

void ArticleHighlighter::setSpans(Layer layer, QList<HighlightSpan> spans)
{
    std::ranges::sort(spans, {}, &HighlightSpan::start);
    m_spans.at(layer) = std::move(spans);
    rehighlight();
}

QList<HighlightSpan> ArticleHighlighter::spansAt(qsizetype position) const
{
    QList<HighlightSpan> found;
    for (const Layer layer : {Quotes, UserHighlights}) {
        if (!m_enabled.at(layer)) {
            continue;
        }
        for (const HighlightSpan &span : m_spans.at(layer)) {
            if (span.start > position) {
                break;
            }
            if (position < span.end) {
                found.append(span);
            }
        }
    }
    return found;
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    if (m_enabled.at(Lexical)) {
        KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    }
    const qsizetype blockStart = currentBlock().position();
    for (const Layer layer : {Quotes, UserHighlights, FindMatches}) {
        if (m_enabled.at(layer)) {
            paintSpans(m_spans.at(layer), blockStart, text.size());
        }
    }
}

QColor ArticleHighlighter::pageColor() const
{
    return theme().isValid() ? QColor::fromRgba(theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor))
                             : QGuiApplication::palette().color(QPalette::Base);
}

QColor ArticleHighlighter::textColor() const
{
    return theme().isValid() ? QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::Normal))
                             : QGuiApplication::palette().color(QPalette::Text);
}

void ArticleHighlighter::paintSpans(const QList<HighlightSpan> &spans, qsizetype blockStart, qsizetype blockLength)
{
    const qsizetype blockEnd = blockStart + blockLength;
    const QColor page = pageColor();
    const QColor text = textColor();
    for (const HighlightSpan &span : spans) {
        if (span.start >= blockEnd) {
            break;
        }
        if (span.end <= blockStart) {
            continue;
        }
        const int from = int(std::max(span.start, blockStart) - blockStart);
        const int to = int(std::min(span.end, blockEnd) - blockStart);
        // Merged character by character so the lexical colours underneath survive.
        for (int i = from; i < to; ++i) {
            QTextCharFormat merged = format(i);
            if (span.background.isValid()) {
                // The theme's text on a tint toned for the theme's page: light text on yellow, or
                // dark lexical colours on a dark page's tint, were unreadable.
                const QColor background = ReadableColors::background(span.background, page, text);
                merged.setBackground(background);
                if (ReadableColors::contrastRatio(merged.foreground().color(), background)
                        < ReadableColors::kMinimumContrast
                    || merged.foreground().style() == Qt::NoBrush) {
                    merged.setForeground(text);
                }
            }
            if (span.underline.isValid()) {
                merged.setUnderlineColor(span.underline);
                merged.setUnderlineStyle(span.underlineStyle);
            }
            if (span.bold) {
                merged.setFontWeight(QFont::Bold);
            }
            setFormat(i, 1, merged);
        }
    }
}

} // namespace Attache::Gui
