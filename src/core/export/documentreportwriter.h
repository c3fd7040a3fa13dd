// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace Attache::Export {

struct Report;
struct ReportOptions;

/**
 * Writes a report through QTextDocument: PDF (QPdfWriter, real text, page numbers, A4 or Letter)
 * and OpenDocument text (QTextDocumentWriter "odf"). Laying out text needs a QGuiApplication
 * (the offscreen platform will do); runs on the GUI thread.
 */
class DocumentReportWriter
{
public:
    /** The report as a document, the chart as an image resource, laid out for device (the screen if null). */
    static std::unique_ptr<QTextDocument> document(const Report &report, const ReportOptions &options,
                                                   QPaintDevice *device = nullptr);
    /** Returns an empty array and sets error on failure. */
    static QByteArray pdf(const Report &report, const ReportOptions &options, QString *error);
    static QByteArray odt(const Report &report, const ReportOptions &options, QString *error);
};

} // namespace Attache::Export
