// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"
#include "sizelimits.h"

#include <QByteArray>
#include <QString>

namespace Attache::Import {

/**
 * Imports a PDF article with poppler-qt6. Words are regrouped into lines and paragraphs by their
 * positions; hard-wrapped lines are rejoined and words hyphenated at a line end are mended. Lines
 * repeated at the top or bottom of most pages (running headers, footers, page numbers) are
 * excluded as "header/footer". Title and author come from the document information when set.
 * Encrypted, damaged and image-only PDFs are refused with a clear reason. Stateless; poppler's
 * own diagnostics are silenced so that they never reach a CLI's stderr.
 */
class PdfImporter
{
public:
    static constexpr int kMaxPages = Limits::kMaxPdfPages;

    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName);
};

} // namespace Attache::Import
