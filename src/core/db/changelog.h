// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Attache::Db {

/**
 * The project's append-only record of what changed. Callers append inside the transaction that
 * makes the change, so the log and the data never disagree.
 */
class ChangeLog
{
public:
    static bool append(const QSqlDatabase &db, const QString &entity, qint64 entityId, const QString &action,
                       const QString &detail, QString *error);
};

} // namespace Attache::Db
