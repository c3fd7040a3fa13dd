// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QString>

namespace Attache::Test {

/** The quote whose text is text (after trimming), or nullptr. */
inline const Analysis::Quote *findQuote(const Analysis::AnalysisResult &result, const QString &text)
{
    for (const Analysis::Quote &quote : result.quotes) {
        if (quote.text.trimmed() == text.trimmed()) {
            return &quote;
        }
    }
    return nullptr;
}

/** The speaker's canonical name, or an empty string when the quote has none. */
inline QString speakerName(const Analysis::AnalysisResult &result, const Analysis::Quote &quote)
{
    return quote.speaker >= 0 ? result.speakers.at(quote.speaker).name : QString();
}

/** The speaker called name (canonical or alias), or nullptr. */
inline const Analysis::Speaker *findSpeaker(const Analysis::AnalysisResult &result, const QString &name)
{
    for (const Analysis::Speaker &speaker : result.speakers) {
        if (speaker.name == name || speaker.aliases.contains(name)) {
            return &speaker;
        }
    }
    return nullptr;
}

} // namespace Attache::Test
