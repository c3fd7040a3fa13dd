// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Attache::Export {

struct Report;
struct ReportOptions;

/**
 * Writes a report as CommonMark (with GitHub tables). Every project string has its Markdown and
 * HTML syntax backslash-escaped, so a note is always shown as the text that was typed; only
 * http(s) links are made. The chart becomes a table with text bars.
 */
class MarkdownReportWriter
{
public:
    static QString write(const Report &report, const ReportOptions &options);
    /** text with every character that Markdown or inline HTML could interpret escaped, on one line. */
    static QString escaped(const QString &text);
};

} // namespace Attache::Export
