// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaguard.h"

#include "migrator.h"
#include "sql.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>

#include <algorithm>

#include <sqlite3.h>

namespace Attache::Db {

namespace {

/** One row of sqlite_schema; sql is null for SQLite's own automatic indexes. */
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;

    bool operator==(const SchemaObject &) const = default;
};

size_t qHash(const SchemaObject &object, size_t seed = 0)
{
    return qHashMulti(seed, object.type, object.name, object.table, object.sql);
}

bool readSchema(const QSqlDatabase &db, QSet<SchemaObject> *objects, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"), {}, error)) {
        return false;
    }
    while (query.next()) {
        objects->insert({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString()});
    }
    return true;
}

/** What the migrations up to version create, plus the statistics tables ANALYZE (or PRAGMA optimize) adds. */
bool buildReferenceSchema(int version, QSet<SchemaObject> *objects, QString *error)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("attache-schema-reference-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QList<Migration> migrations;
        for (const Migration &migration : Migrator::bundled()) {
            if (migration.version <= version) {
                migrations.append(migration);
            }
        }
        QSqlQuery query(db);
        ok = db.open() && Migrator::migrate(db, migrations, error) && exec(query, QStringLiteral("ANALYZE"), {}, error)
            && readSchema(db, objects, error);
        if (!db.isOpen()) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/**
 * buildReferenceSchema(), made once per version and process: the bundled migrations never change
 * while it runs, and building the schema in memory took most of the time of opening a small project.
 */
bool referenceSchema(int version, QSet<SchemaObject> *objects, QString *error)
{
    static QMutex mutex;
    static QHash<int, QSet<SchemaObject>> built;
    // Every version below the first or above the last gives one of these schemas: the cache stays small.
    version = std::clamp(version, 0, Migrator::latestVersion());
    const QMutexLocker locker(&mutex);
    if (const auto it = built.constFind(version); it != built.cend()) {
        *objects = *it;
        return true;
    }
    if (!buildReferenceSchema(version, objects, error)) {
        return false;
    }
    built.insert(version, *objects);
    return true;
}

QString describeObject(const SchemaObject &object)
{
    return QStringLiteral("%1 %2").arg(object.type, object.name);
}

} // namespace

bool SchemaGuard::harden(const QSqlDatabase &db, QString *error)
{
    sqlite3 *connection = nativeHandle(db);
    if (!connection) {
        *error = QStringLiteral("the database driver is not SQLite");
        return false;
    }
    if (sqlite3_db_config(connection, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) != SQLITE_OK
        || sqlite3_db_config(connection, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("SQLite refused its defensive settings");
        return false;
    }
    QSqlQuery query(db);
    return exec(query, QStringLiteral("PRAGMA cell_size_check = ON"), {}, error);
}

bool SchemaGuard::verify(const QSqlDatabase &db, int version, QString *problem)
{
    QSet<SchemaObject> expected;
    QSet<SchemaObject> actual;
    if (!referenceSchema(version, &expected, problem) || !readSchema(db, &actual, problem)) {
        return false;
    }
    // Sorted so that the message names the same object every time.
    QList<SchemaObject> unknown;
    for (const SchemaObject &object : std::as_const(actual)) {
        if (!expected.contains(object)) {
            unknown.append(object);
        }
    }
    if (unknown.isEmpty()) {
        return true;
    }
    std::sort(unknown.begin(), unknown.end(),
              [](const SchemaObject &a, const SchemaObject &b) { return a.name < b.name; });
    const SchemaObject &first = unknown.constFirst();
    const bool altered = std::any_of(expected.cbegin(), expected.cend(),
                                     [&first](const SchemaObject &object) { return object.name == first.name; });
    *problem = altered ? QStringLiteral("%1 differs from the one Attaché creates").arg(describeObject(first))
                       : QStringLiteral("%1 was not created by Attaché").arg(describeObject(first));
    return false;
}

} // namespace Attache::Db
