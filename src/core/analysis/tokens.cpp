// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/tokens.h"

#include "analysis/lexicon.h"

namespace Attache::Analysis::Engine {

namespace {

using L = Lexicon;

bool isDoubleMark(char16_t c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u00AB' || c == u'\u00BB';
}

bool isSingleMark(char16_t c)
{
    return c == u'\'' || c == u'\u2018' || c == u'\u2019' || c == u'\u201A' || c == u'\u2039' || c == u'\u203A';
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

/** Length of a double mark typed as two characters at i ('' or ``, as some outlets and wires write), or 0. */
qsizetype pairedMarkLength(QStringView text, qsizetype i)
{
    if (i + 1 >= text.size()) {
        return 0;
    }
    const char16_t c = text[i].unicode();
    return (c == u'\'' || c == u'`') && text[i + 1] == c ? 2 : 0;
}

bool isAbbreviation(QStringView lower)
{
    static const QStringList list = QStringLiteral("mr mrs ms dr prof gen sen rep gov lt col st jr sr no vs etc inc "
                                                   "corp co capt sgt adm maj rev ft mt gens sens reps")
                                        .split(u' ');
    return lower.size() <= 5 && list.contains(lower);
}

} // namespace

void Tokens::tokenize()
{
    const qsizetype n = m_text.size();
    bool anyDouble = false;
    for (qsizetype i = 0; i < n && !anyDouble; ++i) {
        anyDouble = isDoubleMark(m_text[i].unicode()) || pairedMarkLength(m_text, i) > 0;
    }
    // Outlets that quote with single marks use no double marks at all; only then are single marks quotes.
    m_singleMode = !anyDouble;
    m_tok.reserve(n / 5 + 16);
    int para = 0;
    bool paraHasTokens = false;
    QString buffer;
    m_paraStart.append(0);
    qsizetype i = 0;
    while (i < n) {
        const QChar c = m_text[i];
        if (c == u'\n' || c == u'\u2029') {
            if (paraHasTokens) {
                ++para;
                paraHasTokens = false;
                m_paraStart.append(int(m_tok.size()));
            }
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.para = para;
        if (c.isLetterOrNumber()) {
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = m_text[j];
                if (d.isLetterOrNumber() || d.isMark()) {
                    ++j;
                } else if ((isApostrophe(d.unicode()) || d == u'-' || d == u'\u2011' || d == u'&') && j + 1 < n
                           && m_text[j + 1].isLetterOrNumber()) {
                    j += 2;
                } else if (d == u'.' && j + 1 < n && m_text[j + 1].isLetter() && j - 1 >= i
                           && (j - 1 == i || m_text[j - 2] == u'.')) {
                    j += 2; // U.S, D.C: single letters joined by full stops
                } else {
                    break;
                }
            }
            t.type = TokType::Word;
            const QStringView w = m_text.mid(i, j - i);
            // One reused buffer: looking up every word must not allocate.
            buffer.resize(w.size());
            for (qsizetype k = 0; k < w.size(); ++k) {
                buffer[k] = w[k].toLower();
            }
            const bool dotted = w.contains(u'.');
            const bool singleLetter = w.size() == 1 && c.isUpper();
            if (j < n && m_text[j] == u'.' && (dotted || singleLetter || isAbbreviation(buffer))) {
                ++j; // the full stop belongs to an initial or abbreviation, not to the sentence
                t.initial = singleLetter;
            }
            if (buffer.size() > 2 && buffer.back() == u's' && isApostrophe(buffer[buffer.size() - 2].unicode())) {
                t.possessive = true;
                buffer.chop(2);
            }
            t.end = j;
            t.flags = L::flags(buffer);
            if (t.flags == 0 && buffer.contains(u'-')) {
                // "Secretary-General", "ex-president": a compound of a title is a title.
                constexpr quint32 roleFlags
                    = L::Title | L::RoleNoun | L::OfficialKind | L::ExpertKind | L::JournalistKind;
                for (const QStringView part : QStringView(buffer).split(u'-')) {
                    t.flags |= L::flags(part) & roleFlags;
                }
            }
            if (dotted && !(t.flags & L::Nationality)) {
                QString bare = buffer;
                bare.remove(u'.');
                t.flags |= L::flags(bare);
            }
            t.cap = c.isUpper();
            bool allUpper = true;
            int letters = 0;
            for (const QChar d : w) {
                if (d.isLetter()) {
                    ++letters;
                    allUpper = allUpper && d.isUpper();
                }
            }
            t.allCaps = allUpper && letters >= 2;
            i = j;
        } else {
            t.end = i + 1;
            const char16_t u = c.unicode();
            if (const qsizetype paired = pairedMarkLength(m_text, i); paired > 0) {
                t.type = TokType::Mark;
                t.end = i + paired;
                i += paired - 1;
            } else if (isDoubleMark(u) || (m_singleMode && isSingleMark(u))) {
                t.type = TokType::Mark;
            } else {
                t.type = TokType::Punct;
                // "$1.2 billion", "3.5%": a point between digits ends no sentence.
                const bool decimalPoint
                    = u == u'.' && i > 0 && i + 1 < n && m_text[i - 1].isDigit() && m_text[i + 1].isDigit();
                t.sentenceEnd = (u == u'.' && !decimalPoint) || u == u'!' || u == u'?' || u == u'\u2026';
            }
            ++i;
        }
        m_tok.append(t);
        paraHasTokens = true;
    }
    if (!paraHasTokens && m_paraStart.size() > 1) {
        m_paraStart.removeLast();
    }
    m_paraStart.append(int(m_tok.size())); // sentinel
}

void Tokens::classifyMarks()
{
    const qsizetype n = m_text.size();
    for (Token &t : m_tok) {
        if (t.type != TokType::Mark) {
            continue;
        }
        const char16_t c = m_text[t.start].unicode();
        const QChar before = t.start > 0 ? m_text[t.start - 1] : QChar(u' ');
        const QChar after = t.end < n ? m_text[t.end] : QChar(u' ');
        // Flanking decides for straight marks, and overrides curly marks typed the wrong way round.
        const bool openSide = before.isSpace() || QStringView(u"([{\u2014\u2013-/").contains(before);
        const bool closeSide = after.isSpace() || QStringView(u".,;:!?)]}\u2014\u2013-/").contains(after) || t.end >= n;
        MarkRole role = MarkRole::Either;
        if (openSide && !closeSide) {
            role = MarkRole::Open;
        } else if (closeSide && !openSide) {
            role = MarkRole::Close;
        } else if (c == u'\u201C' || c == u'`' || c == u'\u201E' || c == u'\u00AB' || c == u'\u2018'
                   || c == u'\u201A') {
            role = MarkRole::Open;
        } else if (c == u'\u201D' || c == u'\u00BB' || c == u'\u2019') {
            role = MarkRole::Close;
        }
        t.mark = role;
    }
    if (!m_singleMode) {
        return;
    }
    // With single marks, "the allies’ resolve" is a possessive, not the end of the quote, when a closing
    // mark still follows in the paragraph. One backward pass keeps this linear.
    bool laterClose = false;
    for (qsizetype k = m_tok.size() - 1; k >= 0; --k) {
        Token &t = m_tok[k];
        if (k + 1 < m_tok.size() && m_tok[k + 1].para != t.para) {
            laterClose = false;
        }
        if (t.type != TokType::Mark) {
            continue;
        }
        const bool plural = t.start > 0 && m_text[t.start - 1] == u's';
        const bool beforeWord = t.end + 1 < n && m_text[t.end] == u' ' && m_text[t.end + 1].isLower();
        if (t.mark == MarkRole::Close && plural && beforeWord && laterClose) {
            t.type = TokType::Punct;
            t.mark = MarkRole::None;
            continue;
        }
        if (t.mark == MarkRole::Open) {
            laterClose = false;
        } else {
            laterClose = true;
        }
    }
}

void Tokens::splitSentences()
{
    int sentence = 0;
    m_sentenceStart.append(0);
    const int n = int(m_tok.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && m_tok[i].para != m_tok[i - 1].para && m_sentenceStart.back() != i) {
            ++sentence;
            m_sentenceStart.append(i);
        }
        m_tok[i].sentence = sentence;
        if (!m_tok[i].sentenceEnd || m_tok[i].span >= 0) {
            continue;
        }
        // "Rep. Ann Ruiz (D-Fla.) said": a period inside brackets ends a sentence only if what follows the
        // closing bracket begins one.
        int next = i + 1;
        while (next < n && m_tok[next].para == m_tok[i].para && (isPunct(next, u')') || isPunct(next, u']'))) {
            m_tok[next++].sentence = sentence;
        }
        if (next < n && m_tok[next].para == m_tok[i].para
            && (m_tok[next].cap || m_tok[next].type == TokType::Mark || !m_text[m_tok[next].start].isLetter())) {
            ++sentence;
            m_sentenceStart.append(next);
        }
        i = next - 1;
    }
    m_sentenceStart.append(int(m_tok.size()));
}

void Tokens::findHeadings()
{
    // "Obama Speech Draws Crowd", "Donald Trump Calls For Unity": a line in title case is a headline or a
    // caption; its capitalised words say nothing about who someone is.
    m_heading.fill(false, m_paraStart.size());
    for (int p = 0; p + 1 < m_paraStart.size(); ++p) {
        int words = 0;
        int capitalised = 0;
        bool marks = false;
        for (int k = m_paraStart[p]; k < m_paraStart[p + 1]; ++k) {
            marks = marks || m_tok[k].type == TokType::Mark;
            if (word(k) && m_text[m_tok[k].start].isLetter() && !(m_tok[k].flags & L::Stop && !m_tok[k].cap)) {
                ++words;
                capitalised += m_tok[k].cap ? 1 : 0;
            }
        }
        const int last = m_paraStart[p + 1] - 1;
        m_heading[p] = !marks && words >= 3 && capitalised == words && !m_tok[last].sentenceEnd;
    }
}

void Tokens::demoteNounCues()
{
    // "the Gulf states were", "his remarks": a speech verb's homograph used as a noun introduces nobody.
    static const QStringList auxiliaries
        = QStringLiteral("are were have had will would can could should may might must").split(u' ');
    constexpr quint32 cues = L::Cue | L::ClauseCue | L::ThatCue | L::FragmentCue;
    for (int i = 0; i < m_tok.size(); ++i) {
        if (has(i, cues) && m_tok[i].cap && word(i - 1) && m_tok[i - 1].cap
            && m_tok[i - 1].sentence == m_tok[i].sentence && !has(i - 1, L::Stop)) {
            // "the United States", "the Islamic State": a capitalised cue inside a name is part of the name.
            m_tok[i].flags = (m_tok[i].flags & ~cues) | L::OrgHead;
            continue;
        }
        if (!has(i, cues) || m_tok[i].cap) {
            continue;
        }
        const bool determined = has(i - 1, L::Determiner) && !has(i - 1, L::Pronoun)
            && !is(i - 1, QLatin1StringView("that")) && !is(i - 1, QLatin1StringView("this"));
        const bool followedByVerb = word(i + 1) && auxiliaries.contains(lower(i + 1));
        if (determined || followedByVerb) {
            m_tok[i].flags &= ~cues;
        }
    }
}

QString Tokens::textOf(int first, int last) const
{
    if (first > last) {
        return {};
    }
    return m_text.mid(m_tok[first].start, m_tok[last].end - m_tok[first].start).toString();
}

} // namespace Attache::Analysis::Engine
