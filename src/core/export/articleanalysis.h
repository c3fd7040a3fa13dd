// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Attache {
struct Article;
class Project;
} // namespace Attache

namespace Attache::Export {

/**
 * Where reports get an article's speakers and quotes: the project's people register, with the
 * user's corrections applied; an article never analysed is analysed on the spot (not stored).
 * Runs on the project's thread.
 */
class ArticleAnalysis
{
public:
    static Analysis::AnalysisResult of(const Project &project, const Article &article);
};

} // namespace Attache::Export
