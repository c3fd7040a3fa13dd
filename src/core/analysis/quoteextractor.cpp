// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quoteextractor.h"

#include "analysis/confidence.h"
#include "analysis/lexicon.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace Attache::Analysis {

namespace {

using L = Lexicon;
namespace C = Confidence;

// Every look-back or look-ahead is bounded so that the whole analysis stays linear.
constexpr int kWindow = 60;
constexpr int kAppositiveMax = 50;
constexpr int kNpMax = 12;
// Words a relative clause may hold between its subject and the verb: "X who requested anonymity said".
constexpr int kWhoClauseMax = 8;
// A statement attributed at its end has at least this many words, and at most this many follow the cue.
constexpr int kMinClauseWords = 4;
constexpr int kTrailingWordsMax = 8;
// Tokens a dateline may take before its dash: "SEOUL, South Korea (AP) —".
constexpr int kDatelineMax = 10;
// Words naming where a role is held: "ambassador to Kazakhstan", "spokesman for Iran's foreign ministry".
constexpr int kRolePlaceMax = 6;
// Words a name between commas may have: "Luiz Inácio Lula da Silva".
constexpr int kNameWordsMax = 5;
constexpr int kShortQuoteWords = 4;
// Words a role may take between its noun and the name it introduces ("envoy for the Serbia-Kosovo talks").
constexpr int kRoleScopeMax = 10;
// Tokens a parenthesis after a name may hold: "(R-Ohio)", "(D-N.Y.)", "(Reuters)".
constexpr int kAsideMax = 8;

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

struct Span
{
    int open = -1; // token index of the opening mark
    int close = -1; // token index of the closing mark, or -1 when the quote runs to the paragraph end
    int firstInner = 0; // first token inside
    int lastInner = -1; // last token inside
    qsizetype innerStart = 0;
    qsizetype innerEnd = 0;
    int chainPrev = -1; // the segment in the previous paragraph this one continues
    bool runsOn = false;
    bool transcript = false;
    QString transcriptName;
    int words = 0;
    bool terminal = false; // ends with any punctuation that closes a clause
    bool sentenceFinal = false; // ends with . ? ! or an ellipsis
};

enum class RefType { None, Person, Organization, Unnamed };

struct Ref
{
    RefType type = RefType::None;
    int entity = -1;
    double confidence = 0.0;
    explicit operator bool() const { return entity >= 0; }
};

/** Known only from the text itself: an honorific or a pronoun that referred to the person. */
enum class Gender { Unknown, Male, Female };

struct Entity
{
    QString name;
    QStringList aliases;
    QStringList roles;
    QStringList nameTokens; // lower case, for alias matching
    SpeakerKind kind = SpeakerKind::Other;
    RefType type = RefType::Person;
    Gender gender = Gender::Unknown;
    int lastMention = -1;
    int firstQuote = -1;
    int quotes = 0;
};

SpeakerKind kindFromRole(const QString &role);

struct Mention
{
    int token = 0;
    int entity = 0;
    bool subject = false;
};

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

class Engine
{
public:
    explicit Engine(QStringView text)
        : m_text(text)
    {
    }

    AnalysisResult run();

private:
    // Tokens and structure
    void tokenize();
    void classifyMarks();
    void findTranscripts();
    void pairQuotes();
    void splitSentences();
    void findHeadings();

    // People
    void findPeople();
    bool isNameWord(int i) const;
    bool namesOrganization(int i) const;
    bool accordingToSource(int according, int hi, int *npStart, int *npEnd) const;
    bool nationalityAsSurname(int i) const;
    bool endsIntroduction(int comma) const;
    bool namesMedia(int first, int end) const;
    bool isNpWord(int i) const;
    bool isRoleQualifier(int i) const;
    int roleStartBefore(int runStart) const;
    int roleScopeBefore(int runStart) const;
    int appositiveEnd(int comma) const;
    QString textOf(int first, int last) const;
    QString roleText(int first, int last) const;
    int personFromRun(int first, int last);
    int organization(const QString &name);
    int unnamed(const QString &np);
    void addRole(int entity, const QString &role);
    void noteMention(int token, int entity, bool subject);

    // Attribution
    void attribute();
    void guessSpeakers();
    Ref resolveNp(int first, int last, int pos);
    Ref resolvePronoun(int pos, Gender gender);
    Gender pronounGender(int i) const;
    void demoteNounCues();
    Ref resolveDescription(int first, int last, int pos);
    int npBackward(int end, int lo) const;
    int npForward(int start, int hi) const;
    Ref subjectBefore(int verb, int lo, int *subjectStart);
    Ref subjectAfter(int start, int hi, int *cueToken);
    Ref unnamedGroupBefore(int end, int lo, int *subjectStart);
    bool attributeSpan(int s, int lo, int hi);
    void tryIndirect(int first, int last);
    void tryTrailingAttribution(int first, int last);
    int afterDateline(int first, int end) const;
    int skipAsideForward(int k) const;
    int skipAsideBackward(int end, int lo) const;
    bool endsAttribution(int cue) const;
    bool takesObject(int cue) const;
    bool isFiniteVerb(int k) const;
    bool hasFiniteVerb(int first, int last) const;
    bool verbBeforePhrase(int first, int last) const;
    bool tryAccordingTo(int first, int last);
    void addQuote(qsizetype start, qsizetype end, QuoteKind kind, const Ref &ref, const QString &cue, int token);

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

    QStringView m_text;
    QList<Token> m_tok;
    QList<int> m_paraStart; // first token of each paragraph
    QList<bool> m_heading; // whether each paragraph is a headline-style line
    QList<Span> m_spans;
    QList<int> m_sentenceStart;
    QList<Entity> m_entities;
    QList<Mention> m_mentions;
    QHash<QString, int> m_orgByName;
    QHash<QString, QList<int>> m_personsByToken;
    QHash<QString, QPair<int, int>> m_weakNames; // full names met without evidence, by last word
    bool m_singleMode = false;

