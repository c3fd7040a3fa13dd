// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Attache::Export {

struct Report;

/**
 * Writes a report as one JSON object with stable keys (new keys are only ever added):
 *
 * - `format` "attache-report", `version` 1, `title`, `project`, `generated` (ISO 8601 UTC);
 * - `articles`: `id`, `title`, `outlet`, `url`, `published` (YYYY-MM-DD or null), `authors`, `language`;
 * - `people`: `name`, `aliases`, `kind`, `role`, `quote_count`, `article_ids`;
 * - `quotes`: `article_id`, `start`, `end`, `text`, `speaker` (or null), `speaker_kind`, `kind`, `cue`,
 *   `confidence`, `needs_review`, `context_before`, `context_after`;
 * - `annotations`: `id`, `article_id`, `start`, `end` (null for a whole-article note), `exact`,
 *   `prefix`, `suffix`, `note`, `color` (or null), `tags` (paths), `created`, `modified`;
 * - `tags`: `id`, `parent_id` (or null), `name`, `path`, `color` (or null), `description`, `annotation_ids`.
 *
 * All offsets are Unicode code points into the article's cleaned text, end exclusive.
 */
class JsonReportWriter
{
public:
    static QJsonObject toJson(const Report &report);
    static QByteArray write(const Report &report);
};

} // namespace Attache::Export
