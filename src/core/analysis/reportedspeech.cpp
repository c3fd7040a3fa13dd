// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reportedspeech.h"

#include "analysis/confidence.h"
#include "analysis/enginelimits.h"
#include "analysis/lexicon.h"

#include <algorithm>

namespace Attache::Analysis::Engine {

namespace {

using L = Lexicon;
namespace C = Confidence;

} // namespace

bool ReportedSpeech::tryAccordingTo(int first, int last)
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

bool ReportedSpeech::takesObject(int cue) const
{
    static const QStringList verbs = QStringLiteral("warn warns warned tell tells told stress stresses stressed "
                                                    "maintain maintains maintained predict predicts predicted claim "
                                                    "claims claimed")
                                         .split(u' ');
    return verbs.contains(lower(cue));
}

bool ReportedSpeech::verbBeforePhrase(int first, int last) const
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

void ReportedSpeech::tryIndirect(int first, int last)
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

bool ReportedSpeech::endsAttribution(int cue) const
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

void ReportedSpeech::tryTrailingAttribution(int first, int last)
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

} // namespace Attache::Analysis::Engine
