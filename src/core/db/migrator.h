// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Attache::Db {

/** One numbered schema step, as shipped in resources/sql/NNNN_name.sql. */
struct Migration
{
    int version = 0;
    QString name;
    QString script;
};

/**
 * Brings a project's schema up to date. The schema version lives in PRAGMA user_version; every
 * pending step and the new version are written in one transaction, so a failure changes nothing.
 */
class Migrator
{
public:
    /** The migrations compiled into the library, in version order. */
    static const QList<Migration> &bundled();
    /** The schema version this build writes: the highest bundled migration. */
    static int latestVersion();

    /**
     * Applies every migration above the database's user_version, in order, then sets user_version
     * to the last one applied, all in one transaction. Returns false and sets error on any failure,
     * with the database as it was.
     */
    static bool migrate(const QSqlDatabase &db, const QList<Migration> &migrations, QString *error);
};

} // namespace Attache::Db
