// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Attache::Db {

class Dialect;

/** One numbered schema step, as shipped in resources/sql/NNNN_name.sql. */
struct Migration
{
    int version = 0;
    QString name;
    QString script;
};

/**
 * Brings a project's schema up to date. The schema version lives where db's Dialect keeps it
 * (PRAGMA user_version in a file); every pending step and the new version are written in one
 * transaction, so a failure changes nothing.
 */
class Migrator
{
public:
    /** The migrations of a project file compiled into the library, in version order. */
    static const QList<Migration> &bundled();
    /** The same numbered migrations, written for dialect's database. */
    static const QList<Migration> &bundled(const Dialect &dialect);
    /** The schema version this build writes: the highest bundled migration. */
    static int latestVersion();

    /**
     * Applies every migration above the database's schema version, in order, then sets the version
     * to the last one applied, all in one transaction. Returns false and sets error on any failure,
     * with the database as it was.
     */
    static bool migrate(const QSqlDatabase &db, const QList<Migration> &migrations, QString *error);
};

} // namespace Attache::Db
