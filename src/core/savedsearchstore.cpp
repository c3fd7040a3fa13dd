// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearchstore.h"

#include "clock.h"
#include "db/changelog.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QSqlDatabase>

namespace Attache {

namespace {

constexpr auto kSelect = "SELECT id, name, query, speaker, tag, speaker_kind, institution, outlet, date_from, date_to "
                         "FROM saved_searches ";

QString now()
{
    return Clock::instance().now().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Empty text is stored as '' (a null QString would bind as NULL).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

// The columns after name, in table order.
QVariantList searchValues(const SavedSearch &search)
{
    const SearchFilter &filter = search.filter;
    return {text(search.query),       text(filter.speaker), text(filter.tag),       text(filter.kind),
            text(filter.institution), text(filter.outlet),  dateValue(filter.from), dateValue(filter.to)};
}

bool validate(const SavedSearch &search, QString *error)
{
    if (search.name.trimmed().isEmpty()) {
        *error = SavedSearchStore::tr("a saved search needs a name");
        return false;
    }
    if (search.query.trimmed().isEmpty() && search.filter.isEmpty()) {
        *error = SavedSearchStore::tr("a saved search needs words or a filter");
        return false;
    }
    *error = search.filter.validate();
    return error->isEmpty();
}

QString duplicateMessage(const SavedSearch &search)
{
    return SavedSearchStore::tr("a saved search named %1 already exists").arg(search.name.trimmed());
}

} // namespace

SavedSearchStore::SavedSearchStore(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

qint64 SavedSearchStore::add(const SavedSearch &search, QString *error)
{
    if (!validate(search, error)) {
        return 0;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    const QString time = now();
    QVariantList values {search.id > 0 ? QVariant(search.id) : QVariant(), search.name.trimmed()};
    values << searchValues(search) << time << time;
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return 0;
    }
    if (!Db::exec(query,
                  QStringLiteral("INSERT INTO saved_searches (id, name, query, speaker, tag, speaker_kind, "
                                 "institution, outlet, date_from, date_to, created_at, modified_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  values, error)) {
        if (error->contains(QLatin1StringView("UNIQUE"))) {
            *error = duplicateMessage(search);
        }
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!Db::ChangeLog::append(db, QStringLiteral("saved_search"), id, QStringLiteral("add"), search.name.trimmed(),
                               error)) {
        return 0;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return 0;
    }
    Q_EMIT savedSearchAdded(id);
    return id;
}

bool SavedSearchStore::update(const SavedSearch &search, QString *error)
{
    if (!validate(search, error)) {
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    QVariantList values {search.name.trimmed()};
    values << searchValues(search) << now() << search.id;
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    if (!Db::exec(query,
                  QStringLiteral("UPDATE saved_searches SET name = ?, query = ?, speaker = ?, tag = ?, "
                                 "speaker_kind = ?, institution = ?, outlet = ?, date_from = ?, date_to = ?, "
                                 "modified_at = ? WHERE id = ?"),
                  values, error)) {
        if (error->contains(QLatin1StringView("UNIQUE"))) {
            *error = duplicateMessage(search);
        }
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("there is no saved search %1").arg(search.id);
        return false;
    }
    if (!Db::ChangeLog::append(db, QStringLiteral("saved_search"), search.id, QStringLiteral("update"),
                               search.name.trimmed(), error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    Q_EMIT savedSearchChanged(search.id);
    return true;
}

bool SavedSearchStore::remove(qint64 id, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    if (!Db::exec(query, QStringLiteral("DELETE FROM saved_searches WHERE id = ?"), {id}, error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("there is no saved search %1").arg(id);
        return false;
    }
    if (!Db::ChangeLog::append(db, QStringLiteral("saved_search"), id, QStringLiteral("remove"), {}, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    Q_EMIT savedSearchRemoved(id);
    return true;
}

std::optional<SavedSearch> SavedSearchStore::savedSearch(qint64 id) const
{
    const QList<SavedSearch> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<SavedSearch> SavedSearchStore::find(const QString &name) const
{
    // The column's NOCASE collation makes the comparison ignore case.
    const QList<SavedSearch> found = select(QStringLiteral("WHERE name = ?"), {name.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<SavedSearch> SavedSearchStore::savedSearches() const
{
    return select(QStringLiteral("ORDER BY name, id"), {});
}

QList<SavedSearch> SavedSearchStore::select(const QString &where, const QVariantList &values) const
{
    QList<SavedSearch> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Db::exec(query, QString::fromLatin1(kSelect) + where, values)) {
        return result;
    }
    while (query.next()) {
        SavedSearch search;
        search.id = query.value(0).toLongLong();
        search.name = query.value(1).toString();
        search.query = query.value(2).toString();
        search.filter.speaker = query.value(3).toString();
        search.filter.tag = query.value(4).toString();
        search.filter.kind = query.value(5).toString();
        search.filter.institution = query.value(6).toString();
        search.filter.outlet = query.value(7).toString();
        search.filter.from = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        search.filter.to = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        result.append(search);
    }
    return result;
}

} // namespace Attache
