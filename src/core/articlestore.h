// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QObject>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Attache {

/**
 * The single way articles enter, change and leave a project. Every write is one transaction with
 * its change-log entry; signals follow the commit, except articleInserted and
 * articleAboutToBeRemoved, which come inside the transaction. Lives on the thread that opened the
 * project.
 */
class ArticleStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleStore)

public:
    /** Works on the project's connection; the Project owns both the connection and this store. */
    explicit ArticleStore(QString connectionName, QObject *parent = nullptr);

    struct AddResult
    {
        qint64 id = 0;
        qint64 duplicateOf = 0; ///< set instead of id when the same cleaned text is already stored
        QString error;
    };

    /** Stores article (its id is ignored) with its excluded ranges, or reports a duplicate or an error. */
    AddResult add(const Article &article);
    /**
     * Replaces an article's metadata (title, outlet, authors, published, url, language) with
     * article's; its text stays. Returns false and sets error when there is no such article.
     */
    bool updateMetadata(const Article &article, QString *error);
    /** Removes an article with everything attached to it. Returns false and sets error on failure. */
    bool remove(qint64 id, QString *error);

    std::optional<Article> article(qint64 id) const;
    QList<ArticleSummary> summaries() const;
    std::optional<ArticleSummary> summary(qint64 id) const;

    /** What a page of summaries is sorted by; ties go by id, so pages never overlap or skip. */
    enum class SummaryKey { Title, Outlet, Published, Quotes, Notes };
    /**
     * Which summaries a page shows and in what order. filter keeps the articles whose title, outlet
     * or publication date (YYYY-MM-DD) contains it, ignoring the case of ASCII letters; "" keeps all.
     * Titles and outlets sort without regard to ASCII case.
     */
    struct SummaryOrder
    {
        SummaryKey key = SummaryKey::Title;
        Qt::SortOrder order = Qt::AscendingOrder;
        QString filter;
    };
    /** Up to limit summaries in order, skipping the first offset; empty on error. */
    QList<ArticleSummary> summaryPage(const SummaryOrder &order, qint64 offset, int limit) const;
    /** How many articles order's filter keeps. */
    qint64 summaryCount(const QString &filter) const;
    /** Where the article is in order (0 first), or -1 when the filter hides it or there is no such article. */
    qint64 summaryPosition(const SummaryOrder &order, qint64 id) const;
    /** Whether article id comes after article otherId in order (the filter aside); false if either is missing. */
    bool sortsAfter(const SummaryOrder &order, qint64 id, qint64 otherId) const;
    /** The id of the article whose cleaned text has this hash, or 0. */
    qint64 findByHash(const QString &contentHash) const;
    qint64 count() const;

Q_SIGNALS:
    /**
     * An article was inserted and add()'s transaction is still open: what a receiver writes on the
     * project's connection now commits with the article, or not at all. Receivers must not begin or
     * end transactions (savepoints are fine). articleAdded follows the commit.
     */
    void articleInserted(qint64 id);
    void articleAdded(qint64 id);
    void articleChanged(qint64 id);
    void articleAboutToBeRemoved(qint64 id);
    void articleRemoved(qint64 id);

private:
    /** where is a fixed clause of ours (never user text); values are bound to its placeholders. */
    QList<ArticleSummary> querySummaries(const QString &where, const QVariantList &values) const;
    /** Runs sql, whose columns are those of kSummaryColumns, and reads its rows. */
    QList<ArticleSummary> readSummaries(const QString &sql, const QVariantList &values) const;

    QString m_connectionName;
};

} // namespace Attache
