// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldictionary.h"

#include "clock.h"
#include "db/sql.h"

#include <QSqlDatabase>

namespace Attache {

PersonalDictionary::PersonalDictionary(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

QStringList PersonalDictionary::words() const
{
    QStringList result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (Db::exec(query, QStringLiteral("SELECT word FROM dictionary_words ORDER BY word"))) {
        while (query.next()) {
            result.append(query.value(0).toString());
        }
    }
    return result;
}

bool PersonalDictionary::add(const QString &word, QString *error)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || trimmed.contains(u' ')) {
        *error = tr("only single words can be added to the dictionary");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Db::exec(query, QStringLiteral("INSERT OR IGNORE INTO dictionary_words (word, added_at) VALUES (?, ?)"),
                  {trimmed, Clock::instance().now().toString(Qt::ISODateWithMs)}, error)) {
        return false;
    }
    if (query.numRowsAffected() > 0) {
        Q_EMIT wordAdded(trimmed);
    }
    return true;
}

} // namespace Attache
