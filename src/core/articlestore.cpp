// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "analysis/peopleregister.h"
#include "clock.h"
#include "db/changelog.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Attache {

namespace {

QString authorsToJson(const QStringList &authors)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(authors)).toJson(QJsonDocument::Compact));
}

QStringList authorsFromJson(const QString &json)
{
    QStringList authors;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        authors.append(value.toString());
    }
    return authors;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns want an empty string instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QLatin1StringView("") : text;
}

const QString kQuoteCount
    = QStringLiteral("(SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.rejected = 0)");
const QString kNoteCount = QStringLiteral(
    "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.note IS NOT NULL AND n.note <> '')");
// The columns readSummaries() reads, of the articles aliased "a".
const QString kSummaryColumns = QStringLiteral("a.id, a.title, a.outlet, a.published, a.imported_at, ") + kQuoteCount
    + QStringLiteral(", ") + kNoteCount;

/** The expression articles (aliased "a") sort on; fixed text of ours, never the user's. */
QString sortKey(ArticleStore::SummaryKey key)
{
    switch (key) {
    case ArticleStore::SummaryKey::Title:
        return QStringLiteral("a.title COLLATE NOCASE");
    case ArticleStore::SummaryKey::Outlet:
        return QStringLiteral("coalesce(a.outlet, '') COLLATE NOCASE");
    case ArticleStore::SummaryKey::Published:
        return QStringLiteral("coalesce(a.published, '')");
    case ArticleStore::SummaryKey::Quotes:
        return kQuoteCount;
    case ArticleStore::SummaryKey::Notes:
        return kNoteCount;
    }
    return {};
}

/** The ORDER BY terms for order: its key, then the id, both in its direction. */
QString orderBy(const ArticleStore::SummaryOrder &order)
{
    const QString direction = order.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return sortKey(order.key) + direction + QStringLiteral(", a.id") + direction;
}

/** A WHERE clause for filter whose placeholders filterValues() fills; "" when there is nothing to filter. */
QString filterClause(const QString &filter)
{
    return filter.isEmpty() ? QString()
                            : QStringLiteral("WHERE (a.title LIKE ? ESCAPE '\\' OR coalesce(a.outlet, '') LIKE ? "
                                             "ESCAPE '\\' OR coalesce(a.published, '') LIKE ? ESCAPE '\\')");
}

QVariantList filterValues(const QString &filter)
{
    if (filter.isEmpty()) {
        return {};
    }
    const QString pattern = Db::likeContaining(filter);
    return {pattern, pattern, pattern};
}

} // namespace

