// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Attache::Db {

/**
 * Defences for a project file that came from someone else. SQLite runs whatever a file's schema
 * says: a trigger fires on our writes, a view or a generated column calls functions when read. So a
 * connection is hardened before it reads anything, and a file's schema must be one our migrations
 * create before any of it is used.
 */
class SchemaGuard
{
public:
    /**
     * Sets trusted_schema=OFF (schema code may call only harmless functions), cell_size_check=ON
     * (damaged pages are noticed when read, not trusted) and SQLite's defensive mode (no
     * writable_schema, no direct writes to internal tables). Returns false with error set when the
     * connection is not SQLite or refuses a setting.
     */
    static bool harden(const QSqlDatabase &db, QString *error);

    /**
     * Checks every table, index, view and trigger in db against those the bundled migrations up to
     * version create (built afresh in memory, so new migrations need no list kept here). Returns false
     * with problem naming the first unknown or altered object. Reads only.
     */
    static bool verify(const QSqlDatabase &db, int version, QString *problem);
};

} // namespace Attache::Db
