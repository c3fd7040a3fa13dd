// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqldialect.h"

#include "../project.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <libpq-fe.h>

namespace Attache::Db {

QString PostgresqlDialect::name() const
{
    return QStringLiteral("PostgreSQL");
}

QString PostgresqlDialect::migrationFolder() const
{
    return QStringLiteral(":/sql/postgresql");
}

bool PostgresqlDialect::schemaVersion(const QSqlDatabase &db, int *version, QString *error) const
{
    *version = 0;
    const QVariant table = scalar(db, QStringLiteral("SELECT to_regclass('attache_project') IS NOT NULL"), {}, error);
    if (!table.isValid()) {
        return false;
    }
    if (!table.toBool()) {
        return true;
    }
    const QVariant value
        = scalar(db, QStringLiteral("SELECT coalesce(max(schema_version), 0) FROM attache_project"), {}, error);
    *version = value.toInt();
    return value.isValid();
}

bool PostgresqlDialect::setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const
{
    QSqlQuery query(db);
    return execScript(db,
                      QStringLiteral("CREATE TABLE IF NOT EXISTS attache_project (application_id BIGINT NOT NULL, "
                                     "schema_version INTEGER NOT NULL); DELETE FROM attache_project"),
                      error)
        && exec(query, QStringLiteral("INSERT INTO attache_project (application_id, schema_version) VALUES (?, ?)"),
                {qint64(Project::kApplicationId), version}, error);
}

bool PostgresqlDialect::execScript(const QSqlDatabase &db, const QString &script, QString *error) const
{
    // Qt's driver checks only the first statement's result; PQexec() runs them in order on the same
    // connection (inside the caller's transaction) and returns the first failure.
    // Qt's driver registers the handle under libpq's struct name, pg_conn, that PGconn names.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    PGconn *connection = handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0
        ? *static_cast<PGconn *const *>(handle.constData())
        : nullptr;
    if (!connection) {
        *error
            = QCoreApplication::translate("Attache::Db::PostgresqlDialect", "the connection is not a PostgreSQL one");
        return false;
    }
    PGresult *result = PQexec(connection, script.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    if (!ok) {
        const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        *error = QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).simplified();
    }
    PQclear(result);
    return ok;
}

} // namespace Attache::Db
