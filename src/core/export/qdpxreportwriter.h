// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Attache::Export {

struct Report;

/**
 * Writes a report as a REFI-QDA project (`.qdpx`, the exchange format of QualCoder, MAXQDA, NVivo
 * and ATLAS.ti): a zip holding `project.qde` and each article's cleaned text as `sources/GUID.txt`.
 * Tags become Codes (nested as the tag tree), highlights PlainTextSelections with a Coding per tag
 * (untagged ones get the "Highlights" code), notes Notes referenced from their passage or article,
 * and people Cases pointing at the selections of their quotes. Positions are Unicode code points.
 * GUIDs are derived from ids, so exporting the same project twice gives the same GUIDs.
 */
class QdpxReportWriter
{
public:
    /** The project.qde XML alone. */
    static QByteArray projectXml(const Report &report);
    /** The whole .qdpx archive; returns an empty array and sets error on failure. */
    static QByteArray write(const Report &report, QString *error);
};

} // namespace Attache::Export
