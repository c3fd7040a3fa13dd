// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Attache {

class Project;

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
    double rank = 0; ///< lower is better (bm25); 0 when the search had no words

    static QString kindName(Kind kind);
};

/**
 * Narrows a search; an empty field means any.
 * - speaker, kind and institution are about who said something, so any of them keeps quotes only;
 * - tag keeps annotations carrying the tag or one of its child tags, and articles (and their quotes)
 *   carrying it themselves or through one of their annotations;
 * - outlet and the published dates keep whatever belongs to a matching article; an article without
 *   a publication date is left out once a date is given.
 */
struct SearchFilter
{
    QString speaker; ///< a person's name or alias, ignoring case
    QString tag; ///< a tag's name, ignoring case
    QString kind; ///< one of Analysis::speakerKindNames()
    QString institution; ///< part of the speaker's institution, ignoring case
    QString outlet; ///< the article's outlet, ignoring case
    QDate from; ///< published on or after
    QDate to; ///< published on or before

    bool isEmpty() const;
    /** Why the filter cannot be used (an unknown kind, dates the wrong way round); empty when it can. */
    QString validate() const;

    friend bool operator==(const SearchFilter &, const SearchFilter &) = default;
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
    /** Searches project, on the project's thread. */
    static Search of(const Project &project);

    /**
     * Runs query with filter, at most limit hits. A query that is not valid FTS5 syntax (stray
     * punctuation, "U.S.") is retried with each word taken literally. An empty query lists
     * everything the filter keeps, newest article first, and needs a filter. Returns false with
     * error set when it still cannot run.
     */
    bool run(const QString &query, const SearchFilter &filter, int limit, QList<SearchHit> *hits, QString *error) const;

    /** The outlets of the project's articles, for choosing one; sorted, each once. */
    QStringList outlets() const;

    /** query with every word quoted, so that punctuation is searched for rather than parsed. */
    static QString literal(const QString &query);

private:
    bool runOnce(const QString &match, const SearchFilter &filter, int limit, QList<SearchHit> *hits,
                 QString *error) const;

    QSqlDatabase m_db;
};

} // namespace Attache
