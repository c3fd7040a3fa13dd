// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/serverlocation.h"

#include <QString>

#include <optional>

namespace Attache::Test {

/**
 * A fresh, empty database on the test server that scripts/test starts and names in ATTACHE_TEST_PG
 * (a superuser location); dropped, with any connection left on it, when this object goes. Each
 * object has its own database, so tests running side by side never see each other's rows.
 */
class PostgresDatabase
{
public:
    PostgresDatabase();
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    /** Why the tests have no server ("" when they have one), for QSKIP. */
    static QString unavailableReason();

    bool isValid() const { return m_location.has_value(); }
    /** Why the database could not be made; empty when isValid(). */
    QString errorString() const { return m_error; }
    /** The fresh database; only when isValid(). */
    Db::ServerLocation location() const { return *m_location; }

private:
    /** Runs one statement as the superuser on the server's maintenance database. */
    bool administer(const QString &statement);

    QString m_name;
    QString m_error;
    std::optional<Db::ServerLocation> m_location;
};

} // namespace Attache::Test

/** Skips the current test, saying why, when there is no PostgreSQL server for the tests. */
#define ATTACHE_SKIP_WITHOUT_POSTGRES()                                                                                \
    do {                                                                                                               \
        if (const QString reason = Attache::Test::PostgresDatabase::unavailableReason(); !reason.isEmpty()) {          \
            QSKIP(qPrintable(reason));                                                                                 \
        }                                                                                                              \
    } while (false)