    AnalysisResult m_result;
    QList<int> m_quoteEntity; // entity of each result quote
    QList<int> m_quotePara; // paragraph of each result quote
    QList<int> m_quoteToken; // opening token of each result quote
    QList<int> m_spanQuote; // result quote of each span, or -1
    int m_lastSpeaker = -1;
    int m_lastSpeakerPos = -1;
    int m_lastPersonSpeaker = -1;
    int m_lastPersonSpeakerPos = -1;
    QList<int> m_speakerHistory; // entities in the order they were attributed
};

void Engine::tokenize()
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

void Engine::classifyMarks()
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

void Engine::findTranscripts()
{
    static const QStringList notSpeakers = QStringLiteral("UPDATE BREAKING NOTE CORRECTION WATCH READ MORE RELATED "
                                                          "PHOTO VIDEO EDITOR'S EDITOR NEWS ALSO SOURCE SOURCES")
                                               .split(u' ');
    for (int p = 0; p + 1 < m_paraStart.size(); ++p) {
        const int first = m_paraStart[p];
        const int end = m_paraStart[p + 1];
        int k = first;
        while (k < end && k - first < 4 && word(k) && (m_tok[k].allCaps || m_tok[k].initial)) {
            ++k;
        }
        if (k == first || k + 1 >= end || !isPunct(k, u':')) {
            continue;
        }
        QStringList parts;
        bool banned = false;
        for (int w = first; w < k; ++w) {
            const QString raw = view(w).toString();
            banned = banned || notSpeakers.contains(raw);
            parts.append(raw.left(1) + raw.mid(1).toLower());
        }
        if (banned || (k - first == 1 && view(first).size() < 3)) {
            continue;
        }
        Span s;
        s.transcript = true;
        s.transcriptName = parts.join(u' ');
        s.open = k;
        s.firstInner = k + 1;
        s.lastInner = end - 1;
        s.innerStart = m_tok[k + 1].start;
        s.innerEnd = m_tok[end - 1].end;
        s.words = end - k - 1;
        s.terminal = true;
        s.sentenceFinal = true;
        for (int w = k; w < end; ++w) {
            m_tok[w].span = int(m_spans.size());
        }
        m_spans.append(s);
    }
}

void Engine::pairQuotes()
{
    QList<Span> transcripts;
    transcripts.swap(m_spans);
    int nextTranscript = 0;
    int pendingChain = -1; // a span that ran to the end of the previous paragraph
    for (int p = 0; p + 1 < m_paraStart.size(); ++p) {
        const int first = m_paraStart[p];
        const int end = m_paraStart[p + 1];
        if (nextTranscript < transcripts.size() && transcripts[nextTranscript].open >= first
            && transcripts[nextTranscript].open < end) {
            const int index = int(m_spans.size());
            for (int w = transcripts[nextTranscript].open; w < end; ++w) {
                m_tok[w].span = index;
            }
            m_spans.append(transcripts[nextTranscript++]);
            pendingChain = -1;
            continue;
        }
        int open = -1;
        const int chainFrom = pendingChain;
        pendingChain = -1;
        auto makeSpan = [&](int o, int c) {
            Span s;
            s.open = o;
            s.close = c;
            s.firstInner = o + 1;
            s.lastInner = (c < 0 ? end : c) - 1;
            s.innerStart = m_tok[o].end;
            s.innerEnd = c < 0 ? m_tok[end - 1].end : m_tok[c].start;
            for (int w = s.firstInner; w <= s.lastInner; ++w) {
                if (m_tok[w].type == TokType::Word) {
                    ++s.words;
                }
            }
            const QStringView inner = m_text.mid(s.innerStart, s.innerEnd - s.innerStart).trimmed();
            s.terminal = !inner.isEmpty() && QStringView(u".?!,;:\u2026").contains(inner.back());
            s.sentenceFinal = !inner.isEmpty() && QStringView(u".?!\u2026").contains(inner.back());
            return s;
        };
        for (int k = first; k < end; ++k) {
            const Token &t = m_tok[k];
            if (t.type != TokType::Mark) {
                continue;
            }
            if (t.mark == MarkRole::Open || (t.mark == MarkRole::Either && open < 0)) {
                // A second opening mark means the first was stray: start again here.
                open = k;
            } else if (open >= 0) {
                if (k > open + 1) {
                    Span s = makeSpan(open, k);
                    if (open == first && chainFrom >= 0) {
                        s.chainPrev = chainFrom;
                    }
                    m_spans.append(s);
                }
                open = -1;
            }
        }
        if (open >= 0 && open + 1 < end) {
            // An unclosed quote is a multi-paragraph quote only if the next paragraph reopens one;
            // otherwise the mark was stray and the paragraph ends the damage.
            const int next = end;
            const bool reopens = p + 2 < m_paraStart.size() && next < m_tok.size() && m_tok[next].type == TokType::Mark
                && m_tok[next].mark != MarkRole::Close;
            if (reopens) {
                Span s = makeSpan(open, -1);
                s.runsOn = true;
                if (open == first && chainFrom >= 0) {
                    s.chainPrev = chainFrom;
                }
                pendingChain = int(m_spans.size());
                m_spans.append(s);
            }
        }
    }
    for (int s = 0; s < m_spans.size(); ++s) {
        const Span &span = m_spans[s];
        if (span.transcript) {
            continue;
        }
        const int last = span.close >= 0 ? span.close : span.lastInner;
        for (int w = span.open; w <= last; ++w) {
            m_tok[w].span = s;
        }
    }
}

void Engine::findHeadings()
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

void Engine::splitSentences()
{
    int sentence = 0;
    m_sentenceStart.append(0);
    for (int i = 0; i < m_tok.size(); ++i) {
        if (i > 0 && m_tok[i].para != m_tok[i - 1].para && m_sentenceStart.back() != i) {
            ++sentence;
            m_sentenceStart.append(i);
        }
        m_tok[i].sentence = sentence;
        if (m_tok[i].sentenceEnd && m_tok[i].span < 0 && i + 1 < m_tok.size() && m_tok[i + 1].para == m_tok[i].para) {
            const Token &next = m_tok[i + 1];
            if (next.cap || next.type == TokType::Mark || !m_text[next.start].isLetter()) {
                ++sentence;
                m_sentenceStart.append(i + 1);
            }
        }
    }
    m_sentenceStart.append(int(m_tok.size()));
}

bool Engine::isNameWord(int i) const
{
    if (!word(i)) {
        return false;
    }
    const Token &t = m_tok[i];
    if (t.initial) {
        return true;
    }
    if (!t.cap || (t.allCaps && t.end - t.start > 1) || !m_text[t.start].isLetter()) {
        return false;
    }
    constexpr quint32 notNames = L::Stop | L::Title | L::RoleNoun | L::RoleModifier | L::Nationality | L::OrgHead
        | L::Place | L::Honorific | L::Media | L::Cue;
    if (t.flags & notNames) {
        return false;
    }
    if (!(t.flags & L::Calendar)) {
        return true;
    }
    // "Jan Olsen", "April Ryan": a month that is also a name, when a name sits beside it and no date does
    // ("in June", "June 5").
    static const QStringList nameMonths = QStringLiteral("jan june april august").split(u' ');
    if (!nameMonths.contains(lower(i)) || (word(i + 1) && m_text[m_tok[i + 1].start].isDigit())
        || has(i - 1, L::Preposition) || is(i - 1, QLatin1StringView("last")) || is(i - 1, QLatin1StringView("next"))
        || is(i - 1, QLatin1StringView("this"))) {
        return false;
    }
    const auto plainName = [this](int k) {
        return word(k) && m_tok[k].cap && !m_tok[k].allCaps && m_text[m_tok[k].start].isLetter()
            && !(m_tok[k].flags & (notNames | L::Calendar));
    };
    return plainName(i + 1) || plainName(i - 1);
}

bool Engine::nationalityAsSurname(int i) const
{
    // "Prof Tracey German, of King's College", "Claudia Major, head of …": after a name and before a comma
    // or a cue, a nationality or a rank is a surname ("the Tracey German government" is not how anyone writes).
    return word(i) && m_tok[i].cap && !m_tok[i].allCaps && has(i, L::Nationality | L::Title)
        && !has(i, L::Place | L::Honorific) && isNameWord(i - 1) && !m_tok[i - 1].initial
        && (isPunct(i + 1, u',') || has(i + 1, L::Cue));
}

bool Engine::namesOrganization(int i) const
{
    // "Ministry of Mining", "Bank of Korea", "Commission on Presidential Debates": the capitalised word
    // completes an institution, it is no one's name.
    int k = i - 1;
    while (k > i - kNpMax && word(k) && m_tok[k].cap && has(k, L::RoleModifier | L::Nationality)) {
        --k;
    }
    return (is(k, QLatin1StringView("of")) || is(k, QLatin1StringView("on")) || is(k, QLatin1StringView("for")))
        && has(k - 1, L::OrgHead) && m_tok[k - 1].cap;
}

bool Engine::endsIntroduction(int comma) const
{
    // "Asked about the talks, X said", "Meanwhile, X said": the sentence's first comma closes an opening phrase.
    const int start = m_sentenceStart[m_tok[comma].sentence];
    for (int k = start; k < comma; ++k) {
        if (isPunct(k, u',') || m_tok[k].type == TokType::Mark) {
            return false;
        }
    }
    const QString first = lower(start);
    return word(start) && start < comma
        && (has(start, L::Stop | L::Preposition) || first.endsWith(u"ed") || first.endsWith(u"ing")
            || first.endsWith(u"ly"));
}

bool Engine::namesMedia(int first, int end) const
{
    // "according to Reuters" cites a report, not a speaker.
    for (int k = first; k < end; ++k) {
        if (has(k, L::Media)) {
            return true;
        }
    }
    return false;
}

bool Engine::accordingToSource(int according, int hi, int *npStart, int *npEnd) const
{
    // "according to the ministry"; "according to a statement from the ministry" names the ministry, while
    // "according to Reuters" or "according to a report" cites no one who spoke.
    *npStart = according + 2;
    for (int k = *npStart + 1; k < hi && k - according <= 5 && word(k); ++k) {
        if ((is(k, QLatin1StringView("from")) || is(k, QLatin1StringView("by"))) && has(k - 1, L::Media | L::NounCue)) {
            *npStart = k + 1;
            break;
        }
    }
    *npEnd = npForward(*npStart, hi);
    return *npEnd > *npStart && !namesMedia(*npStart, *npEnd);
}

bool Engine::isNpWord(int i) const
{
    if (!word(i)) {
        return false;
    }
    const Token &t = m_tok[i];
    if (t.flags & (L::RoleNoun | L::RoleModifier | L::Title | L::Nationality | L::OrgHead | L::Place)) {
        return !(t.flags & L::Stop) || t.cap;
    }
    return t.cap && !(t.flags & (L::Stop | L::Cue)) && m_text[t.start].isLetter();
}

bool Engine::isRoleQualifier(int i) const
{
    // "aid worker", "opposition lawmaker", "air force": an unknown lower-case word directly before a role
    // noun or a lower-case institution.
    return word(i) && !m_tok[i].cap && !(m_tok[i].flags & (L::Stop | L::Cue | L::FragmentCue))
        && (has(i + 1, L::RoleNoun | L::RoleModifier) || (has(i + 1, L::OrgHead) && !m_tok[i + 1].cap))
        && m_text[m_tok[i].start].isLetter();
}

QString Engine::textOf(int first, int last) const
{
    if (first > last) {
        return {};
    }
    return m_text.mid(m_tok[first].start, m_tok[last].end - m_tok[first].start).toString();
}

QString Engine::roleText(int first, int last) const
{
    // Appositives start with "the", "a", "who serves as"...: the role is what follows.
    static const QStringList lead = QStringLiteral("who serves as|who is|who was|who works as|who served as|"
                                                   "serving as|now|currently|the|a|an|his|her|its|their")
                                        .split(u'|');
    bool stripped = true;
    while (stripped && first <= last) {
        stripped = false;
        for (const QString &l : lead) {
            const int count = int(l.count(u' ')) + 1;
            if (first + count - 1 > last) {
                continue;
            }
            if (textOf(first, first + count - 1).compare(l, Qt::CaseInsensitive) == 0) {
                first += count;
                stripped = true;
                break;
            }
        }
    }
    while (first <= last && (m_tok[last].type != TokType::Word)) {
        --last;
    }
    return textOf(first, last);
}

int Engine::roleStartBefore(int runStart) const
{
    int k = runStart - 1;
    int start = runStart;
    bool hasRole = false;
    while (k >= 0 && runStart - k <= 8 && m_tok[k].para == m_tok[runStart].para && m_tok[k].span < 0) {
        const Token &t = m_tok[k];
        if (t.type != TokType::Word) {
            break;
        }
        if (t.flags & (L::Title | L::RoleNoun)) {
            hasRole = hasRole || !(t.flags & L::Honorific);
        } else if (is(k, QLatin1StringView("of")) && (isNpWord(k - 1))) {
            // "Secretary of State Antony Blinken"
        } else if (!isNpWord(k) || (t.flags & L::Stop && !t.cap)
                   || (t.flags & L::Stop && t.cap && !(t.flags & (L::Title | L::RoleModifier)))) {
            break;
        }
        start = k;
        --k;
    }
    return hasRole ? start : runStart;
}

int Engine::roleScopeBefore(int runStart) const
{
    // "the EU's envoy for the Serbia-Kosovo talks Miroslav Lajcak", "Special Representative for Afghanistan
    // reconciliation Zalmay Khalilzad": a role, then what it is for, then the name, without commas.
    bool preposition = false;
    for (int k = runStart - 1; k >= 0 && runStart - k <= kRoleScopeMax && word(k) && m_tok[k].span < 0
         && m_tok[k].para == m_tok[runStart].para;
         --k) {
        if (has(k, L::Title | L::RoleNoun) && !has(k, L::Honorific)) {
            if (!preposition) {
                break;
            }
            const int first = npBackward(k + 1, std::max(0, k - kNpMax));
            return first <= k ? first : k;
        }
        const bool allowed = is(k, QLatin1StringView("for")) || is(k, QLatin1StringView("of"))
            || is(k, QLatin1StringView("on")) || is(k, QLatin1StringView("to")) || is(k, QLatin1StringView("the"))
            || !has(k, L::Stop | L::Cue | L::FragmentCue | L::Auxiliary | L::Calendar);
        if (!allowed || isFiniteVerb(k)) {
            break;
        }
        preposition = preposition || is(k, QLatin1StringView("for")) || is(k, QLatin1StringView("of"))
            || is(k, QLatin1StringView("on")) || is(k, QLatin1StringView("to"));
    }
    return runStart;
}

int Engine::appositiveEnd(int comma) const
{
    // ", the deputy director of X," / ", who serves as Y," / ", a professor at Z." — up to the next comma.
    const int first = comma + 1;
    if (!word(first)) {
        return -1;
    }
    const quint32 f = m_tok[first].flags;
    bool early = false; // "founding director of X": a role word among the first few words
    for (int k = first; k < first + 4 && k < m_tok.size() && word(k); ++k) {
        early = early || has(k, L::RoleNoun | L::Title);
    }
    if (!(f & (L::Determiner | L::RoleNoun | L::Title | L::RoleModifier | L::Nationality))
        && !is(first, QLatin1StringView("who")) && !m_tok[first].possessive
        && !(early && (!m_tok[first].cap || (f & L::Place)) && !(f & (L::Stop | L::Cue)))) {
        return -1;
    }
    bool roleWord = false;
    for (int k = first; k < m_tok.size() && k - first < kAppositiveMax; ++k) {
        const Token &t = m_tok[k];
        if (t.para != m_tok[comma].para || t.type == TokType::Mark || t.sentenceEnd || isPunct(k, u',')
            || isPunct(k, u';') || isPunct(k, u'(')) {
            return roleWord && k > first ? k : -1;
        }
        roleWord = roleWord || (t.flags & (L::RoleNoun | L::Title | L::ExpertKind | L::OrgHead));
    }
    return -1;
}

void Engine::addRole(int entity, const QString &role)
{
    QString r = role.simplified();
    if (r.isEmpty() || entity < 0) {
        return;
    }
    QStringList &roles = m_entities[entity].roles;
    for (int i = 0; i < roles.size(); ++i) {
        if (roles[i].contains(r, Qt::CaseInsensitive)) {
            return;
        }
        if (r.contains(roles[i], Qt::CaseInsensitive)) {
            roles[i] = r;
            return;
        }
    }
    roles.append(r);
}

int Engine::personFromRun(int first, int last)
{
    QStringList parts;
    QStringList lowerParts;
    for (int k = first; k <= last; ++k) {
        QString w = view(k).toString();
        if (m_tok[k].possessive) {
            w.chop(2);
        }
        parts.append(w);
        if (!m_tok[k].initial && !(m_tok[k].flags & L::Particle)) {
            lowerParts.append(w.toLower());
        }
    }
    if (lowerParts.isEmpty()) {
        return -1;
    }
    const QString surface = parts.join(u' ');
    // The same person if the last names agree and the first names do not contradict ("Georgi E. Asatryan"
    // = "Georgi Asatryan" = "Asatryan"); a single word matches any part of a known name ("Xi" = "Xi Jinping").
    int best = -1;
    const QList<int> candidates = m_personsByToken.value(lowerParts.back());
    for (const int e : candidates) {
        const QStringList &known = m_entities[e].nameTokens;
        // The shorter form's words must all appear, in order, in the longer ("Bagheri Kani" in
        // "Ali Bagheri Kani"), and equal-length forms must agree on the first name.
        const QStringList &shorter = lowerParts.size() <= known.size() ? lowerParts : known;
        const QStringList &longer = lowerParts.size() <= known.size() ? known : lowerParts;
        qsizetype at = 0;
        for (const QString &part : shorter) {
            while (at < longer.size() && longer[at] != part) {
                ++at;
            }
            ++at;
        }
        bool compatible = at <= longer.size() && (shorter.size() < longer.size() || shorter == longer);
        if (compatible && (best < 0 || m_entities[e].lastMention > m_entities[best].lastMention)) {
            best = e;
        }
    }
    if (best < 0 && lowerParts.size() == 1) {
        const QList<int> any = m_personsByToken.value(lowerParts.front());
        for (const int e : any) {
            if (best < 0 || m_entities[e].lastMention > m_entities[best].lastMention) {
                best = e;
            }
        }
    }
    const quint32 givenName = Lexicon::flags(lowerParts.front());
    const Gender nameGender = lowerParts.size() < 2 ? Gender::Unknown
        : givenName & L::FemaleName                 ? (givenName & L::MaleName ? Gender::Unknown : Gender::Female)
        : givenName & L::MaleName                   ? Gender::Male
                                                    : Gender::Unknown;
    if (best >= 0) {
        Entity &e = m_entities[best];
        if (e.gender == Gender::Unknown) {
            e.gender = nameGender;
        }
        if (lowerParts.size() > e.nameTokens.size()) {
            e.aliases.append(e.name);
            e.name = surface;
            for (const QString &p : std::as_const(lowerParts)) {
                if (!e.nameTokens.contains(p)) {
                    m_personsByToken[p].append(best);
                }
            }
            e.nameTokens = lowerParts;
        } else if (surface != e.name && !e.aliases.contains(surface)) {
            e.aliases.append(surface);
        }
        return best;
    }
    if (first == last) {
        const auto weak = m_weakNames.constFind(lowerParts.front());
        if (weak != m_weakNames.constEnd() && weak->second < first) {
            return personFromRun(weak->first, weak->second);
        }
    }
    Entity e;
    e.name = surface;
    e.nameTokens = lowerParts;
    e.type = RefType::Person;
    e.gender = nameGender;
    const int index = int(m_entities.size());
    m_entities.append(e);
    for (const QString &p : std::as_const(lowerParts)) {
        m_personsByToken[p].append(index);
    }
    return index;
}

int Engine::organization(const QString &name)
{
    const QString key = name.toLower();
    if (const auto it = m_orgByName.constFind(key); it != m_orgByName.constEnd()) {
        return it.value();
    }
    Entity e;
    e.name = name;
    e.type = RefType::Organization;
    e.kind = SpeakerKind::Organization;
    m_entities.append(e);
    m_orgByName.insert(key, int(m_entities.size()) - 1);
    return int(m_entities.size()) - 1;
}

int Engine::unnamed(const QString &np)
{
    QString name = np.simplified();
    if (!name.isEmpty()) {
        name[0] = name[0].toLower();
    }
    const QString key = QChar(u'\x01') + name.toLower();
    if (const auto it = m_orgByName.constFind(key); it != m_orgByName.constEnd()) {
        return it.value();
    }
    Entity e;
    e.name = name;
    e.type = RefType::Unnamed;
    e.kind = SpeakerKind::Unnamed;
    const qsizetype space = name.indexOf(u' ');
    const bool determiner = space > 0 && (Lexicon::flags(name.left(space).toLower()) & L::Determiner);
    e.roles.append(determiner ? name.mid(space + 1) : name);
    m_entities.append(e);
    m_orgByName.insert(key, int(m_entities.size()) - 1);
    return int(m_entities.size()) - 1;
}

void Engine::noteMention(int token, int entity, bool subject)
{
    m_mentions.append({token, entity, subject});
}

void Engine::demoteNounCues()
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

void Engine::findPeople()
{
    // A capitalised run is a person only with evidence: a title or role before it, an appositive after
    // it, an honorific, or a speech cue next to it. Mere capitalised words (places, programmes) are not.
    int i = 0;
    const int n = int(m_tok.size());
    while (i < n) {
        if (m_tok[i].span >= 0 || !isNameWord(i) || m_tok[i].initial || namesOrganization(i)
            || m_heading[m_tok[i].para]) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < n && m_tok[last + 1].span < 0 && !m_tok[last].possessive && last - i < 4
               && (isNameWord(last + 1) || (has(last + 1, L::Particle) && isNameWord(last + 2))
                   || (has(last + 1, L::Particle) && has(last + 2, L::Particle) && isNameWord(last + 3))
                   || nationalityAsSurname(last + 1))
               && m_tok[last + 1].para == m_tok[i].para) {
            ++last;
        }
        const int roleStart = roleStartBefore(i);
        // "Ukraine's foreign minister, Dmytro Kuleba, thanked ...", "Its spokesman, Commodore Jay Tarriela, posted"
        int roleBeforeComma = -1;
        if (isPunct(roleStart - 1, u',') && isPunct(last + 1, u',')) {
            // "Russia's ambassador to Kazakhstan, Alexei Borodavkin,", "A spokesman for Iran's foreign ministry,
            // Nasser Kanaani,": the role noun may be followed by where.
            int roleNoun = roleStart - 2;
            int place = roleNoun;
            while (place > roleStart - kRolePlaceMax && word(place) && !has(place, L::RoleNoun)
                   && (m_tok[place].cap || has(place, L::OrgHead | L::RoleModifier)
                       || is(place, QLatin1StringView("the")))) {
                --place;
            }
            if (place < roleNoun
                && (is(place, QLatin1StringView("to")) || is(place, QLatin1StringView("in"))
                    || is(place, QLatin1StringView("for")))) {
                roleNoun = place - 1;
            }
            if (has(roleNoun, L::RoleNoun) && m_tok[roleNoun].span < 0) {
                roleBeforeComma = npBackward(roleNoun + 1, std::max(0, roleStart - 12));
                if (roleBeforeComma > roleNoun) {
                    roleBeforeComma = -1;
                }
            }
        }
        const bool honorific = has(i - 1, L::Honorific);
        const bool cueAfter = has(last + 1, L::Cue) || (has(last + 1, L::Auxiliary) && has(last + 2, L::Cue));
        const bool cueBefore = has(i - 1, L::Cue) && !m_tok[i - 1].cap;
        int appEnd = -1;
        if (isPunct(last + 1, u',') && !m_tok[last].possessive) {
            appEnd = appositiveEnd(last + 1);
        }
        QString ofOrg;
        int ofOrgEnd = -1;
        // "Hannah Cole of the Brookings Institution", "Tracey German, of King's College London,"
        const int ofAt = isPunct(last + 1, u',') && appEnd < 0 ? last + 2 : last + 1;
        if ((is(ofAt, QLatin1StringView("of")) || is(ofAt, QLatin1StringView("at"))) && !m_tok[last].possessive) {
            int k = ofAt + 1;
            if (has(k, L::Determiner)) {
                ++k;
            }
            // "the Council on Foreign Relations", "the Center for Strategic and International Studies"
            const auto connects = [this](int w) {
                return (is(w, QLatin1StringView("of")) || is(w, QLatin1StringView("on"))
                        || is(w, QLatin1StringView("for")) || is(w, QLatin1StringView("and")))
                    && word(w + 1) && m_tok[w + 1].cap;
            };
            int e = k;
            bool org = false;
            while (e < n && e - k < 10 && (isNpWord(e) || connects(e))) {
                org = org || has(e, L::OrgHead | L::AcademicPlace);
                ++e;
            }
            if (org && e > k && (ofAt == last + 1 || isPunct(e, u','))) {
                ofOrg = textOf(k, e - 1);
                ofOrgEnd = ofAt == last + 1 ? e : e + 1;
            }
        }
        const int runLength = last - i + 1;
        if (runLength >= 2) {
            // Not yet a person, but "Varga told" later should find "Tomas Varga".
            m_weakNames.insert(lower(last).remove(QStringLiteral("'s")), {i, last});
        }
        // "Rafael Grossi spoke in Vienna. He told …": a full name doing something, so that "he" can find it.
        const bool actsAsSubject
            = runLength >= 2 && !has(i - 1, L::Preposition | L::Determiner) && word(last + 1) && isFiniteVerb(last + 1);
        // A role with its scope before a full name ("envoy for the talks Miroslav Lajcak") is evidence too.
        const int roleScope = roleStart < i ? roleStart : roleScopeBefore(i);
        const bool evidence = roleStart < i || (roleScope < i && runLength >= 2) || honorific || appEnd > 0 || cueAfter
            || cueBefore || !ofOrg.isEmpty() || roleBeforeComma >= 0 || actsAsSubject;
        const QList<int> known = m_personsByToken.value(lower(last).remove(QStringLiteral("'s")));
        int entity = -1;
        if (evidence && (runLength >= 2 || honorific || roleStart < i || cueAfter || cueBefore)
            && !(roleBeforeComma >= 0 && runLength < 2)) {
            entity = personFromRun(i, last);
        } else if (!known.isEmpty() || (runLength >= 2 && !m_personsByToken.value(lower(i)).isEmpty())) {
            entity = personFromRun(i, last);
        }
        if (entity >= 0) {
            if (honorific && pronounGender(i - 1) != Gender::Unknown) {
                m_entities[entity].gender = pronounGender(i - 1);
            }
            // "Prof Tracey German": an academic honorific is the only sign of an expert some texts give.
            if (honorific && has(i - 1, L::ExpertKind) && roleStart >= i) {
                addRole(entity, view(i - 1).toString());
            }
            if (roleStart < i) {
                addRole(entity, textOf(roleStart, i - 1));
            } else if (roleScope < i) {
                addRole(entity, textOf(roleScope, i - 1));
            }
            if (appEnd > 0) {
                addRole(entity, roleText(last + 2, appEnd - 1));
            }
            if (!ofOrg.isEmpty()) {
                addRole(entity, ofOrg);
            }
            if (roleBeforeComma >= 0) {
                addRole(entity, roleText(roleBeforeComma, roleStart - 2));
            }
            const int before = roleStart - 1;
            // A subject is followed by its verb, possibly after an appositive or an age (", 59,").
            int verb = last + 1;
            if (appEnd > 0) {
                verb = appEnd + 1;
            } else if (ofOrgEnd > 0) {
                verb = ofOrgEnd;
            } else if (roleBeforeComma >= 0 && isPunct(verb, u',')) {
                verb += 1;
            } else if (isPunct(verb, u',') && isPunct(verb + 2, u',')) {
                verb += 3;
            } else if (isPunct(verb, u',') && has(verb + 1, L::Determiner)) {
                // "Cyril Ramaphosa, the summit host, struck": an aside the role lexicon does not know.
                int close = verb + 1;
                while (close < n && close - verb < kAppositiveMax && word(close)) {
                    ++close;
                }
                if (isPunct(close, u',')) {
                    verb = close + 1;
                }
            }
            const bool subject = !has(before, L::Preposition | L::Cue)
                && (!isPunct(before, u',') || roleBeforeComma >= 0 || endsIntroduction(before))
                && (cueAfter || has(verb, L::Auxiliary | L::Cue)
                    || (word(verb) && !m_tok[verb].cap && !has(verb, L::Stop)));
            noteMention(i, entity, subject);
            m_entities[entity].lastMention = i;
        }
        i = last + 1;
    }
}

