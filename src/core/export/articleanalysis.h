// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Attache {
struct Article;
}

namespace Attache::Export {

/**
 * Where reports get an article's speakers and quotes. Quotes are not stored in a project yet, so
 * this runs the engine on the cleaned text; once a register is stored, only this seam changes.
 * Thread-safe; no I/O.
 */
class ArticleAnalysis
{
public:
    static Analysis::AnalysisResult of(const Article &article);
};

} // namespace Attache::Export
