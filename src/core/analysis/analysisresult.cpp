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

} // namespace Attache::Analysis
