// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/phrases.h"

#include "analysis/enginelimits.h"
#include "analysis/lexicon.h"

#include <algorithm>

namespace Attache::Analysis::Engine {

namespace {

using L = Lexicon;

} // namespace

bool Phrases::isNameWord(int i) const
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

bool Phrases::nationalityAsSurname(int i) const
{
    // "Prof Tracey German, of King's College", "Claudia Major, head of …": after a name and before a comma
    // or a cue, a nationality or a rank is a surname ("the Tracey German government" is not how anyone writes).
    // After a known given name it is one anywhere but before another name ("said Charles King.").
    return word(i) && m_tok[i].cap && !m_tok[i].allCaps && has(i, L::Nationality | L::Title)
        && !has(i, L::Place | L::Honorific) && isNameWord(i - 1) && !m_tok[i - 1].initial
        && (isPunct(i + 1, u',') || has(i + 1, L::Cue)
            || (has(i - 1, L::MaleName | L::FemaleName) && !isNameWord(i + 1)));
}

bool Phrases::namesOrganization(int i) const
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

bool Phrases::endsIntroduction(int comma) const
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

bool Phrases::namesMedia(int first, int end) const
{
    // "according to Reuters" cites a report, not a speaker.
    for (int k = first; k < end; ++k) {
        if (has(k, L::Media)) {
            return true;
        }
    }
    return false;
}

bool Phrases::accordingToSource(int according, int hi, int *npStart, int *npEnd) const
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

bool Phrases::isNpWord(int i) const
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

bool Phrases::isRoleQualifier(int i) const
{
    // "aid worker", "opposition lawmaker", "air force": an unknown lower-case word directly before a role
    // noun or a lower-case institution.
    return word(i) && !m_tok[i].cap && !(m_tok[i].flags & (L::Stop | L::Cue | L::FragmentCue))
        && (has(i + 1, L::RoleNoun | L::RoleModifier) || (has(i + 1, L::OrgHead) && !m_tok[i + 1].cap))
        && m_text[m_tok[i].start].isLetter();
}

QString Phrases::roleText(int first, int last) const
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

int Phrases::roleStartBefore(int runStart) const
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

int Phrases::roleScopeBefore(int runStart) const
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

int Phrases::appositiveEnd(int comma) const
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

int Phrases::npBackward(int end, int lo) const
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

int Phrases::npForward(int start, int hi) const
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
        // "Putin's remarks" ends at the possessive; "Putin's spokesman Dmitry Peskov" goes on to the role's holder.
        if (m_tok[k - 1].possessive && !has(k - 1, L::Place | L::Nationality)
            && !has(k, L::RoleNoun | L::Title | L::RoleModifier)) {
            break;
        }
    }
    return k > wordsStart ? k : start;
}

Gender Phrases::pronounGender(int i) const
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

bool Phrases::isFiniteVerb(int k) const
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

bool Phrases::hasFiniteVerb(int first, int last) const
{
    for (int k = first; k <= last; ++k) {
        if (isFiniteVerb(k)) {
            return true;
        }
    }
    return false;
}

int Phrases::nameRunEnd(int first, int hi) const
{
    int end = first;
    while (end < hi && end - first < kNameWordsMax && isNameWord(end)) {
        ++end;
    }
    return end;
}

bool Phrases::isMannerAdverb(int i) const
{
    return word(i) && !m_tok[i].cap && !has(i, L::Cue | L::Stop) && view(i).size() > 4
        && view(i).endsWith(QLatin1StringView("ly"));
}

int Phrases::skipAsideForward(int k) const
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

int Phrases::skipAsideBackward(int end, int lo) const
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

int Phrases::afterDateline(int first, int end) const
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

} // namespace Attache::Analysis::Engine