int Engine::npBackward(int end, int lo) const
{
    // The noun phrase that ends just before end: "the former defense chief", "Kremlin spokesman Dmitry Peskov".
    int k = end - 1;
    while (k >= lo && end - k <= kNpMax
           && (isNpWord(k) || (has(k, L::Particle) && (isNpWord(k - 1) || has(k - 1, L::Particle)))
               || isRoleQualifier(k) || (is(k, QLatin1StringView("of")) && isNpWord(k - 1) && isNpWord(k + 1))
               || (is(k, QLatin1StringView("in")) && has(k - 1, L::OrgHead)
                   && (m_tok[k - 1].cap || has(k - 2, L::Nationality)) && has(k + 1, L::Place)))) {
        if (k < end - 1 && m_tok[k].possessive && !has(k, L::Place | L::Nationality) && !isNpWord(k + 1)) {
            break;
        }
        --k;
    }
    if (k >= lo && has(k, L::Determiner) && k < end - 1) {
        return k;
    }
    if (k >= lo && has(k, L::Pronoun) && k == end - 1) {
        return k;
    }
    return k + 1;
}

int Engine::npForward(int start, int hi) const
{
    int k = start;
    if (has(k, L::Pronoun)) {
        return k + 1;
    }
    if (has(k, L::Determiner) && !has(k, L::Pronoun)) {
        ++k;
    }
    const int wordsStart = k;
    while (k < hi && k - start < kNpMax
           && (isNpWord(k) || (has(k, L::Particle) && (isNpWord(k + 1) || has(k + 1, L::Particle)))
               || isRoleQualifier(k) || (is(k, QLatin1StringView("of")) && k > wordsStart && isNpWord(k + 1)))) {
        ++k;
        if (m_tok[k - 1].possessive && !has(k - 1, L::Place | L::Nationality)) {
            break;
        }
    }
    return k > wordsStart ? k : start;
}

