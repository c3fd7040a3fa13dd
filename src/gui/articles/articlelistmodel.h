// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Attache {
class ArticleStore;
}

namespace Attache::Gui {

/** The project's articles as a table; follows the store's signals so it never needs a full reload. */
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { Title, Outlet, Published, Quotes, Notes, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole, SortRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    /** Shows store's articles (not owned; nullptr empties the model). */
    void setStore(ArticleStore *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Re-reads one article's row (its counts changed elsewhere, for instance by a correction). */
    void refreshArticle(qint64 id);
    /** The row showing the article with this id, or -1. */
    int rowOf(qint64 articleId) const;

private:
    void addArticle(qint64 id);
    void removeArticle(qint64 id);

    QPointer<ArticleStore> m_store;
    QList<ArticleSummary> m_rows;
};

} // namespace Attache::Gui
