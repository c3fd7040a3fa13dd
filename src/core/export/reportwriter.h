// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Attache::Export {

struct Report;
struct ReportOptions;

/** The formats a report can be written in. */
enum class ReportFormat { Html, Pdf, Markdown, Odt, Csv, Json, W3c, Qdpx };

/** Writes a report in any format, and names the formats for the CLI and file dialogs. */
class ReportWriter
{
public:
    static QList<ReportFormat> formats();
    /** "html", "pdf", "md", "odt", "csv", "json", "w3c", "qdpx". */
    static QString name(ReportFormat format);
    static std::optional<ReportFormat> fromName(const QString &name);
    /** The usual file suffix without the dot ("jsonld" for W3C). */
    static QString suffix(ReportFormat format);
    /** A human-readable name for file dialogs ("PDF document"). */
    static QString description(ReportFormat format);
    /** Whether the format needs a QGuiApplication (PDF and ODT lay out text). */
    static bool needsGui(ReportFormat format);

    /** The report as file contents; an empty array with error set on failure. */
    static QByteArray write(const Report &report, const ReportOptions &options, ReportFormat format, QString *error);
};

} // namespace Attache::Export
