// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "dialect.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Attache::Db {

namespace {

QList<Migration> loadBundled(const QString &folder)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(folder);
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

} // namespace

const QList<Migration> &Migrator::bundled()
{
    return bundled(Dialect::sqlite());
}

const QList<Migration> &Migrator::bundled(const Dialect &dialect)
{
    static const QList<Migration> sqlite = loadBundled(Dialect::sqlite().migrationFolder());
    static const QList<Migration> postgresql = loadBundled(Dialect::postgresql().migrationFolder());
    return &dialect == &Dialect::postgresql() ? postgresql : sqlite;
}

int Migrator::latestVersion()
{
    return bundled().isEmpty() ? 0 : bundled().constLast().version;
}

bool Migrator::migrate(const QSqlDatabase &db, const QList<Migration> &migrations, QString *error)
{
    const Dialect *dialect = Dialect::of(db);
    if (!dialect) {
        *error = QCoreApplication::translate("Attache::Db::Migrator", "a project cannot be kept in a %1 database")
                     .arg(db.driverName());
        return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    int version = 0;
    if (!dialect->schemaVersion(db, &version, error)) {
        return false;
    }
    const int startVersion = version;
    for (const Migration &migration : migrations) {
        if (migration.version <= version) {
            continue;
        }
        if (QString message; !dialect->execScript(db, migration.script, &message)) {
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
    if (!dialect->setSchemaVersion(db, version, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace Attache::Db
