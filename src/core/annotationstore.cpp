// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "clock.h"
#include "db/changelog.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QColor>
#include <QSqlDatabase>

namespace Attache {

namespace {

constexpr auto kSelect = "SELECT id, article_id, start_pos, end_pos, exact, prefix, suffix, coalesce(note, ''), "
                         "coalesce(color, ''), created_at, modified_at FROM annotations ";

Annotation fromQuery(const QSqlQuery &query)
{
    Annotation annotation;
    annotation.id = query.value(0).toLongLong();
    annotation.articleId = query.value(1).toLongLong();
    if (!query.value(2).isNull()) {
        annotation.anchor
            = TextAnchor {query.value(2).toLongLong(), query.value(3).toLongLong(), query.value(4).toString(),
                          query.value(5).toString(), query.value(6).toString()};
    }
    annotation.note = query.value(7).toString();
    annotation.color = query.value(8).toString();
    annotation.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    annotation.modifiedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    return annotation;
}

QList<qint64> tagsOf(const QSqlDatabase &db, qint64 id)
{
    QList<qint64> tags;
    QSqlQuery query(db);
    if (Db::exec(query, QStringLiteral("SELECT tag_id FROM annotation_tags WHERE annotation_id = ? ORDER BY tag_id"),
                 {id})) {
        while (query.next()) {
            tags.append(query.value(0).toLongLong());
        }
    }
    return tags;
}

QString now()
{
    return Clock::instance().now().toString(Qt::ISODateWithMs);
}

} // namespace

AnnotationStore::AnnotationStore(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

qint64 AnnotationStore::add(const Annotation &annotation, QString *error)
{
    if (!annotation.color.isEmpty() && !QColor::isValidColorName(annotation.color)) {
        *error = tr("%1 is not a colour").arg(annotation.color);
        return 0;
    }
    if (annotation.coversWholeArticle() && annotation.note.trimmed().isEmpty() && annotation.tagIds.isEmpty()) {
        *error = tr("a note on a whole article needs text or a tag");
        return 0;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QVariant text
        = Db::scalar(db, QStringLiteral("SELECT clean_text FROM articles WHERE id = ?"), {annotation.articleId});
    if (!text.isValid()) {
        *error = tr("there is no article %1").arg(annotation.articleId);
        return 0;
    }
    std::optional<TextAnchor> anchor;
    if (annotation.anchor) {
        const QString cleanText = text.toString();
        const qsizetype start = annotation.anchor->start;
        const qsizetype end = annotation.anchor->end;
        if (start < 0 || end <= start || end > cleanText.size()) {
            *error
                = tr("the range %1–%2 is outside the article's text (0–%3)").arg(start).arg(end).arg(cleanText.size());
            return 0;
        }
        anchor = TextAnchor::fromRange(cleanText, start, end);
    }
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    const QString timestamp = now();
    if (!transaction.isActive()
        || !Db::exec(
            query,
            QStringLiteral("INSERT INTO annotations (id, article_id, start_pos, end_pos, exact, prefix, suffix, "
                           "note, color, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {annotation.id > 0 ? QVariant(annotation.id) : QVariant(), annotation.articleId,
             anchor ? QVariant(anchor->start) : QVariant(), anchor ? QVariant(anchor->end) : QVariant(),
             anchor ? QVariant(anchor->exact) : QVariant(), anchor ? QVariant(anchor->prefix) : QVariant(),
             anchor ? QVariant(anchor->suffix) : QVariant(), annotation.note.isEmpty() ? QVariant() : annotation.note,
             annotation.color.isEmpty() ? QVariant() : annotation.color,
             annotation.createdAt.isValid() ? annotation.createdAt.toString(Qt::ISODateWithMs) : timestamp, timestamp},
            error)) {
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!writeTags(id, annotation.tagIds, error)
        || !Db::ChangeLog::append(db, QStringLiteral("annotation"), id, QStringLiteral("add"), {}, error)
        || !transaction.commit()) {
        return 0;
    }
    Q_EMIT annotationAdded(id, annotation.articleId);
    return id;
}

bool AnnotationStore::update(const Annotation &annotation, QString *error)
{
    if (!annotation.color.isEmpty() && !QColor::isValidColorName(annotation.color)) {
        *error = tr("%1 is not a colour").arg(annotation.color);
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()
        || !Db::exec(query, QStringLiteral("UPDATE annotations SET note = ?, color = ?, modified_at = ? WHERE id = ?"),
                     {annotation.note.isEmpty() ? QVariant() : annotation.note,
                      annotation.color.isEmpty() ? QVariant() : annotation.color, now(), annotation.id},
                     error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("there is no annotation %1").arg(annotation.id);
        return false;
    }
    QSqlQuery clear(db);
    if (!Db::exec(clear, QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"), {annotation.id}, error)
        || !writeTags(annotation.id, annotation.tagIds, error)
        || !Db::ChangeLog::append(db, QStringLiteral("annotation"), annotation.id, QStringLiteral("update"), {}, error)
        || !transaction.commit()) {
        return false;
    }
    Q_EMIT annotationChanged(annotation.id, annotation.articleId);
    return true;
}

bool AnnotationStore::remove(qint64 id, QString *error)
{
    const std::optional<Annotation> existing = annotation(id);
    if (!existing) {
        *error = tr("there is no annotation %1").arg(id);
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive() || !Db::exec(query, QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id}, error)
        || !Db::ChangeLog::append(db, QStringLiteral("annotation"), id, QStringLiteral("remove"), {}, error)
        || !transaction.commit()) {
        return false;
    }
    Q_EMIT annotationRemoved(id, existing->articleId);
    return true;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!Db::exec(query, QLatin1StringView(kSelect) + QStringLiteral("WHERE id = ?"), {id}) || !query.next()) {
        return std::nullopt;
    }
    Annotation result = fromQuery(query);
    result.tagIds = tagsOf(db, id);
    return result;
}

QList<Annotation> AnnotationStore::annotationsFor(qint64 articleId) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<Annotation> result;
    QSqlQuery query(db);
    if (!Db::exec(query,
                  QLatin1StringView(kSelect)
                      + QStringLiteral("WHERE article_id = ? ORDER BY start_pos IS NOT NULL, start_pos, id"),
                  {articleId})) {
        return result;
    }
    while (query.next()) {
        result.append(fromQuery(query));
    }
    for (Annotation &annotation : result) {
        annotation.tagIds = tagsOf(db, annotation.id);
    }
    return result;
}

QList<qint64> AnnotationStore::reanchor(qint64 articleId, const QString &newText, QString *error)
{
    QList<qint64> lost;
    const QList<Annotation> annotations = annotationsFor(articleId);
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return lost;
    }
    QList<qint64> moved;
    for (const Annotation &annotation : annotations) {
        if (!annotation.anchor) {
            continue;
        }
        const auto range = annotation.anchor->locate(newText);
        if (!range) {
            lost.append(annotation.id);
            continue;
        }
        if (range->first == annotation.anchor->start && range->second == annotation.anchor->end) {
            continue;
        }
        const TextAnchor anchor = TextAnchor::fromRange(newText, range->first, range->second);
        QSqlQuery query(db);
        if (!Db::exec(query,
                      QStringLiteral("UPDATE annotations SET start_pos = ?, end_pos = ?, prefix = ?, suffix = ? "
                                     "WHERE id = ?"),
                      {anchor.start, anchor.end, anchor.prefix, anchor.suffix, annotation.id}, error)) {
            return {};
        }
        moved.append(annotation.id);
    }
    if (!Db::ChangeLog::append(db, QStringLiteral("article"), articleId, QStringLiteral("reanchor"),
                               QStringLiteral("%1 moved, %2 not found").arg(moved.size()).arg(lost.size()), error)
        || !transaction.commit()) {
        return {};
    }
    for (const qint64 id : std::as_const(moved)) {
        Q_EMIT annotationChanged(id, articleId);
    }
    return lost;
}

bool AnnotationStore::writeTags(qint64 id, const QList<qint64> &tagIds, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const qint64 tagId : tagIds) {
        QSqlQuery query(db);
        if (!Db::exec(query,
                      QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"),
                      {id, tagId}, error)) {
            if (error->contains(QLatin1StringView("FOREIGN KEY"))) {
                *error = tr("there is no tag %1").arg(tagId);
            }
            return false;
        }
    }
    return true;
}

} // namespace Attache
