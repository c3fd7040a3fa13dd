// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "db/changelog.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QColor>
#include <QSqlDatabase>

namespace Attache {

namespace {

QVariant parentValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant();
}

bool validate(const Tag &tag, QString *error)
{
    if (tag.name.trimmed().isEmpty()) {
        *error = TagStore::tr("a tag needs a name");
        return false;
    }
    if (!tag.color.isEmpty() && !QColor::isValidColorName(tag.color)) {
        *error = TagStore::tr("%1 is not a colour").arg(tag.color);
        return false;
    }
    return true;
}

QString duplicateMessage(const Tag &tag)
{
    return TagStore::tr("a tag named %1 already exists there").arg(tag.name.trimmed());
}

} // namespace

TagStore::TagStore(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

qint64 TagStore::add(const Tag &tag, QString *error)
{
    if (!validate(tag, error)) {
        return 0;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()
        || !Db::exec(query,
                     QStringLiteral("INSERT INTO tags (parent_id, name, color, description) VALUES (?, ?, ?, ?)"),
                     {parentValue(tag.parentId), tag.name.trimmed(), tag.color.isEmpty() ? QVariant() : tag.color,
                      tag.description},
                     error)) {
        if (error->contains(QLatin1StringView("UNIQUE"))) {
            *error = duplicateMessage(tag);
        }
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!Db::ChangeLog::append(db, QStringLiteral("tag"), id, QStringLiteral("add"), tag.name, error)
        || !transaction.commit()) {
        return 0;
    }
    Q_EMIT tagAdded(id);
    return id;
}

bool TagStore::update(const Tag &tag, QString *error)
{
    if (!validate(tag, error)) {
        return false;
    }
    if (tag.parentId > 0 && subtree(tag.id).contains(tag.parentId)) {
        *error = tr("a tag cannot be moved under itself");
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()
        || !Db::exec(query,
                     QStringLiteral("UPDATE tags SET parent_id = ?, name = ?, color = ?, description = ? WHERE id = ?"),
                     {parentValue(tag.parentId), tag.name.trimmed(), tag.color.isEmpty() ? QVariant() : tag.color,
                      tag.description, tag.id},
                     error)) {
        if (error->contains(QLatin1StringView("UNIQUE"))) {
            *error = duplicateMessage(tag);
        }
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("there is no tag %1").arg(tag.id);
        return false;
    }
    if (!Db::ChangeLog::append(db, QStringLiteral("tag"), tag.id, QStringLiteral("update"), tag.name, error)
        || !transaction.commit()) {
        return false;
    }
    Q_EMIT tagChanged(tag.id);
    return true;
}

bool TagStore::remove(qint64 id, QString *error)
{
    if (!tag(id)) {
        *error = tr("there is no tag %1").arg(id);
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive() || !Db::exec(query, QStringLiteral("DELETE FROM tags WHERE id = ?"), {id}, error)
        || !Db::ChangeLog::append(db, QStringLiteral("tag"), id, QStringLiteral("remove"), {}, error)) {
        return false;
    }
    Q_EMIT tagAboutToBeRemoved(id);
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    Q_EMIT tagRemoved(id);
    return true;
}

TagStore::Removal TagStore::removal(qint64 id) const
{
    Removal removal;
    const QList<qint64> ids = subtree(id);
    for (const Tag &tag : tags()) {
        if (ids.contains(tag.id)) {
            removal.tags.append(tag);
        }
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const qint64 tagId : ids) {
        QSqlQuery query(db);
        if (Db::exec(query, QStringLiteral("SELECT annotation_id FROM annotation_tags WHERE tag_id = ?"), {tagId})) {
            while (query.next()) {
                removal.annotationTags.append({query.value(0).toLongLong(), tagId});
            }
        }
        if (Db::exec(query, QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ?"), {tagId})) {
            while (query.next()) {
                removal.articleTags.append({query.value(0).toLongLong(), tagId});
            }
        }
    }
    return removal;
}

bool TagStore::restore(const Removal &removal, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    for (const Tag &tag : removal.tags) {
        if (!Db::exec(
                query,
                QStringLiteral("INSERT INTO tags (id, parent_id, name, color, description) VALUES (?, ?, ?, ?, ?)"),
                {tag.id, parentValue(tag.parentId), tag.name, tag.color.isEmpty() ? QVariant() : tag.color,
                 tag.description},
                error)) {
            return false;
        }
    }
    // Links whose annotation or article has gone since are skipped rather than failing the undo.
    for (const auto &[annotationId, tagId] : removal.annotationTags) {
        if (!Db::exec(query,
                      QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) "
                                     "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ?)"),
                      {annotationId, tagId, annotationId}, error)) {
            return false;
        }
    }
    for (const auto &[articleId, tagId] : removal.articleTags) {
        if (!Db::exec(query,
                      QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) "
                                     "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)"),
                      {articleId, tagId, articleId}, error)) {
            return false;
        }
    }
    if (removal.tags.isEmpty()
        || !Db::ChangeLog::append(db, QStringLiteral("tag"), removal.tags.constFirst().id, QStringLiteral("restore"),
                                  removal.tags.constFirst().name, error)
        || !transaction.commit()) {
        return false;
    }
    for (const Tag &tag : removal.tags) {
        Q_EMIT tagAdded(tag.id);
    }
    return true;
}

std::optional<Tag> TagStore::tag(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Db::exec(query,
                  QStringLiteral("SELECT id, coalesce(parent_id, 0), name, coalesce(color, ''), "
                                 "coalesce(description, '') FROM tags WHERE id = ?"),
                  {id})
        || !query.next()) {
        return std::nullopt;
    }
    return Tag {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString()};
}

QList<Tag> TagStore::tags() const
{
    QList<Tag> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // A recursive walk puts every parent before its children.
    if (!Db::exec(query,
                  QStringLiteral("WITH RECURSIVE tree(id, path) AS ("
                                 " SELECT id, name FROM tags WHERE parent_id IS NULL"
                                 " UNION ALL SELECT t.id, tree.path || char(31) || t.name"
                                 " FROM tags t JOIN tree ON t.parent_id = tree.id)"
                                 " SELECT t.id, coalesce(t.parent_id, 0), t.name, coalesce(t.color, ''),"
                                 " coalesce(t.description, '') FROM tags t JOIN tree USING (id)"
                                 " ORDER BY tree.path COLLATE NOCASE"))) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

QList<qint64> TagStore::subtree(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (Db::exec(query,
                 QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                                "SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub"),
                 {id})) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return ids;
}

} // namespace Attache
