// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Attache::Db {

/**
 * What differs between the databases a project can live in: a SQLite file or a PostgreSQL server.
 * Every such difference (where the schema version is kept, how a migration script runs, which
 * migrations apply) is answered here, once per dialect, so that the code above asks instead of
 * testing which database it has. The instances are stateless singletons, usable from any thread.
 */
class Dialect
{
public:
    virtual ~Dialect() = default;

    static const Dialect &sqlite();
    static const Dialect &postgresql();
    /** The dialect of db's driver (QSQLITE or QPSQL); nullptr for any other driver. */
    static const Dialect *of(const QSqlDatabase &db);

    /** "SQLite" or "PostgreSQL", for messages. */
    virtual QString name() const = 0;
    /** The resource folder holding this dialect's numbered migrations (NNNN_name.sql). */
    virtual QString migrationFolder() const = 0;
    /** Reads the schema version of db; 0 for a database no migration has touched. */
    virtual bool schemaVersion(const QSqlDatabase &db, int *version, QString *error) const = 0;
    /** Records version as db's schema version, inside the caller's transaction. */
    virtual bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const = 0;
    /**
     * Runs a whole migration script with the database's own parser (statements, trigger and
     * function bodies, comments), stopping at the first failure with error set to its message.
     */
    virtual bool execScript(const QSqlDatabase &db, const QString &script, QString *error) const = 0;

protected:
    Dialect() = default;
    Q_DISABLE_COPY_MOVE(Dialect)
};

} // namespace Attache::Db
