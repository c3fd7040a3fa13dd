// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Attache::Db {

/**
 * RAII write transaction: begins on construction, rolls back on destruction unless commit()
 * succeeded. Not nestable; use one per unit of work so that a failure leaves nothing half-written.
 */
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /** False when BEGIN itself failed (for instance a locked or read-only database); see errorString(). */
    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Attache::Db
