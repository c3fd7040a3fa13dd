// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtTypes>

namespace Attache {

/**
 * The fields of a SQLite file header that say whether a file is an Attaché project. They are read
 * with plain file I/O, never through SQLite, so that looking at a file can never change it.
 */
class ProjectHeader
{
public:
    enum class Kind { Missing, Unreadable, Empty, NotSqlite, Sqlite };

    static ProjectHeader read(const QString &path);

    /**
     * Whether the file is shorter than the pages its header counts: a copy or a download cut short.
     * Checked without reading the pages, so it costs nothing on a large project.
     */
    bool isTruncated() const;

    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    qint64 fileSize = 0;
    /** In bytes; 0 when the header gives none. */
    quint32 pageSize = 0;
    /** The header's page count; 0 when SQLite would not trust it either (written by an old tool). */
    quint32 pageCount = 0;
};

} // namespace Attache
