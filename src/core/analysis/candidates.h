// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mentions.h"

namespace Attache::Analysis::Engine {

struct Ref
{
    RefType type = RefType::None;
    int entity = -1;
    double confidence = 0.0;
    explicit operator bool() const { return entity >= 0; }
};

/**
 * Stage 4, candidate speakers: who a noun phrase, a pronoun or a description next to a speech verb
 * refers to, given what the text has said and attributed so far, with the confidence of that evidence.
 */
class Candidates : public Mentions
{
public:
    using Mentions::Mentions;

protected:
    Ref resolveNp(int first, int last, int pos);
    Ref resolvePronoun(int pos, Gender gender);
    Ref resolveDescription(int first, int last, int pos);
    Ref subjectBefore(int verb, int lo, int *subjectStart);
    Ref subjectAfter(int start, int hi, int *cueToken);
    Ref unnamedGroupBefore(int end, int lo, int *subjectStart);
    void addQuote(qsizetype start, qsizetype end, QuoteKind kind, const Ref &ref, const QString &cue, int token);

    AnalysisResult m_result;
    QList<int> m_quoteEntity; // entity of each result quote
    QList<int> m_quotePara; // paragraph of each result quote
    QList<int> m_quoteToken; // opening token of each result quote
    int m_lastSpeaker = -1;
    int m_lastSpeakerPos = -1;
    int m_lastPersonSpeaker = -1;
    int m_lastPersonSpeakerPos = -1;
    QList<int> m_speakerHistory; // entities in the order they were attributed
};

} // namespace Attache::Analysis::Engine