Gender Engine::pronounGender(int i) const
{
    if (is(i, QLatin1StringView("he")) || is(i, QLatin1StringView("his")) || is(i, QLatin1StringView("mr"))
        || is(i, QLatin1StringView("mr."))) {
        return Gender::Male;
    }
    if (is(i, QLatin1StringView("she")) || is(i, QLatin1StringView("her")) || is(i, QLatin1StringView("mrs"))
        || is(i, QLatin1StringView("mrs.")) || is(i, QLatin1StringView("ms")) || is(i, QLatin1StringView("ms."))
        || is(i, QLatin1StringView("miss"))) {
        return Gender::Female;
    }
    return Gender::Unknown;
}

Ref Engine::resolvePronoun(int pos, Gender gender)
{
    // The most recent speaker, unless a person has since been the subject of a sentence; "she" skips
    // anyone the text has already called "he", and the other way round.
    const auto fits = [this, gender](int e) {
        return e >= 0 && m_entities[e].type == RefType::Person
            && (gender == Gender::Unknown || m_entities[e].gender == Gender::Unknown || m_entities[e].gender == gender);
    };
    int best = fits(m_lastPersonSpeaker) ? m_lastPersonSpeaker : -1;
    const int bestPos = best >= 0 ? m_lastPersonSpeakerPos : -1;
    const auto from = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
                                       [](const Mention &m, int p) { return m.token < p; });
    int steps = 0;
    for (auto it = from; it != m_mentions.cbegin() && steps++ < 200;) {
        --it;
        if (it->token <= bestPos) {
            break;
        }
        if (it->subject && fits(it->entity)) {
            best = it->entity;
            break;
        }
    }
    steps = 0;
    for (auto it = from; best < 0 && it != m_mentions.cbegin() && steps++ < 200;) {
        --it;
        if (fits(it->entity)) {
            best = it->entity;
        }
    }
    if (best < 0) {
        return {};
    }
    if (gender != Gender::Unknown) {
        m_entities[best].gender = gender;
    }
    return {RefType::Person, best, C::kPronoun};
}

Ref Engine::resolveDescription(int first, int last, int pos)
{
    // "the pundit", "the former defense chief": the latest person whose role shares the head noun,
    // else the latest person of the kind the noun implies, else the latest speaker.
    const QString head = lower(last);
    const quint32 headFlags = m_tok[last].flags;
    if (headFlags & L::OrgHead) {
        for (int e = int(m_entities.size()) - 1; e >= 0; --e) {
            if (m_entities[e].type == RefType::Organization && m_entities[e].name.endsWith(head, Qt::CaseInsensitive)) {
                return {RefType::Organization, e, C::kInstitutionDescription};
            }
        }
        QString name = roleText(first, last);
        return {RefType::Organization, organization(name), C::kInstitutionDescription};
    }
    // Unnamed sources and institutions are not in the mention list: look at recent speakers first.
    for (qsizetype h = m_speakerHistory.size() - 1; h >= 0 && m_speakerHistory.size() - h <= 12; --h) {
        const Entity &e = m_entities[m_speakerHistory[h]];
        if (e.type == RefType::Unnamed && e.name.endsWith(head, Qt::CaseInsensitive)) {
            return {RefType::Unnamed, m_speakerHistory[h], C::kUnnamedSource};
        }
    }
    // A nationality in the description must agree with the role: "the Estonian prime minister" is not
    // the Hungarian one.
    QStringList nationalities;
    for (int k = first; k <= last; ++k) {
        if (has(k, L::Nationality)) {
            nationalities.append(lower(k));
        }
    }
    auto agrees = [&](const QString &roles) {
        for (const QString &n : std::as_const(nationalities)) {
            if (!roles.contains(n, Qt::CaseInsensitive)) {
                return false;
            }
        }
        return true;
    };
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
                               [](const Mention &m, int p) { return m.token < p; });
    // The subject of the current or previous sentence with no known role: the description supplies it.
    if (it != m_mentions.cbegin()) {
        const Mention &recent = *std::prev(it);
        const int sentence = m_tok[pos].sentence;
        if (recent.subject && m_tok[recent.token].sentence >= sentence - 1
            && m_entities[recent.entity].type == RefType::Person && m_entities[recent.entity].roles.isEmpty()) {
            addRole(recent.entity, textOf(first, last));
            return {RefType::Person, recent.entity, C::kRecentSubjectDescription};
        }
    }
    // The kind the head noun implies ("the pundit" is an expert), to fall back on when no role matches.
    SpeakerKind wantedKind = SpeakerKind::Other;
    if (headFlags & L::JournalistKind) {
        wantedKind = SpeakerKind::Journalist;
    } else if (headFlags & L::ExpertKind || head == u"pundit" || head == u"observer") {
        wantedKind = SpeakerKind::Expert;
    } else if (headFlags & L::OfficialKind || head == u"chief" || head == u"leader") {
        wantedKind = SpeakerKind::Official;
    }
    int kindMatch = -1;
    int steps = 0;
    while (it != m_mentions.cbegin() && steps++ < 300) {
        --it;
        const Entity &e = m_entities[it->entity];
        if (e.type != RefType::Person || !agrees(e.roles.join(u' '))) {
            continue;
        }
        for (const QString &role : e.roles) {
            if (role.contains(head, Qt::CaseInsensitive)) {
                return {RefType::Person, it->entity, C::kRoleDescription};
            }
        }
        if (kindMatch < 0 && wantedKind != SpeakerKind::Other && !e.roles.isEmpty()) {
            if (kindFromRole(e.roles.join(u' ')) == wantedKind) {
                kindMatch = it->entity;
            }
        }
    }
    if (kindMatch >= 0) {
        return {RefType::Person, kindMatch, C::kKindDescription};
    }
    if (m_lastSpeaker >= 0 && m_entities[m_lastSpeaker].type == RefType::Person) {
        return {RefType::Person, m_lastSpeaker, C::kLastSpeakerDescription};
    }
    return {};
}

Ref Engine::resolveNp(int first, int last, int pos)
{
    if (first > last) {
        return {};
    }
    if (first == last && has(first, L::Pronoun)) {
        return resolvePronoun(pos, pronounGender(first));
    }
    if (first == last && is(first, QLatin1StringView("it")) && !m_result.quotes.isEmpty()) {
        // "…, the Joint Chiefs of Staff said. It called the launch "…"": "it" is an institution only when
        // one was quoted in this paragraph or the one before.
        const int q = int(m_result.quotes.size()) - 1;
        const int e = m_quoteEntity[q];
        if (e >= 0 && m_entities[e].type == RefType::Organization && m_tok[pos].para - m_quotePara[q] <= 1) {
            return {RefType::Organization, e, C::kInstitutionPronoun};
        }
    }
    // "Representative Carl Mendez of Arizona", "Tom Fowle from Texas": the person is the name before "of";
    // what follows says where they are from or serve.
    QString origin;
    for (int k = first + 1; k < last; ++k) {
        if ((is(k, QLatin1StringView("of")) || is(k, QLatin1StringView("from"))) && isNameWord(k - 1)
            && !m_tok[k - 1].initial && word(k + 1) && m_tok[k + 1].cap && has(last, L::Place)) {
            origin = textOf(k + 1, last);
            last = k - 1;
            break;
        }
    }
    // A name at the end of the phrase makes it a person; what precedes the name is the role.
    int nameStart = last + 1;
    while (nameStart - 1 >= first
           && (isNameWord(nameStart - 1) || (has(nameStart - 1, L::Particle) && nameStart <= last))) {
        --nameStart;
    }
    while (nameStart <= last && m_tok[nameStart].initial) {
        ++nameStart;
    }
    if (nameStart <= last && m_tok[nameStart].initial) {
        return {};
    }
    if (nameStart <= last && namesOrganization(nameStart)) {
        nameStart = last + 1;
    }
    if (nameStart <= last) {
        const int e = personFromRun(nameStart, last);
        if (e < 0) {
            return {};
        }
        int roleFirst = first;
        if (has(roleFirst, L::Determiner)) {
            ++roleFirst;
        }
        bool roleWord = false;
        for (int k = roleFirst; k < nameStart; ++k) {
            roleWord = roleWord || (has(k, L::Title | L::RoleNoun) && !has(k, L::Honorific));
        }
        if (roleWord) {
            addRole(e, textOf(roleFirst, nameStart - 1));
        }
        if (!origin.isEmpty() && roleWord) {
            addRole(e, origin);
        }
        m_entities[e].lastMention = pos;
        return {RefType::Person, e, C::kNamedSpeaker};
    }
    const bool indefinite = has(first, L::Indefinite)
        || (has(first, L::Determiner) && !is(first, QLatin1StringView("the")) && !has(first, L::Pronoun));
    const bool definite = is(first, QLatin1StringView("the"));
    const int wordsFirst = has(first, L::Determiner) ? first + 1 : first;
    if (wordsFirst > last) {
        return {};
    }
    const quint32 headFlags = m_tok[last].flags;
    bool orgWord = false;
    for (int k = wordsFirst; k <= last; ++k) {
        orgWord = orgWord || (m_tok[k].flags & (L::OrgHead | L::Place));
    }
    if (m_tok[last].cap && (orgWord || (headFlags & L::Place) || m_tok[last].allCaps) && !(headFlags & L::RoleNoun)) {
        QString name = textOf(wordsFirst, last);
        if (m_tok[last].possessive) {
            name.chop(2);
        }
        return {RefType::Organization, organization(name), C::kOrganization};
    }
    if ((headFlags & L::OrgHead) && !definite && !indefinite && wordsFirst < last) {
        // "Saudi Arabia's foreign ministry", "Chinese state media": a lower-case institution with its country.
        bool located = false;
        for (int k = wordsFirst; k < last; ++k) {
            located = located || has(k, L::Place | L::Nationality);
        }
        if (located) {
            return {RefType::Organization, organization(textOf(wordsFirst, last)), C::kLocatedInstitution};
        }
    }
    if (headFlags & L::RoleNoun) {
        if (indefinite || (!definite && lower(last).endsWith(u's'))) {
            return {RefType::Unnamed, unnamed(textOf(first, last)), C::kUnnamedSource};
        }
        if (definite) {
            return resolveDescription(wordsFirst, last, pos);
        }
    }
    if (definite && (headFlags & L::OrgHead)) {
        return resolveDescription(wordsFirst, last, pos);
    }
    return {};
}

