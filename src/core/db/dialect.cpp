// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include "postgresqldialect.h"
#include "sqlitedialect.h"

namespace Attache::Db {

const Dialect &Dialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const Dialect &Dialect::postgresql()
{
    static const PostgresqlDialect dialect;
    return dialect;
}

const Dialect *Dialect::of(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1StringView("QSQLITE")) {
        return &sqlite();
    }
    if (db.driverName() == QLatin1StringView("QPSQL")) {
        return &postgresql();
    }
    return nullptr;
}

} // namespace Attache::Db
