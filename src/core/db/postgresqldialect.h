// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace Attache::Db {

/**
 * A project on a PostgreSQL server: the schema version in the one-row table attache_project (with
 * the application id a file keeps in its header), migrations from resources/sql/postgresql/.
 */
class PostgresqlDialect final : public Dialect
{
public:
    PostgresqlDialect() = default;

    QString name() const override;
    QString migrationFolder() const override;
    bool schemaVersion(const QSqlDatabase &db, int *version, QString *error) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const override;
    bool execScript(const QSqlDatabase &db, const QString &script, QString *error) const override;
};

} // namespace Attache::Db