ArticleStore::ArticleStore(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

ArticleStore::AddResult ArticleStore::add(const Article &article)
{
    AddResult result;
    const QString hash = article.contentHash();
    if (const qint64 existing = findByHash(hash)) {
        result.duplicateOf = existing;
        return result;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = transaction.errorString();
        return result;
    }
    const QString now = Clock::instance().now().toString(Qt::ISODateWithMs);
    const QDateTime importedAt = article.importedAt.isValid() ? article.importedAt : Clock::instance().now();
    QSqlQuery query(db);
    if (!Db::exec(query,
                  QStringLiteral("INSERT INTO articles (source_kind, source_path, url, title, outlet, authors, "
                                 "published, language, raw_text, clean_text, content_hash, imported_at, modified_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {Article::sourceKindName(article.sourceKind), nullIfEmpty(article.sourcePath),
                   nullIfEmpty(article.url), notNull(article.title), nullIfEmpty(article.outlet),
                   authorsToJson(article.authors),
                   article.published.isValid() ? QVariant(article.published.toString(Qt::ISODate)) : QVariant(),
                   nullIfEmpty(article.language), notNull(article.rawText), notNull(article.cleanText), hash,
                   importedAt.toString(Qt::ISODateWithMs), now},
                  &result.error)) {
        return result;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    for (const ExcludedRange &range : article.excluded) {
        QSqlQuery rangeQuery(db);
        if (!Db::exec(rangeQuery,
                      QStringLiteral("INSERT INTO excluded_ranges (article_id, start_pos, end_pos, reason) "
                                     "VALUES (?, ?, ?, ?)"),
                      {id, range.start, range.end, range.reason}, &result.error)) {
            return result;
        }
    }
    Q_EMIT articleInserted(id);
    if (!Db::ChangeLog::append(db, QStringLiteral("article"), id, QStringLiteral("add"), article.title, &result.error)
        || !transaction.commit()) {
        if (result.error.isEmpty()) {
            result.error = transaction.errorString();
        }
        return result;
    }
    result.id = id;
    Q_EMIT articleAdded(id);
    return result;
}

bool ArticleStore::updateMetadata(const Article &article, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    if (!Db::exec(query,
                  QStringLiteral("UPDATE articles SET title = ?, outlet = ?, authors = ?, published = ?, url = ?, "
                                 "language = ?, modified_at = ? WHERE id = ?"),
                  {notNull(article.title), nullIfEmpty(article.outlet), authorsToJson(article.authors),
                   article.published.isValid() ? QVariant(article.published.toString(Qt::ISODate)) : QVariant(),
                   nullIfEmpty(article.url), nullIfEmpty(article.language),
                   Clock::instance().now().toString(Qt::ISODateWithMs), article.id},
                  error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("there is no article %1").arg(article.id);
        return false;
    }
    if (!Db::ChangeLog::append(db, QStringLiteral("article"), article.id, QStringLiteral("edit metadata"),
                               article.title, error)
        || !transaction.commit()) {
        return false;
    }
    Q_EMIT articleChanged(article.id);
    return true;
}

bool ArticleStore::remove(qint64 id, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Db::Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    // The people its quotes name: those quoted nowhere else would stay in the register with nothing.
    Analysis::PeopleRegister people(db);
    QList<qint64> named;
    if (!people.peopleQuotedIn(id, &named, error)) {
        return false;
    }
    if (!Db::exec(query, QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}, error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("there is no article %1").arg(id);
        return false;
    }
    if (!people.removeUnreferenced(named, error)) {
        return false;
    }
    if (!Db::ChangeLog::append(db, QStringLiteral("article"), id, QStringLiteral("remove"), {}, error)) {
        return false;
    }
    Q_EMIT articleAboutToBeRemoved(id);
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    Q_EMIT articleRemoved(id);
    return true;
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!Db::exec(query,
                  QStringLiteral("SELECT source_kind, source_path, url, title, outlet, authors, published, language, "
                                 "raw_text, clean_text, imported_at, modified_at FROM articles WHERE id = ?"),
                  {id})
        || !query.next()) {
        return std::nullopt;
    }
    Article article;
    article.id = id;
    article.sourceKind = Article::sourceKindFromName(query.value(0).toString());
    article.sourcePath = query.value(1).toString();
    article.url = query.value(2).toString();
    article.title = query.value(3).toString();
    article.outlet = query.value(4).toString();
    article.authors = authorsFromJson(query.value(5).toString());
    article.published = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    article.language = query.value(7).toString();
    article.rawText = query.value(8).toString();
    article.cleanText = query.value(9).toString();
    article.importedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    article.modifiedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);

    QSqlQuery ranges(db);
    if (Db::exec(ranges,
                 QStringLiteral("SELECT start_pos, end_pos, reason FROM excluded_ranges WHERE article_id = ? "
                                "ORDER BY start_pos"),
                 {id})) {
        while (ranges.next()) {
            article.excluded.append(
                {ranges.value(0).toLongLong(), ranges.value(1).toLongLong(), ranges.value(2).toString()});
        }
    }
    return article;
}

QList<ArticleSummary> ArticleStore::summaries() const
{
    return querySummaries({}, {});
}

std::optional<ArticleSummary> ArticleStore::summary(qint64 id) const
{
    const QList<ArticleSummary> found = querySummaries(QStringLiteral("WHERE a.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<ArticleSummary> ArticleStore::querySummaries(const QString &where, const QVariantList &values) const
{
    return readSummaries(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM articles a ") + where
                             + QStringLiteral(" ORDER BY a.id"),
                         values);
}

QList<ArticleSummary> ArticleStore::summaryPage(const SummaryOrder &order, qint64 offset, int limit) const
{
    // Only the page's rows are joined to their counts; the sort itself touches the key alone.
    QVariantList values = filterValues(order.filter);
    values << limit << offset;
    return readSummaries(
        QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM (SELECT a.id FROM articles a ")
            + filterClause(order.filter) + QStringLiteral(" ORDER BY ") + orderBy(order)
            + QStringLiteral(" LIMIT ? OFFSET ?) page JOIN articles a ON a.id = page.id ORDER BY ") + orderBy(order),
        values);
}

qint64 ArticleStore::summaryCount(const QString &filter) const
{
    return Db::scalar(QSqlDatabase::database(m_connectionName, false),
                      QStringLiteral("SELECT count(*) FROM articles a ") + filterClause(filter), filterValues(filter))
        .toLongLong();
}

qint64 ArticleStore::summaryPosition(const SummaryOrder &order, qint64 id) const
{
    QVariantList values = filterValues(order.filter);
    values << id;
    const QVariant position
        = Db::scalar(QSqlDatabase::database(m_connectionName, false),
                     QStringLiteral("SELECT coalesce((SELECT position FROM (SELECT a.id, row_number() OVER (ORDER BY ")
                         + orderBy(order) + QStringLiteral(") - 1 AS position FROM articles a ")
                         + filterClause(order.filter) + QStringLiteral(") WHERE id = ?), -1)"),
                     values);
    return position.isValid() ? position.toLongLong() : -1;
}

bool ArticleStore::sortsAfter(const SummaryOrder &order, qint64 id, qint64 otherId) const
{
    // Compares the same (key, id) pair that orderBy() sorts on, so the answer agrees with the pages.
    const QString key = sortKey(order.key);
    const QString comparison = order.order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    return Db::scalar(QSqlDatabase::database(m_connectionName, false),
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM articles a WHERE a.id = ? AND (") + key
                          + QStringLiteral(", a.id)") + comparison + QStringLiteral("(SELECT ") + key
                          + QStringLiteral(", a.id FROM articles a WHERE a.id = ?))"),
                      {id, otherId})
        .toBool();
}

QList<ArticleSummary> ArticleStore::readSummaries(const QString &sql, const QVariantList &values) const
{
    QList<ArticleSummary> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!Db::exec(query, sql, values)) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       QDate::fromString(query.value(3).toString(), Qt::ISODate),
                       QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs), query.value(5).toInt(),
                       query.value(6).toInt()});
    }
    return result;
}

qint64 ArticleStore::findByHash(const QString &contentHash) const
{
    return Db::scalar(QSqlDatabase::database(m_connectionName, false),
                      QStringLiteral("SELECT coalesce((SELECT id FROM articles WHERE content_hash = ?), 0)"),
                      {contentHash})
        .toLongLong();
}

qint64 ArticleStore::count() const
{
    return Db::scalar(QSqlDatabase::database(m_connectionName, false), QStringLiteral("SELECT count(*) FROM articles"))
        .toLongLong();
}

} // namespace Attache
