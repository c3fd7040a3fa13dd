// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

namespace Attache::Db {

namespace {

QList<Migration> loadBundled()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = fileName.match(entry);
        if (!match.hasMatch()) {
            continue;
        }
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read the bundled migration %s", qPrintable(entry));
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::ranges::sort(migrations, {}, &Migration::version);
    return migrations;
}

/**
 * Runs a whole migration script. SQLite parses it statement by statement itself, so comments,
 * semicolons inside strings and trigger bodies need no splitting of ours.
 */
bool execScript(const QSqlDatabase &db, const QString &script, QString *message)
{
    sqlite3 *connection = nativeHandle(db);
    if (!connection) {
        *message = QString::fromUtf8(sqlite3_errstr(SQLITE_MISUSE));
        return false;
    }
    char *sqliteMessage = nullptr;
    const int status = sqlite3_exec(connection, script.toUtf8().constData(), nullptr, nullptr, &sqliteMessage);
    if (status != SQLITE_OK) {
        *message = QString::fromUtf8(sqliteMessage ? sqliteMessage : sqlite3_errstr(status));
    }
    sqlite3_free(sqliteMessage);
    return status == SQLITE_OK;
}

} // namespace

const QList<Migration> &Migrator::bundled()
{
    static const QList<Migration> migrations = loadBundled();
    return migrations;
}

int Migrator::latestVersion()
{
    return bundled().isEmpty() ? 0 : bundled().constLast().version;
}

bool Migrator::migrate(const QSqlDatabase &db, const QList<Migration> &migrations, QString *error)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    const QVariant current = scalar(db, QStringLiteral("PRAGMA user_version"), {}, error);
    if (!current.isValid()) {
        return false;
    }
    int version = current.toInt();
    const int startVersion = version;
    for (const Migration &migration : migrations) {
        if (migration.version <= version) {
            continue;
        }
        if (QString message; !execScript(db, migration.script, &message)) {
            *error = QCoreApplication::translate("Attache::Db::Migrator", "migration %1 (%2) failed: %3")
                         .arg(migration.version, 4, 10, QLatin1Char('0'))
                         .arg(migration.name, message);
            return false;
        }
        version = migration.version;
    }
    // Nothing to do: end without writing, so opening an up-to-date project leaves its file as it was.
    if (version == startVersion) {
        return true;
    }
    // PRAGMA takes no bound parameters; version is an integer we computed, not user input.
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("PRAGMA user_version = %1").arg(version), {}, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace Attache::Db
