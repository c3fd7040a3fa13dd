// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Attache::Analysis::Engine {

enum class TokType : quint8 { Word, Punct, Mark };
enum class MarkRole : quint8 { None, Open, Close, Either };

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    quint32 flags = 0;
    int para = 0;
    int sentence = 0;
    int span = -1; // the quote span this token lies inside (marks included)
    TokType type = TokType::Punct;
    MarkRole mark = MarkRole::None;
    bool cap = false;
    bool allCaps = false;
    bool initial = false;
    bool possessive = false;
    bool sentenceEnd = false;
};

/**
 * Stage 1, tokens: words, punctuation and quote marks with their lexicon flags, paragraphs, sentences
 * and headline lines. Every later stage reads the text through these tokens.
 */
class Tokens
{
public:
    explicit Tokens(QStringView text)
        : m_text(text)
    {
    }

    void tokenize();
    void classifyMarks();
    /** Needs the quote spans: a full stop inside a quote ends no sentence of the narration. */
    void splitSentences();
    void findHeadings();
    void demoteNounCues();

protected:
    QString textOf(int first, int last) const;
    QString lower(int i) const
    {
        return m_text.mid(m_tok[i].start, m_tok[i].end - m_tok[i].start).toString().toLower();
    }
    QStringView view(int i) const { return m_text.mid(m_tok[i].start, m_tok[i].end - m_tok[i].start); }
    bool is(int i, QLatin1StringView word) const
    {
        return i >= 0 && i < m_tok.size() && m_tok[i].type == TokType::Word
            && view(i).compare(word, Qt::CaseInsensitive) == 0;
    }
    bool isPunct(int i, char16_t c) const
    {
        return i >= 0 && i < m_tok.size() && m_tok[i].type == TokType::Punct && m_text[m_tok[i].start] == c;
    }
    bool word(int i) const { return i >= 0 && i < m_tok.size() && m_tok[i].type == TokType::Word; }
    bool has(int i, quint32 flags) const { return word(i) && (m_tok[i].flags & flags); }
    bool opensSentence(int i) const { return m_sentenceStart[m_tok[i].sentence] == i; }

    QStringView m_text;
    QList<Token> m_tok;
    QList<int> m_paraStart; // first token of each paragraph
    QList<bool> m_heading; // whether each paragraph is a headline-style line
    QList<int> m_sentenceStart;
    bool m_singleMode = false;
};

} // namespace Attache::Analysis::Engine
