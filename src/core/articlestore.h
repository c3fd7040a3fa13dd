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

    QString m_connectionName;
};

} // namespace Attache
