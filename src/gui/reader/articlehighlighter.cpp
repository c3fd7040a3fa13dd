// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlehighlighter.h"

#include "syntaxrepository.h"

namespace Attache::Gui {

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(SyntaxRepository::articleDefinition());
}

void ArticleHighlighter::setLexicalLayerEnabled(bool enabled)
{
    if (m_lexicalEnabled != enabled) {
        m_lexicalEnabled = enabled;
        rehighlight();
    }
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    if (m_lexicalEnabled) {
        KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    }
}

} // namespace Attache::Gui
