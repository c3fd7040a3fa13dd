// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QStringView>

namespace Attache::Analysis {

/**
 * Finds who said what in an article's reading text: direct, partial, transcript and indirect
 * statements, their speakers (people, institutions, unnamed sources) with role and kind, and the
 * cue and confidence of every attribution.
 *
 * Paragraphs are separated by line breaks. The analysis is one tokenising pass followed by passes
 * over the tokens that only look back or ahead within bounded windows (enginelimits.h), so its cost is
 * linear in the length of the text whatever the input (no full stops, thousands of stray quote marks...).
 * Its stages, one file each: tokens, quote spans, phrases (the grammar they share), mentions and
 * entities, candidate speakers, reported speech, ranking; confidence.h says how sure each evidence is.
 * A pure function: no I/O, no shared mutable state, safe to call from several threads at once.
 */
class QuoteExtractor
{
public:
    /** Confidence below which an attribution is flagged for review. */
    static constexpr double kReviewThreshold = 0.6;

    /** Analyses text; offsets in the result are UTF-16 indexes into text. */
    static AnalysisResult analyze(QStringView text);
};

} // namespace Attache::Analysis