Ref Engine::subjectBefore(int verb, int lo, int *subjectStart)
{
    int end = verb;
    while (end - 1 >= lo && has(end - 1, L::Auxiliary) && !m_tok[end - 1].cap && verb - end < 3) {
        --end;
    }
    // "China on Monday warned", "Mr Kishida last week said": the time sits between the subject and its verb.
    static const QStringList periods = QStringLiteral("week weekend month year night morning evening").split(u' ');
    if (end - 2 >= lo && (has(end - 1, L::Calendar) || periods.contains(lower(end - 1)))
        && (is(end - 2, QLatin1StringView("on")) || is(end - 2, QLatin1StringView("in"))
            || is(end - 2, QLatin1StringView("last")) || is(end - 2, QLatin1StringView("this")))) {
        end -= 2;
    }
    end = skipAsideBackward(end, lo);
    if (isPunct(end - 1, u',')) {
        // "Xi, for his part, said" / "Lukin, the deputy director of X, told": skip one comma-delimited aside.
        int k = end - 2;
        while (k >= lo && end - k < kAppositiveMax && !isPunct(k, u',') && m_tok[k].type != TokType::Mark
               && !m_tok[k].sentenceEnd) {
            --k;
        }
        if (k >= lo && isPunct(k, u',')) {
            // "Mr. Orban's spokesman, Zoltan Kovacs, wrote": the name between the commas, the role before.
            const int inner = npBackward(end - 1, k + 1);
            if (inner == k + 1 && inner < end - 1 && isNameWord(end - 2)) {
                const Ref ref = resolveNp(inner, end - 2, verb);
                if (ref && ref.type == RefType::Person) {
                    const int roleFirst = npBackward(k, lo);
                    if (roleFirst < k && has(k - 1, L::RoleNoun)) {
                        addRole(ref.entity, roleText(roleFirst, k - 1));
                    }
                    *subjectStart = inner;
                    return ref;
                }
            }
            const int first = npBackward(k, lo);
            if (first < k) {
                const Ref ref = resolveNp(first, k - 1, verb);
                if (ref) {
                    if (const int app = appositiveEnd(k); app == end - 1 && ref.type == RefType::Person) {
                        addRole(ref.entity, roleText(k + 1, app - 1));
                    }
                    *subjectStart = first;
                    return ref;
                }
            }
        }
        return {};
    }
    if (is(end - 1, QLatin1StringView("and")) || is(end - 1, QLatin1StringView("but"))) {
        // "Kirby declined to comment but noted": the subject of the first verb, named earlier in the sentence.
        const int sentenceStart = m_sentenceStart[m_tok[verb].sentence];
        auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), sentenceStart,
                                   [](const Mention &m, int p) { return m.token < p; });
        if (it != m_mentions.cend() && it->token < verb && it->subject) {
            *subjectStart = it->token;
            return {RefType::Person, it->entity, C::kConjoinedVerb};
        }
        return {};
    }
    if (is(verb, QLatin1StringView("saying")) && is(verb - 1, QLatin1StringView("as"))) {
        // "TASS quoted an emergency official as saying": the one quoted, not the agency that quoted.
        for (int quoted = verb - 3; quoted >= lo && verb - quoted <= kNpMax; --quoted) {
            if (is(quoted, QLatin1StringView("quoted")) || is(quoted, QLatin1StringView("quotes"))) {
                *subjectStart = quoted + 1;
                return resolveNp(quoted + 1, verb - 2, verb);
            }
        }
        return {};
    }
    if (const Ref group = unnamedGroupBefore(end, lo, subjectStart)) {
        return group;
    }
    // "a Gulf official who requested anonymity said": the subject is the phrase before "who".
    for (int who = end - 1; who > lo && end - who <= kWhoClauseMax && word(who) && !has(who, L::Cue); --who) {
        if (is(who, QLatin1StringView("who"))) {
            const int first = npBackward(who, lo);
            if (first < who) {
                if (const Ref ref = resolveNp(first, who - 1, verb)) {
                    *subjectStart = first;
                    return ref;
                }
            }
            break;
        }
    }
    // "one of them said", "one of the officials said": one member of a group, perhaps the one just quoted.
    if (end - 3 >= lo && is(end - 3, QLatin1StringView("one")) && is(end - 2, QLatin1StringView("of"))
        && is(end - 1, QLatin1StringView("them")) && !m_result.quotes.isEmpty()) {
        const int q = int(m_result.quotes.size()) - 1;
        const int e = m_quoteEntity[q];
        if (e >= 0 && m_entities[e].type == RefType::Unnamed && m_tok[verb].para - m_quotePara[q] <= 1) {
            *subjectStart = end - 3;
            return {RefType::Unnamed, e, C::kUnnamedSource};
        }
    }
    if (end - 4 >= lo && is(end - 4, QLatin1StringView("one")) && is(end - 3, QLatin1StringView("of"))
        && is(end - 2, QLatin1StringView("the")) && has(end - 1, L::RoleNoun) && !m_tok[end - 1].cap) {
        *subjectStart = end - 4;
        return {RefType::Unnamed, unnamed(textOf(end - 4, end - 1)), C::kUnnamedSource};
    }
    if (end - 1 >= lo && is(end - 1, QLatin1StringView("it"))) {
        *subjectStart = end - 1;
        return resolveNp(end - 1, end - 1, verb);
    }
    const int first = npBackward(end, lo);
    if (first >= end) {
        return {};
    }
    *subjectStart = first;
    return resolveNp(first, end - 1, verb);
}

Ref Engine::unnamedGroupBefore(int end, int lo, int *subjectStart)
{
    // "Officials in Kyiv said", "sources close to the talks said", "Sources familiar with the planning said":
    // unnamed, whatever follows the group's noun.
    static const QStringList closeTo = QStringLiteral("familiar close knowledgeable briefed").split(u' ');
    for (int prep = end - 1; prep > lo && end - prep <= kNpMax && word(prep) && !has(prep, L::Cue); --prep) {
        if (!has(prep, L::Preposition) || m_tok[prep].cap) {
            continue;
        }
        int noun = prep - 1;
        if (noun > lo && closeTo.contains(lower(noun))) {
            --noun;
        }
        if (has(noun, L::RoleNoun) && (lower(noun).endsWith(u's') || is(noun, QLatin1StringView("people")))) {
            const int start = npBackward(noun + 1, lo);
            if (start <= noun) {
                *subjectStart = start;
                return {RefType::Unnamed, unnamed(textOf(start, end - 1)), C::kUnnamedSource};
            }
        }
    }
    return {};
}

Ref Engine::subjectAfter(int start, int hi, int *cueToken)
{
    int k = start;
    while (k < hi && (isPunct(k, u',') || isPunct(k, u'\u2014') || isPunct(k, u'-'))) {
        ++k;
    }
    if (k >= hi) {
        return {};
    }
    // Inverted order: "said Kremlin spokesman Dmitry Peskov".
    int v = k;
    while (v < hi && has(v, L::Auxiliary) && v - k < 2) {
        ++v;
    }
    if (has(v, L::Cue) && !m_tok[v].cap) {
        const int npEnd = npForward(v + 1, hi);
        // "said Britain would stand by…" has a clause, not an inverted speaker: the phrase must end there.
        const bool phraseEnds = npEnd >= hi || !word(npEnd) || has(npEnd, L::Preposition);
        if (npEnd > v + 1 && phraseEnds) {
            const Ref ref = resolveNp(v + 1, npEnd - 1, v);
            if (ref) {
                if (isPunct(npEnd, u',') && ref.type == RefType::Person) {
                    const int app = appositiveEnd(npEnd);
                    if (app > 0) {
                        addRole(ref.entity, roleText(npEnd + 1, app - 1));
                    }
                }
                *cueToken = v;
                return ref;
            }
        }
    }
    // "one of them said", "one of the officials said": subjectBefore knows these groups.
    if (is(k, QLatin1StringView("one")) && is(k + 1, QLatin1StringView("of"))) {
        int c = k + 2;
        while (c < hi && c - k <= 4 && !has(c, L::Cue)) {
            ++c;
        }
        int groupStart = c;
        if (c < hi && has(c, L::Cue) && !m_tok[c].cap) {
            if (const Ref ref = subjectBefore(c, k, &groupStart); ref && groupStart == k) {
                *cueToken = c;
                return ref;
            }
        }
    }
    // Normal order: "Lukin said", "he added", "Artyom Lukin, the deputy director..., told Newsweek".
    const int npEnd = npForward(k, hi);
    if (npEnd <= k) {
        return {};
    }
    int c = skipAsideForward(npEnd);
    int appositive = -1;
    if (has(npEnd - 1, L::RoleNoun) && word(npEnd) && !m_tok[npEnd].cap && !has(npEnd, L::Cue | L::Auxiliary)) {
        // "an Egyptian official involved in the talks told": a participle phrase between the source and the verb.
        int cue = npEnd + 1;
        while (cue < hi && cue - npEnd <= kWhoClauseMax && word(cue) && !has(cue, L::Cue)) {
            ++cue;
        }
        if (cue < hi && has(cue, L::Cue) && !m_tok[cue].cap && has(npEnd + 1, L::Preposition)) {
            if (const Ref ref = resolveNp(k, npEnd - 1, cue); ref.type == RefType::Unnamed) {
                *cueToken = cue;
                return ref;
            }
        }
    }
    if (isPunct(c, u',')) {
        appositive = appositiveEnd(c);
        if (appositive < 0 && has(npEnd - 1, L::RoleNoun | L::Title)) {
            // "India's foreign secretary, Vinay Kwatra, told": a role, then only a name between commas.
            int name = c + 1;
            while (name < hi && name - c <= kNameWordsMax && isNameWord(name)) {
                ++name;
            }
            if (name > c + 1 && isPunct(name, u',')) {
                appositive = name;
            }
        }
        if (appositive < 0 && isNameWord(npEnd - 1)) {
            // "Carla Wendt, who teaches at Leiden, said", "Quist, R-Ohio, said": after a name, any short aside
            // that a speech verb follows.
            int close = c + 1;
            while (close < hi && close - c <= kAppositiveMax && !isPunct(close, u',') && !m_tok[close].sentenceEnd
                   && m_tok[close].type != TokType::Mark) {
                ++close;
            }
            int verb = close + 1;
            while (verb < hi && has(verb, L::Auxiliary) && verb - close < 3) {
                ++verb;
            }
            if (close > c + 1 && isPunct(close, u',') && has(verb, L::Cue) && !m_tok[verb].cap) {
                appositive = close;
            }
        }
        if (appositive < 0 || !isPunct(appositive, u',')) {
            return {};
        }
        c = appositive + 1;
    }
    while (c < hi && has(c, L::Auxiliary) && c - npEnd < 3) {
        ++c;
    }
    if (!(c < hi && has(c, L::Cue) && !m_tok[c].cap)) {
        return {};
    }
    Ref ref = resolveNp(k, npEnd - 1, c);
    if (appositive > 0 && ref.type != RefType::Person && has(npEnd - 1, L::RoleNoun | L::Title)
        && isNameWord(appositive - 1)) {
        // "…," India's foreign secretary, Vinay Kwatra, told reporters: the role first, the name between commas.
        if (const Ref named = resolveNp(npEnd + 1, appositive - 1, c); named.type == RefType::Person) {
            addRole(named.entity, roleText(k, npEnd - 1));
            *cueToken = c;
            return named;
        }
    }
    if (ref && appositive > 0 && ref.type == RefType::Person) {
        addRole(ref.entity, roleText(npEnd + 1, appositive - 1));
    }
    if (ref) {
        *cueToken = c;
    }
    return ref;
}

