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

    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
};

} // namespace Attache
