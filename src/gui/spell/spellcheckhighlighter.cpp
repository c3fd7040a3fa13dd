// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellcheckhighlighter.h"

#include "spellchecker.h"

#include <QTextBoundaryFinder>

namespace Attache::Gui {

SpellCheckHighlighter::SpellCheckHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void SpellCheckHighlighter::setSpellChecker(SpellChecker *checker)
{
    m_checker = checker;
    rehighlight();
}

QList<std::pair<int, int>> SpellCheckHighlighter::words(const QString &text)
{
    QList<std::pair<int, int>> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            const QStringView word = QStringView(text).sliced(start, end - start);
            const bool hasLetter = std::ranges::any_of(word, [](QChar c) { return c.isLetter(); });
            const bool hasDigit = std::ranges::any_of(word, [](QChar c) { return c.isDigit(); });
            // One letter alone is a clitic split off by the word rules ("G7's") or an initial, never a typo.
            if (hasLetter && !hasDigit && word.size() > 1) {
                result.append({int(start), int(end - start)});
            }
        }
        start = end;
    }
    return result;
}

void SpellCheckHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker) {
        return;
    }
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(Qt::red);
    for (const auto &[start, length] : words(text)) {
        if (!m_checker->isCorrect(text.mid(start, length))) {
            setFormat(start, length, misspelt);
        }
    }
}

} // namespace Attache::Gui
