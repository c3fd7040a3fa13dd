// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace Attache::Db {

namespace {
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteFull = 13;
constexpr int kPrimaryCodeMask = 0xff;
} // namespace

QString describe(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & kPrimaryCodeMask;
    // Qt's driver drops the native code of a failed COMMIT, so SQLite's fixed wording is checked too.
    const QString text = error.databaseText();
    if ((ok && code == kSqliteFull) || text.contains(u"database or disk is full")) {
        return QCoreApplication::translate("Attache::Db", "the disk is full (nothing of this change was saved)");
    }
    if ((ok && code == kSqliteReadOnly) || text.contains(u"readonly database")) {
        return QCoreApplication::translate("Attache::Db",
                                           "the project file is read-only (nothing of this change was saved)");
    }
    return error.text();
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error) {
            *error = describe(query.lastError());
        }
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        if (error) {
            *error = describe(query.lastError());
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

QString likeContaining(const QString &part)
{
    QString escaped = part;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.data());
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
