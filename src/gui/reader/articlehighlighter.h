// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace Attache::Gui {

/** Highlights an article in the reading view: the lexical layer through KSyntaxHighlighting. */
class ArticleHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHighlighter)

public:
    explicit ArticleHighlighter(QTextDocument *document);

    bool isLexicalLayerEnabled() const { return m_lexicalEnabled; }
    void setLexicalLayerEnabled(bool enabled);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_lexicalEnabled = true;
};

} // namespace Attache::Gui
