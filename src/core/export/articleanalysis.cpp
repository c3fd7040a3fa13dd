// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleanalysis.h"

#include "analysis/quoteextractor.h"
#include "article.h"

namespace Attache::Export {

Analysis::AnalysisResult ArticleAnalysis::of(const Article &article)
{
    return Analysis::QuoteExtractor::analyze(article.cleanText);
}

} // namespace Attache::Export
