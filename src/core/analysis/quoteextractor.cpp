// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quoteextractor.h"

#include "analysis/ranking.h"

namespace Attache::Analysis {

AnalysisResult QuoteExtractor::analyze(QStringView text)
{
    return Engine::Ranking(text).run();
}

} // namespace Attache::Analysis
