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
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (store) {
        connect(store, &ArticleStore::articleAdded, this, &ArticleListModel::addArticle);
        connect(store, &ArticleStore::articleRemoved, this, &ArticleListModel::removeArticle);
        connect(store, &ArticleStore::articleChanged, this, &ArticleListModel::refreshArticle);
    }
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_total = m_store ? m_store->summaryCount(m_order.filter) : 0;
    m_rows = m_store ? m_store->summaryPage(m_order, 0, kPageSize) : QList<ArticleSummary> {};
    endResetModel();
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    fetchRows(kPageSize);
}

void ArticleListModel::fetchRows(qint64 count)
{
    const QList<ArticleSummary> page = m_store->summaryPage(m_order, m_rows.size(), int(count));
    if (page.isEmpty()) {
        // The store has fewer rows than counted (a failed read): stop asking rather than loop.
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    static constexpr ArticleStore::SummaryKey kKeys[]
        = {ArticleStore::SummaryKey::Title, ArticleStore::SummaryKey::Outlet, ArticleStore::SummaryKey::Published,
           ArticleStore::SummaryKey::Quotes, ArticleStore::SummaryKey::Notes};
    const ArticleStore::SummaryKey key = kKeys[column];
    if (key == m_order.key && order == m_order.order) {
        return;
    }
    m_order.key = key;
    m_order.order = order;
    // A reset rather than a layout change: the rows are re-read from the top, so the fetched rows
    // before and after need not be the same articles.
    reload();
}

void ArticleListModel::setFilter(const QString &text)
{
    if (text == m_order.filter) {
        return;
    }
    m_order.filter = text;
    reload();
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

int ArticleListModel::loadRowOf(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row >= 0 || !m_store) {
        return row;
    }
    // One read up to the end of the article's page, rather than a page at a time.
    const qint64 position = m_store->summaryPosition(m_order, articleId);
    if (position < m_rows.size()) {
        return -1;
    }
    fetchRows((position / kPageSize + 1) * kPageSize - m_rows.size());
    return rowOf(articleId);
}

void ArticleListModel::insertFetched(qint64 position, const ArticleSummary &summary)
{
    // The fetched rows are the first ones in order; one that sorts after them waits for fetchMore().
    if (position > m_rows.size()) {
        return;
    }
    beginInsertRows({}, int(position), int(position));
    m_rows.insert(position, summary);
    endInsertRows();
}

void ArticleListModel::addArticle(qint64 id)
{
    // During an import most new articles sort after the fetched rows: one comparison with the last
    // of them is much cheaper than finding the article's position among all.
    if (m_order.filter.isEmpty() && !m_rows.isEmpty() && m_rows.size() < m_total
        && m_store->sortsAfter(m_order, id, m_rows.constLast().id)) {
        ++m_total;
        return;
    }
    const qint64 position = m_store->summaryPosition(m_order, id);
    const std::optional<ArticleSummary> summary = m_store->summary(id);
    if (position < 0 || !summary) {
        return;
    }
    // Counted after the row is in, so that a view fetching more meanwhile does not read it twice.
    insertFetched(position, *summary);
    ++m_total;
}

void ArticleListModel::refreshArticle(qint64 id)
{
    if (!m_store) {
        return;
    }
    const int row = rowOf(id);
    const std::optional<ArticleSummary> summary = m_store->summary(id);
    const qint64 position = summary ? m_store->summaryPosition(m_order, id) : -1;
    if (row >= 0 && position >= 0 && position < m_rows.size()) {
        m_rows[row] = *summary;
        // A new title (or count) can move the row; moving keeps the view's selection on it.
        if (position != row) {
            beginMoveRows({}, row, row, {}, int(position > row ? position + 1 : position));
            m_rows.move(row, position);
            endMoveRows();
        }
        Q_EMIT dataChanged(index(int(position), 0), index(int(position), ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (position >= 0 && summary) {
        insertFetched(position, *summary);
    }
    m_total = m_store->summaryCount(m_order.filter);
}

void ArticleListModel::removeArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // The article may have been among those not fetched yet.
    m_total = m_store->summaryCount(m_order.filter);
}

} // namespace Attache::Gui
