// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"
#include "sizelimits.h"

#include <QByteArray>
#include <QString>

namespace Attache::Import {

/**
 * Imports a saved web page. Parses with gumbo (nothing is fetched), finds the main content by
 * readability-style scoring, and reads the metadata from `<title>`, OpenGraph and `article:*`
 * meta tags, JSON-LD (NewsArticle and kin), `<html lang>` and `<link rel=canonical>`. rawText is
 * all of the page's visible text; everything outside the article (menus, footers, related links,
 * captions, promotions) is an excluded range with its reason. Pages nested deeper than
 * kMaxDepth or with more than kMaxElements elements are refused before they are parsed, so that a
 * hostile page cannot exhaust the stack. Stateless and thread-safe.
 */
class HtmlImporter
{
public:
    static constexpr int kMaxDepth = Limits::kMaxHtmlDepth;
    static constexpr int kMaxElements = Limits::kMaxHtmlElements;
    /** Attribute values longer than this (inline images, mostly) are never read. */
    static constexpr qsizetype kMaxAttributeSize = Limits::kMaxAttributeSize;

    /** Imports an HTML document; sourceName (a path or URL) becomes the article's sourcePath. */
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName);
};

} // namespace Attache::Import
