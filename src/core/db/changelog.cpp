// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include "../clock.h"
#include "sql.h"

namespace Attache::Db {

bool ChangeLog::append(const QSqlDatabase &db, const QString &entity, qint64 entityId, const QString &action,
                       const QString &detail, QString *error)
{
    QSqlQuery query(db);
    return exec(query,
                QStringLiteral("INSERT INTO change_log (at, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?)"),
                {Clock::instance().now().toString(Qt::ISODateWithMs), entity, entityId, action, detail}, error);
}

} // namespace Attache::Db
