// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Attache {

/** One thing a search found: an article, an annotation or a quote, with a snippet around the match. */
struct SearchHit
{
    enum class Kind { Article, Annotation, Quote };

    Kind kind = Kind::Article;
    qint64 id = 0; ///< the article, annotation or quote
    qint64 articleId = 0; ///< the article it belongs to
    QString articleTitle;
    QString speaker; ///< for a quote, who said it
    QString snippet; ///< matched words between kSnippetOpen and kSnippetClose
    double rank = 0; ///< lower is better (bm25)

    static QString kindName(Kind kind);
};

/** Narrows a search: quotes by a speaker (name or alias), things carrying a tag. Empty means any. */
struct SearchFilter
{
    QString speaker;
    QString tag;
};

/**
 * Full-text search over a project's articles (title and text), annotations (notes and passages)
 * and quotes, through SQLite FTS5: words, "phrases", prefix*, AND/OR/NOT, NEAR; case- and
 * accent-insensitive; best matches first. The index is kept in step by triggers (schema v3).
 */
class Search
{
public:
    static constexpr QChar kSnippetOpen {u'['};
    static constexpr QChar kSnippetClose {u']'};

    explicit Search(const QSqlDatabase &db);

    /**
     * Runs query with filter, at most limit hits. A query that is not valid FTS5 syntax (stray
     * punctuation, "U.S.") is retried with each word taken literally. Returns false with error set
     * when it still cannot run.
     */
    bool run(const QString &query, const SearchFilter &filter, int limit, QList<SearchHit> *hits, QString *error) const;

    /** query with every word quoted, so that punctuation is searched for rather than parsed. */
    static QString literal(const QString &query);

private:
    bool runOnce(const QString &match, const SearchFilter &filter, int limit, QList<SearchHit> *hits,
                 QString *error) const;

    QSqlDatabase m_db;
};

} // namespace Attache
