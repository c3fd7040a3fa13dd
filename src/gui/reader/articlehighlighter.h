// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightspan.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QList>

#include <array>

namespace Attache::Gui {

/**
 * Highlights an article in the reading view in layers: the lexical layer through
 * KSyntaxHighlighting, then the semantic layers (speakers' quotes, the user's highlights and notes)
 * painted over it. Each layer can be switched off. Span offsets are document positions.
 */
class ArticleHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHighlighter)

public:
    enum Layer { Lexical, Quotes, UserHighlights, FindMatches, LayerCount };

    explicit ArticleHighlighter(QTextDocument *document);

    bool isLayerEnabled(Layer layer) const { return m_enabled.at(layer); }
    void setLayerEnabled(Layer layer, bool enabled);

    /** Replaces a semantic layer's spans (Quotes or UserHighlights) and repaints. */
    void setSpans(Layer layer, QList<HighlightSpan> spans);
    QList<HighlightSpan> spans(Layer layer) const { return m_spans.at(layer); }
    /** The enabled semantic spans covering position, topmost layer last. */
    QList<HighlightSpan> spansAt(qsizetype position) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void paintSpans(const QList<HighlightSpan> &spans, qsizetype blockStart, qsizetype blockLength);
    /** The theme's page and text colours, or the application palette's without a theme. */
    QColor pageColor() const;
    QColor textColor() const;

    std::array<bool, LayerCount> m_enabled {true, true, true, true};
    std::array<QList<HighlightSpan>, LayerCount> m_spans;
};

} // namespace Attache::Gui
