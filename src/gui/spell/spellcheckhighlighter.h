// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace Attache {
class SpellChecker;
}

namespace Attache::Gui {

/** Underlines misspelt words in a note as the user types. */
class SpellCheckHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellCheckHighlighter)

public:
    explicit SpellCheckHighlighter(QTextDocument *document);

    /** checker is not owned; nullptr turns checking off. */
    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const { return m_checker; }

    /** The words of text as (start, length), skipping numbers, words with digits and single letters. */
    static QList<std::pair<int, int>> words(const QString &text);

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker = nullptr;
};

} // namespace Attache::Gui