void Engine::addQuote(qsizetype start, qsizetype end, QuoteKind kind, const Ref &ref, const QString &cue, int token)
{
    while (start < end && m_text[start].isSpace()) {
        ++start;
    }
    while (end > start && m_text[end - 1].isSpace()) {
        --end;
    }
    Quote q;
    q.start = start;
    q.end = end;
    q.text = m_text.mid(start, end - start).toString();
    q.kind = kind;
    q.cue = ref ? cue : QString();
    q.confidence = ref ? ref.confidence : C::kNoSpeaker;
    q.needsReview = q.confidence < QuoteExtractor::kReviewThreshold;
    m_result.quotes.append(q);
    m_quoteEntity.append(ref.entity);
    m_quotePara.append(m_tok[token].para);
    m_quoteToken.append(token);
    if (ref) {
        m_speakerHistory.append(ref.entity);
        if (m_entities[ref.entity].type == RefType::Person) {
            m_lastPersonSpeaker = ref.entity;
            m_lastPersonSpeakerPos = token;
        }
        m_lastSpeaker = ref.entity;
        m_lastSpeakerPos = token;
        m_entities[ref.entity].lastMention = token;
    }
}

bool Engine::attributeSpan(int s, int lo, int hi)
{
    const Span &span = m_spans[s];
    Ref ref;
    QString cue;
    if (span.transcript) {
        int e = -1;
        // Transcript labels are in capitals; match them to a person named in the text if there is one.
        const QString name = span.transcriptName;
        const QStringList parts = name.toLower().split(u' ');
        const QList<int> known = m_personsByToken.value(parts.back());
        for (const int k : known) {
            if (m_entities[k].nameTokens.back() == parts.back()) {
                e = k;
            }
        }
        if (e < 0) {
            Entity entity;
            entity.name = name;
            entity.nameTokens = parts;
            e = int(m_entities.size());
            m_entities.append(entity);
            for (const QString &p : parts) {
                m_personsByToken[p].append(e);
            }
        }
        ref = {RefType::Person, e, C::kTranscript};
        addQuote(span.innerStart, span.innerEnd, QuoteKind::Transcript, ref,
                 textOf(m_paraStart[m_tok[span.open].para], span.open), span.open);
        return true;
    }
    const int open = span.open;
    const int close = span.close;
    const bool leading = lo >= open || (lo == open - 1 && isPunct(lo, u':'));
    bool fromCue = false;
    int cueTok = -1;
    // 1. A cue before the quote in the same sentence: "Asatryan predicted", "the ministry said that".
    for (int k = open - 1; k >= lo && !ref; --k) {
        if (is(k, QLatin1StringView("according")) && is(k + 1, QLatin1StringView("to"))) {
            int npStart = 0;
            int npEnd = 0;
            if (accordingToSource(k, open, &npStart, &npEnd)) {
                ref = resolveNp(npStart, npEnd - 1, k);
                cue = QStringLiteral("according to");
                cueTok = k;
            }
            continue;
        }
        if ((is(k, QLatin1StringView("from")) || is(k, QLatin1StringView("by"))) && has(k - 1, L::NounCue)) {
            const int npEnd = npForward(k + 1, open);
            if (npEnd > k + 1) {
                ref = resolveNp(k + 1, npEnd - 1, k);
                cue = textOf(k - 1, k);
                cueTok = k;
            }
            continue;
        }
        if (has(k, L::Cue | L::FragmentCue) && !m_tok[k].cap && isPunct(k - 1, u',') && lower(k).endsWith(u"ing")) {
            // "…, telling Reuters:" / "…, adding that" / "…, calling it": the subject is the one the sentence
            // began with.
            const int start = afterDateline(m_sentenceStart[m_tok[k].sentence], k);
            int npEnd = npForward(start, k);
            if (npEnd > start) {
                ref = resolveNp(start, npEnd - 1, k);
                if (ref.type == RefType::Unnamed
                    && (is(npEnd, QLatin1StringView("for")) || is(npEnd, QLatin1StringView("of")))) {
                    const int more = npForward(npEnd + 1, k);
                    if (more > npEnd + 1) {
                        ref.entity = unnamed(textOf(start, more - 1));
                    }
                }
            }
            if (ref) {
                ref.confidence = std::min(ref.confidence, C::kParticipleCap);
                cue = view(k).toString();
                cueTok = k;
            }
            continue;
        }
        if (has(k, L::Cue | L::FragmentCue) && !m_tok[k].cap) {
            int subjectStart = k;
            ref = subjectBefore(k, lo, &subjectStart);
            if (!ref && has(k, L::Cue)) {
                int c = -1;
                ref = subjectAfter(k, open, &c);
            }
            int cueAt = k;
            // "A spokesperson said Berlin welcomed the deal and would "…"", "Putin said Moscow would respond
            // "symmetrically"": a verb inside what someone reported does not take the quote from the reporter.
            for (int m = subjectStart - 1; ref && m >= lo; --m) {
                if (has(m, L::Cue) && has(m, L::ThatCue | L::ClauseCue) && !m_tok[m].cap) {
                    int reporterStart = m;
                    if (const Ref reporter = subjectBefore(m, lo, &reporterStart)) {
                        ref = reporter;
                        cueAt = m;
                    }
                    break;
                }
            }
            if (ref) {
                cue = view(cueAt).toString();
                cueTok = cueAt;
            }
        }
    }
    if (ref) {
        fromCue = true;
    }
    // 2. A cue after it: "…," Lukin said / said Kremlin spokesman Dmitry Peskov / he added.
    if (!ref && close >= 0) {
        int c = -1;
        ref = subjectAfter(close + 1, hi, &c);
        if (ref) {
            cue = view(c).toString();
            cueTok = c;
            fromCue = true;
            if (c > close + 1 && has(c - 1, L::Pronoun)) {
                cue = textOf(c - 1, c);
            }
        } else {
            for (int k = close + 1; k + 1 < hi && !ref; ++k) {
                if (is(k, QLatin1StringView("according")) && is(k + 1, QLatin1StringView("to"))) {
                    int npStart = 0;
                    int npEnd = 0;
                    if (accordingToSource(k, hi, &npStart, &npEnd)) {
                        ref = resolveNp(npStart, npEnd - 1, k);
                        cue = QStringLiteral("according to");
                        cueTok = k;
                        fromCue = bool(ref);
                    }
                }
            }
        }
    }
    // "Ulyanov, Russia's envoy, struck a hopeful note: "…"": a colon after a clause whose subject is a person.
    if (!ref && isPunct(open - 1, u':')) {
        const int sentenceStart = m_sentenceStart[m_tok[open].sentence];
        auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), std::max(sentenceStart, lo),
                                   [](const Mention &m, int p) { return m.token < p; });
        if (it != m_mentions.cend() && it->token < open && it->subject) {
            ref = {RefType::Person, it->entity, C::kColonIntroduction};
            cue = QStringLiteral(":");
            cueTok = open - 1;
            fromCue = true;
        }
    }
    // "In her view, "…"": the possessive points back to the speaker as a pronoun would.
    if (!ref) {
        static const QStringList framing = QStringLiteral("view words opinion assessment telling").split(u' ');
        int k = open - 1;
        while (k >= lo && (isPunct(k, u',') || isPunct(k, u':'))) {
            --k;
        }
        if (k - 2 >= lo && k < open - 1 && is(k - 2, QLatin1StringView("in")) && word(k) && framing.contains(lower(k))
            && pronounGender(k - 1) != Gender::Unknown) {
            ref = resolvePronoun(k, pronounGender(k - 1));
            cue = textOf(k - 2, k);
            cueTok = k;
            fromCue = bool(ref);
        }
    }
    // Is it a statement at all? Short capitalised or cue-less fragments are titles and scare quotes.
    bool titleCase = span.words >= 1;
    for (int k = span.firstInner; k <= span.lastInner && titleCase; ++k) {
        if (word(k) && !m_tok[k].cap && !(m_tok[k].flags & L::Stop) && m_text[m_tok[k].start].isLetter()) {
            titleCase = false;
        }
    }
    const bool isShort = span.words <= kShortQuoteWords && !span.sentenceFinal;
    int before = open - 1;
    while (before >= lo && (isPunct(before, u',') || isPunct(before, u':'))) {
        --before;
    }
    const bool cueRightBefore = before >= lo && has(before, L::Cue | L::FragmentCue) && !m_tok[before].cap;
    int near = open - 1;
    while (near >= lo && open - near <= 3 && !has(near, L::Cue | L::FragmentCue)
           && (has(near, L::Determiner | L::Auxiliary) || is(near, QLatin1StringView("as"))
               || is(near, QLatin1StringView("it")) || is(near, QLatin1StringView("them")))) {
        --near;
    }
    const bool cueNear = near >= lo && has(near, L::Cue | L::FragmentCue) && !m_tok[near].cap && fromCue;
    // A short fragment in a sentence whose speaker is known is a partial quote ("was "prepared to walk
    // away""), unless it is being named ("dubbed "Joint Sword"", "the so-called "reset"").
    static const QStringList naming = QStringLiteral("dubbed called named titled entitled nicknamed so-called "
                                                     "known termed labelled labeled branded")
                                          .split(u' ');
    const bool named = before >= lo && word(before) && naming.contains(lower(before))
        && !(has(before, L::FragmentCue) && cueTok == before);
    // "dismissed the "reset" as naive": a quoted word followed by "as" is what is being judged.
    const bool judged = close >= 0 && is(close + 1, QLatin1StringView("as"));
    const bool cueInSentence = fromCue && cueTok >= 0 && cueTok < open && open - cueTok <= 12;
    if (!leading && span.chainPrev < 0
        && ((isShort && (judged || !(cueNear || (cueInSentence && !named))))
            || (titleCase && !span.sentenceFinal && !cueNear))) {
        return false;
    }
    // 3. No cue: the continuation of the previous statement in this paragraph, or of the previous paragraph.
    QuoteKind kind = QuoteKind::Partial;
    const bool introduced = isPunct(open - 1, u':') || (isPunct(open - 1, u',') && cueTok >= 0 && cueTok < open);
    // "The goal, he said, was "to …"", "Among his remarks was that "…"": a whole statement presented, not a
    // phrase ("the patrols were "a legitimate response"" stays partial).
    const auto copula = [this](int k) {
        return is(k, QLatin1StringView("was")) || is(k, QLatin1StringView("is")) || is(k, QLatin1StringView("were"))
            || is(k, QLatin1StringView("are"));
    };
    const bool presented = before >= lo && !isShort
        && ((copula(before) && is(span.firstInner, QLatin1StringView("to")))
            || (is(before, QLatin1StringView("that")) && before > lo && copula(before - 1)));
    if (leading || (cueRightBefore && !has(before, L::FragmentCue) && !isShort) || introduced || presented) {
        kind = QuoteKind::Direct;
    }
    if (!ref) {
        const int prevQuote = int(m_result.quotes.size()) - 1;
        const int prevSpan = s - 1;
        const int para = m_tok[open].para;
        if (span.chainPrev >= 0 && m_spanQuote[span.chainPrev] >= 0) {
            const int q = m_spanQuote[span.chainPrev];
            ref = {RefType::Person, m_quoteEntity[q], C::kRunOnQuote};
            cue = m_result.quotes[q].cue;
            kind = QuoteKind::Direct;
        } else if (prevSpan >= 0 && prevQuote >= 0 && m_spanQuote[prevSpan] == prevQuote
                   && m_tok[m_spans[prevSpan].open].para == para && m_quoteEntity[prevQuote] >= 0) {
            ref = {RefType::Person, m_quoteEntity[prevQuote], C::kContinuation};
            cue = m_result.quotes[prevQuote].cue;
            // "…," she said, "and …" carries the statement on; "drafted "without proper consultation"" inside
            // a sentence stays a fragment.
            if (leading || isPunct(open - 1, u',') || isPunct(open - 1, u':')) {
                kind = QuoteKind::Direct;
            }
        } else if (leading && open == m_paraStart[para] && prevQuote >= 0 && m_quoteEntity[prevQuote] >= 0
                   && para - m_quotePara[prevQuote] <= 1) {
            // A paragraph that is only a quote carries on the previous speaker, quoted or reported.
            bool onlyQuote = close < 0 || close + 1 >= m_paraStart[para + 1] || m_tok[close + 1].sentenceEnd;
            if (onlyQuote) {
                ref = {RefType::Person, m_quoteEntity[prevQuote], C::kQuoteParagraph};
                cue = m_result.quotes[prevQuote].cue;
            }
        }
        if (ref) {
            ref.type = m_entities[ref.entity].type;
        }
    }
    if (!ref && isShort) {
        return false;
    }
    addQuote(span.innerStart, span.innerEnd, kind, ref, cue, open);
    return true;
}

