// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/reportedspeech.h"

namespace Attache::Analysis::Engine {

/**
 * Stage 6, ranking: for each quote span, the best attribution among a cue before it, a cue after it,
 * an introducing colon, the quote it continues and, without any cue, the likeliest speaker; then the
 * result with its speakers. The confidence of each comes from the confidence stage (confidence.h).
 */
class Ranking : public ReportedSpeech
{
public:
    using ReportedSpeech::ReportedSpeech;

    /** Runs every stage in order over the text and returns what they found. */
    AnalysisResult run();

private:
    void attribute();
    bool attributeSpan(int s, int lo, int hi);
    void guessSpeakers();
    Ref speakerOfSentenceBefore(int open);

    QList<int> m_spanQuote; // result quote of each span, or -1
};

} // namespace Attache::Analysis::Engine
