// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpostgres.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Attache::Test {

namespace {

constexpr auto kEnvironment = "ATTACHE_TEST_PG";

QString nextName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("attache_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

} // namespace

QString PostgresDatabase::unavailableReason()
{
    if (qEnvironmentVariableIsEmpty(kEnvironment)) {
        return QStringLiteral("no PostgreSQL server for the tests: ATTACHE_TEST_PG is not set (scripts/test starts "
                              "one where PostgreSQL's server is installed)");
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian's libqt6sql6-psql) is not installed");
    }
    return {};
}

PostgresDatabase::PostgresDatabase()
    : m_name(nextName())
{
    // Names made here from a counter, never from input, so they can stand in the statement.
    if (administer(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
        m_location = Db::ServerLocation::parse(qEnvironmentVariable(kEnvironment), &m_error);
        if (m_location) {
            m_location->database = m_name;
        }
    }
}

PostgresDatabase::~PostgresDatabase()
{
    if (m_location) {
        administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
}

bool PostgresDatabase::administer(const QString &statement)
{
    const std::optional<Db::ServerLocation> admin
        = Db::ServerLocation::parse(qEnvironmentVariable(kEnvironment), &m_error);
    if (!admin) {
        return false;
    }
    const QString connection = m_name + QStringLiteral("_admin");
    if (!admin->connect(connection, &m_error)) {
        return false;
    }
    bool ok = false;
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        ok = query.exec(statement);
        if (!ok) {
            m_error = query.lastError().text();
        }
    }
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace Attache::Test
