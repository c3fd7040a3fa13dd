// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"

#include "analysis/speakerkind.h"
#include "db/searchrank.h"
#include "db/sql.h"
#include "project.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Attache {

namespace {

// Each row of search_index is id * 4 + kind (see resources/sql/0003_search_index.sql).
constexpr int kKindCount = 4;
// Without words to match, a hit shows the start of what it found.
constexpr int kPlainSnippetLength = 160;

// A search runs in three steps, each materialised so that SQLite cannot fold them into one another:
// "matched" lists what the index found (ranked and cut to the limit already when nothing else narrows it),
// "best" joins the article and speaker, applies the filters and keeps the limit, and "snippets" cuts the
// text around the match for those rows only: snippet() costs more than ranking, and computed for every
// match it was most of a search's time on a large project.
constexpr auto kMatchedSql = "matched AS MATERIALIZED (SELECT s.rowid AS id, %1 AS rank FROM search_index s %2)";

constexpr auto kBestSql
    = "best AS MATERIALIZED (SELECT h.id AS id, h.rank AS rank, a.id AS article_id, a.title AS title, "
      "coalesce(p.name, '') AS speaker, coalesce(a.published, '') AS published FROM matched h "
      "JOIN articles a ON a.id = CASE h.id % 4 WHEN 0 THEN h.id / 4 "
      "WHEN 1 THEN (SELECT n.article_id FROM annotations n WHERE n.id = h.id / 4) "
      "ELSE (SELECT q.article_id FROM quotes q WHERE q.id = h.id / 4) END "
      "LEFT JOIN quotes q ON h.id % 4 = 2 AND q.id = h.id / 4 "
      "LEFT JOIN people p ON p.id = q.person_id WHERE 1";

// The snippet SQL carries "…", so it is read as UTF-8, never as Latin-1.
// The unary + keeps the rowid from becoming an index constraint: FTS5 would then evaluate the whole
// query once per row (seconds for a prefix query), where scanning the matches once costs milliseconds.
constexpr auto kMatchSnippetsSql = "snippets AS MATERIALIZED (SELECT s.rowid AS id, snippet(search_index, -1, '[', "
                                   "']', '…', 16) AS snippet FROM search_index s WHERE search_index MATCH ? "
                                   "AND +s.rowid IN (SELECT id FROM best))";

constexpr auto kPlainSnippetsSql
    = "snippets AS MATERIALIZED (SELECT s.rowid AS id, CASE WHEN length(s.body) > %1 THEN substr(s.body, 1, %1) "
      "|| '…' ELSE s.body END AS snippet FROM search_index s WHERE s.rowid IN (SELECT id FROM best))";

constexpr auto kResultSql = " SELECT b.id, b.rank, n.snippet, b.article_id, b.title, b.speaker FROM best b "
                            "JOIN snippets n ON n.id = b.id ORDER BY %1";

// The chosen tag and all its descendants.
constexpr auto kTagTreeSql = "chosen(id) AS (SELECT id FROM tags WHERE name = ? COLLATE NOCASE "
                             "UNION SELECT t.id FROM tags t JOIN chosen c ON t.parent_id = c.id), ";

constexpr auto kTagFilterSql
    = " AND ((h.id % 4 = 1 AND EXISTS (SELECT 1 FROM annotation_tags x WHERE x.annotation_id = h.id / 4 "
      "AND x.tag_id IN (SELECT id FROM chosen))) "
      "OR (h.id % 4 <> 1 AND (EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id "
      "AND x.tag_id IN (SELECT id FROM chosen)) "
      "OR EXISTS (SELECT 1 FROM annotations n JOIN annotation_tags x ON x.annotation_id = n.id "
      "WHERE n.article_id = a.id AND x.tag_id IN (SELECT id FROM chosen)))))";

QString text(const QString &value)
{
    // A null QString binds as NULL, which compares with nothing.
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

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

bool SearchFilter::isEmpty() const
{
    return speaker.trimmed().isEmpty() && tag.trimmed().isEmpty() && kind.trimmed().isEmpty()
        && institution.trimmed().isEmpty() && outlet.trimmed().isEmpty() && !from.isValid() && !to.isValid();
}

QString SearchFilter::validate() const
{
    if (!kind.trimmed().isEmpty() && !Analysis::speakerKindNames().contains(kind.trimmed())) {
        return QCoreApplication::translate("Search", "%1 is not a speaker kind (one of %2)")
            .arg(kind, Analysis::speakerKindNames().join(QStringLiteral(", ")));
    }
    if (from.isValid() && to.isValid() && from > to) {
        return QCoreApplication::translate("Search", "the date range ends before it starts");
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

Search Search::of(const Project &project)
{
    return Search(project.database());
}

bool Search::run(const QString &query, const SearchFilter &filter, int limit, QList<SearchHit> *hits,
                 QString *error) const
{
    hits->clear();
    if (const QString invalid = filter.validate(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    if (query.trimmed().isEmpty()) {
        if (filter.isEmpty()) {
            *error = QCoreApplication::translate("Search", "the search is empty");
            return false;
        }
        return runOnce({}, filter, limit, hits, error);
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
    QString sql = QStringLiteral("WITH RECURSIVE ");
    QVariantList values;
    const QString tag = text(filter.tag);
    if (!tag.isEmpty()) {
        sql += QLatin1StringView(kTagTreeSql);
        values.append(tag);
    }
    if (match.isEmpty()) {
        sql += QString::fromLatin1(kMatchedSql).arg(QStringLiteral("0.0"), QString());
    } else {
        // Unfiltered, the best rows can be chosen before anything is joined to them: on a large project
        // joining every match costs more than the search itself.
        const bool unfiltered = filter.isEmpty();
        sql += QString::fromLatin1(kMatchedSql)
                   .arg(QStringLiteral("%1(search_index, 5.0, 1.0)")
                            .arg(QLatin1StringView(Db::SearchRank::kFunctionName)),
                        unfiltered ? QStringLiteral("WHERE search_index MATCH ? ORDER BY rank, s.rowid LIMIT ?")
                                   : QStringLiteral("WHERE search_index MATCH ?"));
        values.append(match);
        if (unfiltered) {
            values.append(limit);
        }
    }
    sql += QLatin1StringView(", ") + QLatin1StringView(kBestSql);
    if (const QString speaker = text(filter.speaker); !speaker.isEmpty()) {
        sql += QLatin1StringView(" AND h.id % 4 = 2 AND (p.name = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM "
                                 "person_aliases x WHERE x.person_id = p.id AND x.alias = ? COLLATE NOCASE))");
        values << speaker << speaker;
    }
    if (const QString kind = text(filter.kind); !kind.isEmpty()) {
        sql += QLatin1StringView(" AND h.id % 4 = 2 AND p.kind = ?");
        values << kind;
    }
    if (const QString institution = text(filter.institution); !institution.isEmpty()) {
        sql += QLatin1StringView(" AND h.id % 4 = 2 AND p.institution LIKE ? ESCAPE '\\'");
        values << Db::likeContaining(institution);
    }
    if (!tag.isEmpty()) {
        sql += QLatin1StringView(kTagFilterSql);
    }
    if (const QString outlet = text(filter.outlet); !outlet.isEmpty()) {
        sql += QLatin1StringView(" AND a.outlet = ? COLLATE NOCASE");
        values << outlet;
    }
    // Dates are stored as ISO text, which sorts as the dates do.
    if (filter.from.isValid()) {
        sql += QLatin1StringView(" AND substr(a.published, 1, 10) >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QLatin1StringView(" AND substr(a.published, 1, 10) <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    const QLatin1StringView order
        = match.isEmpty() ? QLatin1StringView("published DESC, id") : QLatin1StringView("rank, id");
    sql += QLatin1StringView(" ORDER BY ") + order + QLatin1StringView(" LIMIT ?), ");
    values << limit;
    if (match.isEmpty()) {
        sql += QString::fromUtf8(kPlainSnippetsSql).arg(kPlainSnippetLength);
    } else {
        sql += QString::fromUtf8(kMatchSnippetsSql);
        values << match;
    }
    sql += QString::fromLatin1(kResultSql)
               .arg(match.isEmpty() ? QStringLiteral("b.published DESC, b.id") : QStringLiteral("b.rank, b.id"));

    QSqlQuery query(m_db);
    if (!Db::exec(query, sql, values, error)) {
        return false;
    }
    while (query.next()) {
        const qint64 rowid = query.value(0).toLongLong();
        SearchHit hit;
        hit.kind = SearchHit::Kind(rowid % kKindCount);
        hit.id = rowid / kKindCount;
        hit.rank = query.value(1).toDouble();
        hit.snippet = query.value(2).toString();
        hit.articleId = query.value(3).toLongLong();
        hit.articleTitle = query.value(4).toString();
        hit.speaker = query.value(5).toString();
        hits->append(hit);
    }
    return true;
}

QStringList Search::outlets() const
{
    QStringList result;
    QSqlQuery query(m_db);
    if (Db::exec(query,
                 QStringLiteral("SELECT DISTINCT trim(outlet) FROM articles WHERE trim(coalesce(outlet, '')) "
                                "<> '' ORDER BY trim(outlet) COLLATE NOCASE"))) {
        while (query.next()) {
            result.append(query.value(0).toString());
        }
    }
    return result;
}

} // namespace Attache