bool Engine::tryAccordingTo(int first, int last)
{
    // "According to X, a fellow at Y, the plan …" and "The plan …, according to X.": reported speech.
    int at = first;
    while (at < last && !(is(at, QLatin1StringView("according")) && is(at + 1, QLatin1StringView("to")))) {
        ++at;
    }
    int npStart = 0;
    int npEnd = 0;
    if (at >= last || !accordingToSource(at, last + 1, &npStart, &npEnd)) {
        return false;
    }
    int clauseFirst = afterDateline(first, at);
    int clauseLast = at - 2;
    int appositive = -1;
    if (at == first) {
        if (!isPunct(npEnd, u',')) {
            return false;
        }
        clauseFirst = npEnd + 1;
        if (const int end = appositiveEnd(npEnd); end > 0 && isPunct(end, u',')) {
            appositive = end;
            clauseFirst = end + 1;
        }
        clauseLast = last;
    } else if (!isPunct(at - 1, u',')) {
        return false;
    }
    while (clauseLast > clauseFirst && !word(clauseLast)) {
        --clauseLast;
    }
    if (clauseLast - clauseFirst < 2) {
        return false;
    }
    const Ref ref = resolveNp(npStart, npEnd - 1, at);
    if (!ref) {
        return false;
    }
    if (appositive > 0 && ref.type == RefType::Person) {
        addRole(ref.entity, roleText(npEnd + 1, appositive - 1));
    }
    Ref weaker = ref;
    weaker.confidence = std::min(ref.confidence, C::kReportedSpeechCap);
    addQuote(m_tok[clauseFirst].start, m_tok[clauseLast].end, QuoteKind::Indirect, weaker,
             QStringLiteral("according to"), at);
    return true;
}

bool Engine::takesObject(int cue) const
{
    static const QStringList verbs = QStringLiteral("warn warns warned tell tells told stress stresses stressed "
                                                    "maintain maintains maintained predict predicts predicted claim "
                                                    "claims claimed")
                                         .split(u' ');
    return verbs.contains(lower(cue));
}

bool Engine::isFiniteVerb(int k) const
{
    // Auxiliaries, and past tenses that do not end in -ed.
    static const QStringList auxiliaries = QStringLiteral("is are was were will would can could should must might may "
                                                          "shall has have had does did do won't wouldn't can't isn't "
                                                          "wasn't aren't weren't flew went came took made gave got saw "
                                                          "began fell rose ran left met held sent fought struck won "
                                                          "lost hit shot fled spent built broke brought bought caught "
                                                          "drove found kept led paid put set sold spoke stood thought "
                                                          "became chose grew knew meant sank swept threw withdrew")
                                               .split(u' ');
    if (!word(k) || m_tok[k].cap) {
        return false;
    }
    const QString w = lower(k);
    return auxiliaries.contains(w) || (w.endsWith(u"ed") && w.size() > 3);
}

bool Engine::hasFiniteVerb(int first, int last) const
{
    for (int k = first; k <= last; ++k) {
        if (isFiniteVerb(k)) {
            return true;
        }
    }
    return false;
}

bool Engine::verbBeforePhrase(int first, int last) const
{
    // "warned the sale would damage ties" has a clause; "warned the United States against a planned sale"
    // reaches a preposition first, and "planned" there is no verb of a clause.
    for (int k = first; k <= last && word(k); ++k) {
        if (isFiniteVerb(k)) {
            return true;
        }
        if (has(k, L::Preposition) && !m_tok[k].cap) {
            return false;
        }
    }
    return false;
}

void Engine::tryIndirect(int first, int last)
{
    // "Peskov noted that …", "Lukin said Beijing would …": reported speech as its own kind.
    if (tryAccordingTo(first, last)) {
        return;
    }
    for (int k = first + 1; k <= last; ++k) {
        const bool quotedAsSaying = is(k, QLatin1StringView("saying")) && is(k - 1, QLatin1StringView("as"));
        if ((!has(k, L::ThatCue | L::ClauseCue) && !quotedAsSaying) || m_tok[k].cap || !has(k, L::Cue)) {
            continue;
        }
        int j = k + 1;
        if (is(k, QLatin1StringView("told")) || is(k, QLatin1StringView("tells")) || is(k, QLatin1StringView("tell"))) {
            j = npForward(j, last + 1);
            // "told reporters that": an object the lexicon does not know still ends at "that".
            for (int w = k + 1; j == k + 1 && w <= last && w - k <= 4 && word(w); ++w) {
                if (is(w, QLatin1StringView("that"))) {
                    j = w;
                }
            }
            if (j == k + 1) {
                continue;
            }
        }
        int clause = -1;
        if (is(j, QLatin1StringView("that"))) {
            clause = j + 1;
        } else if (has(j, L::Preposition) || isPunct(j, u',')) {
            for (int w = j; w <= last && w - j < 8; ++w) {
                if (is(w, QLatin1StringView("that")) && !isPunct(w + 1, u',')) {
                    clause = w + 1;
                    break;
                }
            }
        } else if (has(k, L::ClauseCue) && word(j)
                   && (m_tok[j].cap || has(j, L::Determiner | L::Pronoun) || is(j, QLatin1StringView("it"))
                       || is(j, QLatin1StringView("they")) || is(j, QLatin1StringView("we")))
                   && !has(j, L::Preposition)
                   && (!(is(j, QLatin1StringView("a")) || is(j, QLatin1StringView("an")))
                       || hasFiniteVerb(j + 1, std::min(last, j + 6)))) {
            clause = j;
        }
        if (clause < 0 || last - clause < 2) {
            continue;
        }
        // "warned Washington against the sale", "stressed the importance of …": these verbs also take a
        // plain object, so without "that" what follows is reported speech only when it has a verb of its own.
        if (clause == j && takesObject(k) && !verbBeforePhrase(clause, last)) {
            continue;
        }
        int subjectStart = k;
        const Ref ref = subjectBefore(k, first, &subjectStart);
        if (!ref) {
            continue;
        }
        int end = last;
        while (end > clause && m_tok[end].type != TokType::Word) {
            --end;
        }
        Ref weaker = ref;
        weaker.confidence = std::min(ref.confidence, C::kReportedSpeechCap);
        addQuote(m_tok[clause].start, m_tok[end].end, QuoteKind::Indirect, weaker, view(k).toString(), k);
        return;
    }
    tryTrailingAttribution(first, last);
}

bool Engine::endsAttribution(int cue) const
{
    // "…, Scholz said on Wednesday as he presented …": after the cue (and its day) comes an aside or a
    // clause of its own, not the object of the verb.
    int next = cue + 1;
    if (is(next, QLatin1StringView("on")) && has(next + 1, L::Calendar)) {
        next += 2;
    }
    static const QStringList joins = QStringLiteral("as while when after before during at in").split(u' ');
    return isPunct(next, u',') || (word(next) && joins.contains(lower(next)));
}

int Engine::skipAsideForward(int k) const
{
    // "Harold Quist (R-Ohio) said": a short parenthesis after a name stands between it and the verb.
    if (!isPunct(k, u'(')) {
        return k;
    }
    for (int close = k + 1; close < m_tok.size() && close - k <= kAsideMax; ++close) {
        if (isPunct(close, u')')) {
            return close + 1;
        }
        if (m_tok[close].type == TokType::Mark || m_tok[close].para != m_tok[k].para) {
            break;
        }
    }
    return k;
}

int Engine::skipAsideBackward(int end, int lo) const
{
    if (!isPunct(end - 1, u')')) {
        return end;
    }
    for (int open = end - 2; open >= lo && end - open <= kAsideMax + 1; --open) {
        if (isPunct(open, u'(')) {
            return open;
        }
        if (m_tok[open].type == TokType::Mark || m_tok[open].para != m_tok[end - 1].para) {
            break;
        }
    }
    return end;
}

int Engine::afterDateline(int first, int end) const
{
    // "SEOUL, South Korea (AP) —", "BEIJING, June 12 (Reuters) -": where a story's first sentence begins.
    int start = first;
    for (int dash = first + 1; dash < end && dash - first <= kDatelineMax; ++dash) {
        if (isPunct(dash, u'\u2014') || isPunct(dash, u'\u2013') || (isPunct(dash, u'-') && isPunct(dash - 1, u')'))) {
            start = dash + 1;
        }
    }
    return start;
}

void Engine::tryTrailingAttribution(int first, int last)
{
    // "North Korea fired a missile on Tuesday, South Korea's military said.": the statement comes first and
    // its source closes the sentence, perhaps with a few words more ("in a statement", "on Monday").
    // "…, South Korea's military said, hours before the talks.": or it is followed by an aside of its own.
    for (int k = first + kMinClauseWords + 1; k <= last; ++k) {
        if (!has(k, L::Cue) || m_tok[k].cap || lower(k).endsWith(u"ing")
            || (last - k > kTrailingWordsMax && !endsAttribution(k))) {
            continue;
        }
        int comma = k - 1;
        while (comma > first && k - comma <= kNpMax && !isPunct(comma, u',') && word(comma) && !has(comma, L::Cue)) {
            --comma;
        }
        const int start = afterDateline(first, comma);
        if (!isPunct(comma, u',') || comma - start < kMinClauseWords || !hasFiniteVerb(start, comma - 1)) {
            return;
        }
        int subjectStart = k;
        const Ref ref = subjectBefore(k, comma + 1, &subjectStart);
        if (!ref || subjectStart != comma + 1) {
            return;
        }
        int end = comma - 1;
        Ref weaker = ref;
        weaker.confidence = std::min(ref.confidence, C::kReportedSpeechCap);
        addQuote(m_tok[start].start, m_tok[end].end, QuoteKind::Indirect, weaker, view(k).toString(), k);
        return;
    }
}

