// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "articlestore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Attache::Gui {

/**
 * The project's articles as a table, read a page at a time: the store sorts and filters, the model
 * holds the rows fetched so far (always the first ones in the current order). It follows the store's
 * signals so it never needs a full reload.
 */
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { Title, Outlet, Published, Quotes, Notes, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole };
    /** Rows read at a time: a few screens' worth, so scrolling rarely waits. */
    static constexpr int kPageSize = 200;

    explicit ArticleListModel(QObject *parent = nullptr);

    /** Shows store's articles (not owned; nullptr empties the model). */
    void setStore(ArticleStore *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Keeps the articles whose title, outlet or date (YYYY-MM-DD) contains text; "" shows all. */
    void setFilter(const QString &text);
    QString filter() const { return m_order.filter; }
    /** How many articles the filter keeps, fetched or not. */
    qint64 totalCount() const { return m_total; }

    /** Re-reads one article's row (its counts changed elsewhere, for instance by a correction). */
    void refreshArticle(qint64 id);
    /** The row showing the article with this id among the rows fetched so far, or -1. */
    int rowOf(qint64 articleId) const;
    /** Like rowOf(), fetching pages until the article's row is there; -1 when the filter hides it. */
    int loadRowOf(qint64 articleId);

private:
    void reload();
    /** Appends up to count rows after the fetched ones. */
    void fetchRows(qint64 count);
    /** Shows summary at position in order if that is among the fetched rows or right after them. */
    void insertFetched(qint64 position, const ArticleSummary &summary);
    void addArticle(qint64 id);
    void removeArticle(qint64 id);

    QPointer<ArticleStore> m_store;
    ArticleStore::SummaryOrder m_order;
    QList<ArticleSummary> m_rows;
    qint64 m_total = 0;
};

} // namespace Attache::Gui
