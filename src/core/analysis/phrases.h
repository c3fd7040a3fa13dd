// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/quotespans.h"

namespace Attache::Analysis::Engine {

/** Known only from the text itself: an honorific or a pronoun that referred to the person. */
enum class Gender { Unknown, Male, Female };

/**
 * The grammar the later stages share, read-only: names, noun phrases, roles and appositives, verbs,
 * asides and datelines. Every question looks at a bounded window of tokens.
 */
class Phrases : public QuoteSpans
{
public:
    using QuoteSpans::QuoteSpans;

protected:
    bool isNameWord(int i) const;
    bool nationalityAsSurname(int i) const;
    bool namesOrganization(int i) const;
    bool endsIntroduction(int comma) const;
    bool namesMedia(int first, int end) const;
    bool accordingToSource(int according, int hi, int *npStart, int *npEnd) const;
    bool isNpWord(int i) const;
    bool isRoleQualifier(int i) const;
    QString roleText(int first, int last) const;
    int roleStartBefore(int runStart) const;
    int roleScopeBefore(int runStart) const;
    int appositiveEnd(int comma) const;
    int npBackward(int end, int lo) const;
    int npForward(int start, int hi) const;
    Gender pronounGender(int i) const;
    /** The token after the run of name words starting at \a first (at most kNameWordsMax, before \a hi). */
    int nameRunEnd(int first, int hi) const;
    /** "boldly", "quickly": an adverb that may stand between a speaker and the speech verb. */
    bool isMannerAdverb(int i) const;
    bool isFiniteVerb(int k) const;
    bool hasFiniteVerb(int first, int last) const;
    int skipAsideForward(int k) const;
    int skipAsideBackward(int end, int lo) const;
    int afterDateline(int first, int end) const;
};

} // namespace Attache::Analysis::Engine
