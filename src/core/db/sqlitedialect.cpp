// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedialect.h"

#include "sql.h"

#include <sqlite3.h>

namespace Attache::Db {

QString SqliteDialect::name() const
{
    return QStringLiteral("SQLite");
}

QString SqliteDialect::migrationFolder() const
{
    return QStringLiteral(":/sql");
}

bool SqliteDialect::schemaVersion(const QSqlDatabase &db, int *version, QString *error) const
{
    const QVariant value = scalar(db, QStringLiteral("PRAGMA user_version"), {}, error);
    *version = value.toInt();
    return value.isValid();
}

bool SqliteDialect::setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const
{
    // PRAGMA takes no bound parameters; version is an integer we computed, not user input.
    QSqlQuery query(db);
    return exec(query, QStringLiteral("PRAGMA user_version = %1").arg(version), {}, error);
}

bool SqliteDialect::execScript(const QSqlDatabase &db, const QString &script, QString *error) const
{
    // SQLite parses the script statement by statement itself, so comments, semicolons inside
    // strings and trigger bodies need no splitting of ours.
    sqlite3 *connection = nativeHandle(db);
    if (!connection) {
        *error = QString::fromUtf8(sqlite3_errstr(SQLITE_MISUSE));
        return false;
    }
    char *sqliteMessage = nullptr;
    const int status = sqlite3_exec(connection, script.toUtf8().constData(), nullptr, nullptr, &sqliteMessage);
    if (status != SQLITE_OK) {
        *error = QString::fromUtf8(sqliteMessage ? sqliteMessage : sqlite3_errstr(status));
    }
    sqlite3_free(sqliteMessage);
    return status == SQLITE_OK;
}

} // namespace Attache::Db
