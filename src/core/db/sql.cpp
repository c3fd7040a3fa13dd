// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include <QSqlError>

namespace Attache::Db {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, sql, values, error)) {
        return {};
    }
    if (!query.next()) {
        if (error) {
            *error = QStringLiteral("the statement returned no row");
        }
        return {};
    }
    return query.value(0);
}

QString sqliteLibraryVersion()
{
    const QString name = QStringLiteral("attache-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            version = scalar(db, QStringLiteral("SELECT sqlite_version()")).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace Attache::Db
