// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "articlestore.h"

#include <QLocale>

namespace Attache::Gui {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setStore(ArticleStore *store)
{
    beginResetModel();
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    m_rows = store ? store->summaries() : QList<ArticleSummary> {};
    if (store) {
        connect(store, &ArticleStore::articleAdded, this, &ArticleListModel::addArticle);
        connect(store, &ArticleStore::articleRemoved, this, &ArticleListModel::removeArticle);
        connect(store, &ArticleStore::articleChanged, this, &ArticleListModel::refreshArticle);
    }
    endResetModel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Title:
            return row.title.isEmpty() ? tr("(untitled)") : row.title;
        case Outlet:
            return row.outlet;
        case Published:
            return row.published.isValid() ? QLocale().toString(row.published, QLocale::ShortFormat) : QString();
        case Quotes:
            return row.quoteCount;
        case Notes:
            return row.noteCount;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Title:
            return row.title;
        case Outlet:
            return row.outlet;
        case Published:
            return row.published;
        case Quotes:
            return row.quoteCount;
        case Notes:
            return row.noteCount;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == Title ? row.title : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Quotes ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ArticleIdRole:
        return row.id;
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Title:
        return tr("Title");
    case Outlet:
        return tr("Outlet");
    case Published:
        return tr("Published");
    case Quotes:
        return tr("Quotes");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == articleId) {
            return int(row);
        }
    }
    return -1;
}

void ArticleListModel::addArticle(qint64 id)
{
    const std::optional<ArticleSummary> summary = m_store->summary(id);
    if (!summary) {
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.append(*summary);
    endInsertRows();
}

void ArticleListModel::refreshArticle(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<ArticleSummary> summary = m_store->summary(id);
    if (row < 0 || !summary) {
        return;
    }
    m_rows[row] = *summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::removeArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace Attache::Gui
