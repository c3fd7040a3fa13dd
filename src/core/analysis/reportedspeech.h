// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidates.h"

namespace Attache::Analysis::Engine {

/**
 * Stage 5, reported speech: statements without quote marks ("X said the talks would fail",
 * "according to X", "…, X said"), kept only with a clause and a speaker.
 */
class ReportedSpeech : public Candidates
{
public:
    using Candidates::Candidates;

protected:
    void tryIndirect(int first, int last);
    bool tryAccordingTo(int first, int last);
    void tryTrailingAttribution(int first, int last);
    bool takesObject(int cue) const;
    bool verbBeforePhrase(int first, int last) const;
    bool endsAttribution(int cue) const;
};

} // namespace Attache::Analysis::Engine
