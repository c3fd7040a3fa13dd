// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Attache::Export {

struct Report;

/**
 * Writes a report's quotes and annotations as one CSV table (RFC 4180, CRLF line ends), one row per
 * item, UTF-8 with a byte-order mark so that spreadsheet programs pick the right encoding.
 *
 * Columns, in this order (stable; new ones are only ever appended):
 * `type` ("quote" or "annotation"), `id` (annotation id; empty for quotes), `article_id`,
 * `article_title`, `outlet`, `published` (YYYY-MM-DD), `start`, `end` (Unicode code points into the
 * article's cleaned text, end exclusive; empty for a note on a whole article), `text` (the quote or
 * the marked passage), `speaker`, `speaker_kind`, `speaker_role`, `quote_kind`, `cue`, `confidence`
 * (0–1), `note`, `tags` (tag paths joined by "; "), `color`, `created`, `modified` (ISO 8601 UTC).
 *
 * A text cell starting with = + - @ tab or carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text and never evaluates it as a formula.
 */
class CsvReportWriter
{
public:
    static QByteArray write(const Report &report);
    static QStringList columns();
    /** value quoted for a CSV cell, defused against formula injection. */
    static QString cell(const QString &value);
};

} // namespace Attache::Export
