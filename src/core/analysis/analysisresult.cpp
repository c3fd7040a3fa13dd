// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisresult.h"

namespace Attache::Analysis {

QString AnalysisResult::kindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct:
        return QStringLiteral("direct");
    case QuoteKind::Partial:
        return QStringLiteral("partial");
    case QuoteKind::Transcript:
        return QStringLiteral("transcript");
    case QuoteKind::Indirect:
        return QStringLiteral("indirect");
    }
    return {};
}

QString AnalysisResult::kindName(SpeakerKind kind)
{
    switch (kind) {
    case SpeakerKind::Official:
        return QStringLiteral("official");
    case SpeakerKind::Expert:
        return QStringLiteral("expert");
    case SpeakerKind::Journalist:
        return QStringLiteral("journalist");
    case SpeakerKind::Organization:
        return QStringLiteral("organization");
    case SpeakerKind::Unnamed:
        return QStringLiteral("unnamed");
    case SpeakerKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace Attache::Analysis
