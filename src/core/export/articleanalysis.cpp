// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleanalysis.h"

#include "analysis/peopleregister.h"
#include "analysis/quoteextractor.h"
#include "article.h"
#include "project.h"

namespace Attache::Export {

Analysis::AnalysisResult ArticleAnalysis::of(const Project &project, const Article &article)
{
    const Analysis::PeopleRegister registry(project.database());
    return registry.hasAnalysis(article.id) ? registry.storedAnalysis(article.id)
                                            : Analysis::QuoteExtractor::analyze(article.cleanText);
}

} // namespace Attache::Export
