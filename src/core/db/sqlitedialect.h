// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace Attache::Db {

/** A project file: the schema version in PRAGMA user_version, scripts run by sqlite3_exec(). */
class SqliteDialect final : public Dialect
{
public:
    SqliteDialect() = default;

    QString name() const override;
    QString migrationFolder() const override;
    bool schemaVersion(const QSqlDatabase &db, int *version, QString *error) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const override;
    bool execScript(const QSqlDatabase &db, const QString &script, QString *error) const override;
};

} // namespace Attache::Db
