// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotespans.h"

namespace Attache::Analysis::Engine {

int QuoteSpans::transcriptLabel(int first, int end, QString *name) const
{
    static const QStringList notSpeakers = QStringLiteral("UPDATE BREAKING NOTE CORRECTION WATCH READ MORE RELATED "
                                                          "PHOTO VIDEO EDITOR'S EDITOR NEWS ALSO SOURCE SOURCES")
                                               .split(u' ');
    int k = first;
    while (k < end && k - first < 4 && word(k) && (m_tok[k].allCaps || m_tok[k].initial)) {
        ++k;
    }
    if (k == first || k + 1 >= end || !isPunct(k, u':') || (k - first == 1 && view(first).size() < 3)) {
        return -1;
    }
    QStringList parts;
    for (int w = first; w < k; ++w) {
        const QString raw = view(w).toString();
        if (notSpeakers.contains(raw)) {
            return -1;
        }
        parts.append(raw.left(1) + raw.mid(1).toLower());
    }
    *name = parts.join(u' ');
    return k;
}

void QuoteSpans::findTranscripts()
{
    for (int p = 0; p + 1 < m_paraStart.size(); ++p) {
        const int first = m_paraStart[p];
        const int end = m_paraStart[p + 1];
        QString name;
        const int k = transcriptLabel(first, end, &name);
        if (k < 0) {
            continue;
        }
        Span s;
        s.transcript = true;
        s.transcriptName = name;
        s.labelFirst = first;
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

void QuoteSpans::pairQuotes()
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
            // ""PENCE: Well, …"": a transcript line printed inside quotation marks.
            if (const int colon = transcriptLabel(s.firstInner, s.lastInner + 1, &s.transcriptName); colon >= 0) {
                s.transcript = true;
                s.labelFirst = s.firstInner;
                s.firstInner = colon + 1;
                s.innerStart = m_tok[colon + 1].start;
            }
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
        if (span.transcript && m_tok[span.open].type != TokType::Mark) {
            continue;
        }
        const int last = span.close >= 0 ? span.close : span.lastInner;
        for (int w = span.open; w <= last; ++w) {
            m_tok[w].span = s;
        }
    }
}

} // namespace Attache::Analysis::Engine