void Engine::attribute()
{
    m_spanQuote.fill(-1, m_spans.size());
    int nextSpan = 0;
    for (int s = 0; s + 1 < m_sentenceStart.size(); ++s) {
        const int first = m_sentenceStart[s];
        const int last = m_sentenceStart[s + 1] - 1;
        if (first > last) {
            continue;
        }
        if (nextSpan >= m_spans.size() || m_spans[nextSpan].open > last) {
            bool hasMark = false;
            for (int k = first; k <= last && !hasMark; ++k) {
                hasMark = m_tok[k].type == TokType::Mark;
            }
            if (!hasMark && last - first >= 4) {
                tryIndirect(first, last);
            }
            continue;
        }
        int lo = first;
        while (nextSpan < m_spans.size() && m_spans[nextSpan].open <= last) {
            const Span &span = m_spans[nextSpan];
            int hi = last + 1;
            if (nextSpan + 1 < m_spans.size() && m_spans[nextSpan + 1].open <= last) {
                hi = m_spans[nextSpan + 1].open;
            }
            lo = std::max(lo, span.open - kWindow);
            hi = std::min(hi, (span.close < 0 ? span.lastInner : span.close) + kWindow);
            const int quoteCount = int(m_result.quotes.size());
            if (attributeSpan(nextSpan, lo, hi)) {
                m_spanQuote[nextSpan] = quoteCount;
            } else {
                m_result.quotedTerms.append({span.innerStart, span.innerEnd,
                                             m_text.mid(span.innerStart, span.innerEnd - span.innerStart).toString()});
            }
            lo = (span.close < 0 ? span.lastInner : span.close) + 1;
            ++nextSpan;
        }
        // A quote that ends its own sentence ("…intimidated." Marcos said the …) hides the next sentence
        // from the splitter, which cannot see past the closing mark.
        const Span &lastSpan = m_spans[nextSpan - 1];
        if (lastSpan.close > 0 && m_tok[lastSpan.close - 1].sentenceEnd && isPunct(lastSpan.close - 1, u'.')
            && lo <= last && m_tok[lo].cap && last - lo >= 4) {
            tryIndirect(lo, last);
        }
    }
    // A multi-paragraph quote attributed only at its end ("…," she said) gives its speaker to its start.
    for (int s = int(m_spans.size()) - 1; s >= 0; --s) {
        const int prev = m_spans[s].chainPrev;
        if (prev < 0 || m_spanQuote[s] < 0 || m_spanQuote[prev] < 0) {
            continue;
        }
        const int q = m_spanQuote[s];
        const int p = m_spanQuote[prev];
        if (m_quoteEntity[p] < 0 && m_quoteEntity[q] >= 0) {
            m_quoteEntity[p] = m_quoteEntity[q];
            m_result.quotes[p].cue = m_result.quotes[q].cue;
            m_result.quotes[p].confidence = C::kAttributedAtEnd;
            m_result.quotes[p].needsReview = false;
            m_result.quotes[p].kind = QuoteKind::Direct;
        }
    }
    guessSpeakers();
}

void Engine::guessSpeakers()
{
    // A quote no cue attributes still has a likely speaker: the one quoted next in the paragraph ("…" "…,"
    // she said), or the person the sentence is about (Quist defended it as "…"). Its confidence says how
    // often such a guess is right. The speaker of the quote before is no such guess: right a third of the time.
    for (int q = int(m_result.quotes.size()) - 2; q >= 0; --q) {
        if (m_quoteEntity[q] >= 0 || m_quoteEntity[q + 1] < 0 || m_quotePara[q] != m_quotePara[q + 1]
            || m_result.quotes[q + 1].cue.isEmpty() || m_result.quotes[q].kind == QuoteKind::Indirect) {
            continue;
        }
        // Only quotes that follow each other with no sentence of narration between them.
        const int from = m_quoteToken[q];
        const int to = m_quoteToken[q + 1];
        if (m_tok[to].sentence - m_tok[from].sentence > 1) {
            continue;
        }
        m_quoteEntity[q] = m_quoteEntity[q + 1];
        m_result.quotes[q].cue = m_result.quotes[q + 1].cue;
        m_result.quotes[q].confidence = C::kNextQuoteGuess;
    }
    for (int q = 0; q < m_result.quotes.size(); ++q) {
        if (m_quoteEntity[q] >= 0 || m_result.quotes[q].kind == QuoteKind::Indirect) {
            continue;
        }
        const int open = m_quoteToken[q];
        const int sentenceStart = m_sentenceStart[m_tok[open].sentence];
        auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), sentenceStart,
                                   [](const Mention &m, int p) { return m.token < p; });
        if (it != m_mentions.cend() && it->token < open && it->subject) {
            m_quoteEntity[q] = it->entity;
            m_result.quotes[q].confidence = C::kSentenceSubjectGuess;
        }
    }
    for (Quote &quote : m_result.quotes) {
        quote.needsReview = quote.confidence < QuoteExtractor::kReviewThreshold;
    }
}

bool isCorporateTitle(QStringView word)
{
    return word == u"president" || word == u"vice" || word == u"chairman" || word == u"chairwoman" || word == u"chair"
        || word == u"adviser" || word == u"advisor";
}

/** A party or a parliamentary side, whose leader holds political office. */
bool isPartyWord(QStringView word)
{
    return word == u"party" || word == u"opposition" || word == u"democrats" || word == u"republicans"
        || word == u"conservatives" || word == u"socialists" || word == u"liberals" || word == u"greens"
        || word == u"labour" || word == u"coalition";
}

/** Organisations that are never part of a state: their heads are not officials. */
bool isPrivateBody(QStringView word)
{
    return word == u"association" || word == u"company" || word == u"corporation" || word == u"group" || word == u"fund"
        || word == u"league" || word == u"federation" || word == u"chamber" || word == u"union"
        || word == u"organization" || word == u"organisation";
}

/** A place of research, never a public body; "council" and "center" can be either, so they are not. */
bool scholarlyPlace(const QString &lowerRole)
{
    static const QRegularExpression place(
        QStringLiteral("\\b(institute|university|college|academy|foundation|think[ -]tank|studies|school)\\b"));
    return place.match(lowerRole).hasMatch();
}

SpeakerKind kindFromRole(const QString &role)
{
    const QString lowerRole = role.toLower();
    bool official = false;
    bool expert = false;
    bool journalist = false;
    bool academic = false;
    bool leader = false;
    bool government = false;
    // "vice president at the Asia Society Policy Institute": titles a think tank or university shares with
    // governments, which there make an expert, not an official.
    bool corporateTitle = true;
    bool privateBody = false;
    // "Chinese leader", "opposition leader": a leader of a country or party holds office.
    bool nationLeader = false;
    bool national = false;
    qsizetype i = 0;
    while (i < lowerRole.size()) {
        while (i < lowerRole.size() && !lowerRole[i].isLetter()) {
            ++i;
        }
        qsizetype j = i;
        while (j < lowerRole.size() && (lowerRole[j].isLetter() || lowerRole[j] == u'-')) {
            ++j;
        }
        if (j > i) {
            const QStringView w = QStringView(lowerRole).mid(i, j - i);
            // "King's College", "Queen's University": a title in a capitalised possessive names a place.
            // (Lowercasing can lengthen a few letters, so role is indexed with care.)
            const bool namesPlace = i < role.size() && role.at(i).isUpper() && j + 1 < lowerRole.size()
                && (lowerRole[j] == u'\'' || lowerRole[j] == u'\u2019') && lowerRole[j + 1] == u's';
            const quint32 f = namesPlace ? 0u : Lexicon::flags(w);
            if (f & L::OfficialKind) {
                official = true;
                corporateTitle = corporateTitle && isCorporateTitle(w);
            }
            expert = expert || (f & L::ExpertKind);
            journalist = journalist || (f & L::JournalistKind);
            academic = academic || (f & L::AcademicPlace);
            privateBody = privateBody || isPrivateBody(w);
            government = government || ((f & L::OrgHead) && !(f & L::AcademicPlace) && !isPrivateBody(w));
            leader = leader || w == u"director" || w == u"head" || w == u"chief" || w == u"chair" || w == u"heads"
                || w == u"leads" || w == u"directs" || w == u"runs";
            nationLeader = nationLeader || w == u"leader";
            national = national || (f & (L::Nationality | L::Place)) || isPartyWord(w);
        }
        i = j;
    }
    if (journalist) {
        return SpeakerKind::Journalist;
    }
    academic = academic || lowerRole.contains(u"think tank") || lowerRole.contains(u"think-tank");
    // "who heads a centre at Ukraine's national security council": a state body, whatever it is called.
    static const QRegularExpression stateBody(
        QStringLiteral("\\b(national|state|federal|presidential) ([a-z]+ )?(council|agency|committee|service|"
                       "office|commission|guard)\\b"));
    if (stateBody.match(lowerRole).hasMatch()) {
        government = true;
        academic = false;
    }
    // "vice president of global policy at Mercy Corps": a post inside an organization, not a head of state.
    static const QRegularExpression department(
        QStringLiteral("\\b(president|chair|chairman|chairwoman) (of|for) (?!the\\b|a\\b|an\\b)[a-z]"));
    const bool corporatePost = official && corporateTitle && department.match(role).hasMatch();
    // "a former State Department negotiator now at the Carnegie Endowment": what they were is not what they are.
    const bool formerOfficial = official && academic && lowerRole.contains(u"former");
    if (expert || (academic && !official) || formerOfficial
        || (official && corporateTitle && (scholarlyPlace(lowerRole) || privateBody))) {
        return SpeakerKind::Expert;
    }
    // A director or head is an official only at a public body; elsewhere (an NGO, a firm) we cannot tell,
    // unless the post is about policy or research: "director for nonproliferation policy at the Arms
    // Control Association" is quoted as an independent expert.
    if ((official && !corporatePost) || (leader && government) || (nationLeader && national)) {
        return SpeakerKind::Official;
    }
    static const QRegularExpression policyWork(
        QStringLiteral("\\b(policy|research|programs?|programmes?|analysis)\\b"));
    if ((leader || corporatePost) && policyWork.match(lowerRole).hasMatch()) {
        return SpeakerKind::Expert;
    }
    return SpeakerKind::Other;
}

AnalysisResult Engine::run()
{
    tokenize();
    classifyMarks();
    findTranscripts();
    pairQuotes();
    splitSentences();
    findHeadings();
    demoteNounCues();
    findPeople();
    attribute();

    // Speakers in the order they are first quoted; people quoted nowhere are only mentioned.
    QList<int> speakerOf(m_entities.size(), -1);
    for (int q = 0; q < m_result.quotes.size(); ++q) {
        const int e = m_quoteEntity[q];
        if (e < 0) {
            continue;
        }
        if (speakerOf[e] < 0) {
            Entity &entity = m_entities[e];
            Speaker speaker;
            speaker.name = entity.name;
            entity.aliases.removeAll(entity.name);
            entity.aliases.removeDuplicates();
            speaker.aliases = entity.aliases;
            speaker.role = entity.roles.join(QStringLiteral("; "));
            speaker.kind = entity.type == RefType::Person ? kindFromRole(speaker.role) : entity.kind;
            speakerOf[e] = int(m_result.speakers.size());
            m_result.speakers.append(speaker);
        }
        m_result.quotes[q].speaker = speakerOf[e];
        ++m_result.speakers[speakerOf[e]].quoteCount;
    }
    return m_result;
}

} // namespace

AnalysisResult QuoteExtractor::analyze(QStringView text)
{
    Engine engine(text);
    return engine.run();
}

} // namespace Attache::Analysis
