// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/report.h"

#include <optional>

namespace Attache {
class Project;
}

namespace Attache::Export {

/**
 * Collects a report from a project: the selected articles, their speakers and quotes (through
 * PeopleStore::analysisOf), annotations with their passages, and the tags in use. Runs on the project's
 * thread; the project is only read.
 */
class ReportBuilder
{
public:
    /**
     * The report of selection. Returns nullopt and sets error when an article id or a tag name does
     * not exist in the project; a selection that matches nothing gives an empty report.
     */
    static std::optional<Report> build(const Project &project, const ReportSelection &selection,
                                       const ReportOptions &options, QString *error);

    /** Some words of text on each side of [start, end), cut at word boundaries, at most about length units. */
    static std::pair<QString, QString> context(const QString &text, qsizetype start, qsizetype end,
                                               qsizetype length = 80);
};

} // namespace Attache::Export
