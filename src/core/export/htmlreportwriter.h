// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Attache::Export {

struct Report;
struct ReportOptions;

/**
 * Writes a report as one self-contained HTML page: styles inline, the chart as inline SVG, no
 * scripts and nothing loaded from elsewhere. Every project string is escaped; only http(s) links.
 */
class HtmlReportWriter
{
public:
    /** Who reads the HTML: a browser, or QTextDocument (which gets the chart as an image resource). */
    enum class Target { Browser, TextDocument };
    /** The resource name QTextDocument must be given the chart image under (Target::TextDocument). */
    static constexpr QLatin1StringView kChartResource {"attache-chart:quotes.png"};

    static QString write(const Report &report, const ReportOptions &options, Target target = Target::Browser);
    /** text escaped for HTML text and attribute values (quotes included). */
    static QString escaped(const QString &text);
    /** url when it is an absolute http or https URL, otherwise empty: nothing else is ever linked. */
    static QString safeLink(const QString &url);
};

} // namespace Attache::Export
