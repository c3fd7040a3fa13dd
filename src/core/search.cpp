// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"

#include "db/sql.h"

#include <QRegularExpression>

namespace Attache {

namespace {

// Each row of search_index is id * 4 + kind (see resources/sql/0003_search_index.sql).
constexpr int kKindCount = 4;

constexpr auto kSearchSql
    = "SELECT s.rowid, bm25(search_index, 5.0, 1.0) AS rank, "
      "snippet(search_index, -1, '[', ']', '…', 16) FROM search_index s "
      "WHERE search_index MATCH ? "
      // Speaker: only quotes whose person carries that name or alias.
      "AND (? = '' OR (s.rowid % 4 = 2 AND EXISTS (SELECT 1 FROM quotes q JOIN person_aliases a "
      "ON a.person_id = q.person_id WHERE q.id = s.rowid / 4 AND a.alias = ? COLLATE NOCASE))) "
      // Tag: annotations with the tag, or articles (and their quotes) tagged with it or noted under it.
      "AND (? = '' OR EXISTS (SELECT 1 FROM tags t WHERE t.name = ? COLLATE NOCASE AND ("
      "(s.rowid % 4 = 1 AND EXISTS (SELECT 1 FROM annotation_tags x WHERE x.annotation_id = s.rowid / 4 "
      "AND x.tag_id = t.id)) "
      "OR (s.rowid % 4 = 0 AND (EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = s.rowid / 4 AND x.tag_id = "
      "t.id) "
      "OR EXISTS (SELECT 1 FROM annotations n JOIN annotation_tags x ON x.annotation_id = n.id "
      "WHERE n.article_id = s.rowid / 4 AND x.tag_id = t.id))) "
      "OR (s.rowid % 4 = 2 AND EXISTS (SELECT 1 FROM quotes q JOIN annotations n ON n.article_id = q.article_id "
      "JOIN annotation_tags x ON x.annotation_id = n.id WHERE q.id = s.rowid / 4 AND x.tag_id = t.id))))) "
      "ORDER BY rank LIMIT ?";

} // namespace

QString SearchHit::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Article:
        return QStringLiteral("article");
    case Kind::Annotation:
        return QStringLiteral("annotation");
    case Kind::Quote:
        return QStringLiteral("quote");
    }
    return {};
}

Search::Search(const QSqlDatabase &db)
    : m_db(db)
{
}

QString Search::literal(const QString &query)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words;
    for (QString word : query.split(space, Qt::SkipEmptyParts)) {
        word.replace(u'"', QStringLiteral("\"\""));
        words.append(u'"' + word + u'"');
    }
    return words.join(u' ');
}

bool Search::run(const QString &query, const SearchFilter &filter, int limit, QList<SearchHit> *hits,
                 QString *error) const
{
    if (query.trimmed().isEmpty()) {
        *error = QStringLiteral("the search is empty");
        return false;
    }
    if (runOnce(query, filter, limit, hits, error)) {
        return true;
    }
    const QString literalQuery = literal(query);
    return !literalQuery.isEmpty() && runOnce(literalQuery, filter, limit, hits, error);
}

bool Search::runOnce(const QString &match, const SearchFilter &filter, int limit, QList<SearchHit> *hits,
                     QString *error) const
{
    hits->clear();
    // A null QString binds as NULL, and "NULL = ''" would reject every row.
    const QString speaker = filter.speaker.isNull() ? QStringLiteral("") : filter.speaker.trimmed();
    const QString tag = filter.tag.isNull() ? QStringLiteral("") : filter.tag.trimmed();
    QSqlQuery query(m_db);
    if (!Db::exec(query, QString::fromLatin1(kSearchSql), {match, speaker, speaker, tag, tag, limit}, error)) {
        return false;
    }
    while (query.next()) {
        const qint64 rowid = query.value(0).toLongLong();
        SearchHit hit;
        hit.kind = SearchHit::Kind(rowid % kKindCount);
        hit.id = rowid / kKindCount;
        hit.rank = query.value(1).toDouble();
        hit.snippet = query.value(2).toString();
        hits->append(hit);
    }
    for (SearchHit &hit : *hits) {
        QSqlQuery detail(m_db);
        switch (hit.kind) {
        case SearchHit::Kind::Article:
            hit.articleId = hit.id;
            break;
        case SearchHit::Kind::Annotation:
            hit.articleId
                = Db::scalar(m_db, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {hit.id})
                      .toLongLong();
            break;
        case SearchHit::Kind::Quote:
            if (Db::exec(detail,
                         QStringLiteral("SELECT q.article_id, coalesce(p.name, '') FROM quotes q LEFT JOIN people p "
                                        "ON p.id = q.person_id WHERE q.id = ?"),
                         {hit.id})
                && detail.next()) {
                hit.articleId = detail.value(0).toLongLong();
                hit.speaker = detail.value(1).toString();
            }
            break;
        }
        hit.articleTitle
            = Db::scalar(m_db, QStringLiteral("SELECT title FROM articles WHERE id = ?"), {hit.articleId}).toString();
    }
    return true;
}

} // namespace Attache
