// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ranking.h"

#include "analysis/confidence.h"
#include "analysis/enginelimits.h"
#include "analysis/lexicon.h"
#include "analysis/quoteextractor.h"
#include "analysis/rolekind.h"

#include <algorithm>

namespace Attache::Analysis::Engine {

namespace {

using L = Lexicon;
namespace C = Confidence;

} // namespace

bool Ranking::attributeSpan(int s, int lo, int hi)
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
                 textOf(span.labelFirst, span.firstInner - 1), span.open);
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
        if (has(k, L::Cue | L::FragmentCue) && (!m_tok[k].cap || opensSentence(k))) {
            int subjectStart = k;
            ref = subjectBefore(k, lo, &subjectStart);
            // "said Kremlin spokesman Dmitry Peskov" is inverted; "suggested that Lind "…"" reports Lind.
            if (!ref && has(k, L::Cue) && !is(k + 1, QLatin1StringView("that"))) {
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
    // ""…" ― Ana Ruiz", ""…" — Tom Berg, teacher": a dash after the closing mark credits the quote to the name
    // that follows it when nothing but the end of the sentence or a comma comes after the name.
    if (!ref && close >= 0 && (isPunct(close + 1, u'\u2015') || isPunct(close + 1, u'\u2014'))) {
        const int first = close + 2;
        int end = first;
        while (end < m_tok.size() && end - first < kNameWordsMax && m_tok[end].para == m_tok[close].para
               && (isNameWord(end) || (has(end, L::Particle) && end > first))) {
            ++end;
        }
        const bool nameEnds = end >= m_tok.size() || m_tok[end].para != m_tok[close].para
            || m_tok[end].type == TokType::Mark || isPunct(end, u'.') || isPunct(end, u',');
        if (end - first >= 2 && nameEnds) {
            if (const int e = personFromRun(first, end - 1); e >= 0) {
                ref = {RefType::Person, e, C::kDashCredit};
                cue = view(close + 1).toString();
                cueTok = close + 1;
                fromCue = true;
            }
        }
    }
    // "Ulyanov, Russia's envoy, struck a hopeful note: "…"": a colon after a clause whose subject is a person.
    if (!ref && isPunct(open - 1, u':')) {
        const int sentenceStart = m_sentenceStart[m_tok[open].sentence];
        if (const Mention *subject = sentenceSubject(std::max(sentenceStart, lo), open)) {
            ref = {RefType::Person, subject->entity, C::kColonIntroduction};
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
    // "Lind later said he was being "sarcastic"": a short fragment in a sentence about a person is theirs,
    // unless it names or titles something.
    const Mention *subject = isShort && !ref && !titleCase && !named
        ? sentenceSubject(m_sentenceStart[m_tok[open].sentence], open)
        : nullptr;
    if (!leading && span.chainPrev < 0 && !subject
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
    if (!ref && subject) {
        ref = {m_entities[subject->entity].type, subject->entity, C::kSentenceSubjectGuess};
    }
    if (!ref && isShort) {
        return false;
    }
    addQuote(span.innerStart, span.innerEnd, kind, ref, cue, open);
    return true;
}

void Ranking::attribute()
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

Ref Ranking::speakerOfSentenceBefore(int open)
{
    // "Axelrod said on Monday. "This is core…"": a quote that opens its sentence, right after a sentence
    // of the same paragraph that ends in an attribution.
    const int sentence = m_tok[open].sentence;
    if (m_sentenceStart[sentence] != open || sentence == 0) {
        return {};
    }
    const int first = m_sentenceStart[sentence - 1];
    if (m_tok[first].para != m_tok[open].para) {
        return {};
    }
    for (int k = open - 1; k >= first && open - k <= kTrailingWordsMax + 1; --k) {
        if (!has(k, L::Cue) || m_tok[k].cap || m_tok[k].span >= 0) {
            continue;
        }
        int subjectStart = k;
        if (const Ref ref = subjectBefore(k, first, &subjectStart)) {
            return ref;
        }
        int cueToken = -1;
        return subjectAfter(k, open, &cueToken);
    }
    return {};
}

void Ranking::guessSpeakers()
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
        if (const Ref said = speakerOfSentenceBefore(open); said) {
            m_quoteEntity[q] = said.entity;
            m_result.quotes[q].confidence = C::kSentenceBeforeGuess;
        } else if (const Mention *subject = sentenceSubject(m_sentenceStart[m_tok[open].sentence], open)) {
            m_quoteEntity[q] = subject->entity;
            m_result.quotes[q].confidence = C::kSentenceSubjectGuess;
        }
    }
    for (Quote &quote : m_result.quotes) {
        quote.needsReview = quote.confidence < QuoteExtractor::kReviewThreshold;
    }
}

AnalysisResult Ranking::run()
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

} // namespace Attache::Analysis::Engine
