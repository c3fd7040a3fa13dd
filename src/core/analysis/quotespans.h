// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/tokens.h"

namespace Attache::Analysis::Engine {

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
    int labelFirst = -1; // a transcript's label ("PESKOV:") runs from here to firstInner - 1
    int words = 0;
    bool terminal = false; // ends with any punctuation that closes a clause
    bool sentenceFinal = false; // ends with . ? ! or an ellipsis
};

/** Stage 2, quote spans: pairs the marks into quotations, multi-paragraph ones and transcript lines included. */
class QuoteSpans : public Tokens
{
public:
    using Tokens::Tokens;

    void findTranscripts();
    void pairQuotes();

protected:
    /** The colon ending a transcript label ("PESKOV:", "MR. LAVROV:") that opens tokens [first, end), or -1;
     *  \a name receives the label in title case. */
    int transcriptLabel(int first, int end, QString *name) const;

    QList<Span> m_spans;
};

} // namespace Attache::Analysis::Engine
