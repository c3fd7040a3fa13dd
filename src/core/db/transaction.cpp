// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sql.h"

#include <QSqlError>

namespace Attache::Db {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_error = describe(m_db.lastError());
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    if (!m_db.commit()) {
        m_error = describe(m_db.lastError());
        return false;
    }
    m_active = false;
    return true;
}

} // namespace Attache::Db
