// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtreemodel.h"

#include "tagstore.h"

#include <QColor>

namespace Attache::Gui {

TagTreeModel::TagTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TagTreeModel::setStore(TagStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (store) {
        connect(store, &TagStore::tagAdded, this, &TagTreeModel::reload);
        connect(store, &TagStore::tagChanged, this, &TagTreeModel::reload);
        connect(store, &TagStore::tagRemoved, this, &TagTreeModel::reload);
    }
    reload();
}

void TagTreeModel::reload()
{
    beginResetModel();
    m_tags.clear();
    m_children.clear();
    if (m_store) {
        for (const Tag &tag : m_store->tags()) {
            m_tags.insert(tag.id, tag);
            m_children[tag.parentId].append(tag.id);
        }
    }
    for (auto it = m_checked.begin(); it != m_checked.end();) {
        it = m_tags.contains(*it) ? std::next(it) : m_checked.erase(it);
    }
    endResetModel();
}

void TagTreeModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

QList<qint64> TagTreeModel::checkedIds() const
{
    QList<qint64> ids(m_checked.cbegin(), m_checked.cend());
    std::ranges::sort(ids);
    return ids;
}

void TagTreeModel::setCheckedIds(const QList<qint64> &ids)
{
    beginResetModel();
    m_checked = QSet<qint64>(ids.cbegin(), ids.cend());
    endResetModel();
}

const QList<qint64> &TagTreeModel::childrenOf(qint64 parentId) const
{
    static const QList<qint64> none;
    const auto it = m_children.constFind(parentId);
    return it == m_children.cend() ? none : *it;
}

QModelIndex TagTreeModel::indexOf(qint64 tagId) const
{
    const auto tag = m_tags.constFind(tagId);
    if (tag == m_tags.cend()) {
        return {};
    }
    return createIndex(int(childrenOf(tag->parentId).indexOf(tagId)), 0, quintptr(tagId));
}

QString TagTreeModel::pathOf(qint64 tagId) const
{
    QStringList names;
    for (auto tag = m_tags.constFind(tagId); tag != m_tags.cend(); tag = m_tags.constFind(tag->parentId)) {
        names.prepend(tag->name);
    }
    return names.join(QStringLiteral(" › "));
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(childrenOf(parentId).at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const qint64 parentId = m_tags.value(qint64(child.internalId())).parentId;
    return parentId > 0 ? indexOf(parentId) : QModelIndex();
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(childrenOf(parent.isValid() ? qint64(parent.internalId()) : 0).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Tag tag = m_tags.value(qint64(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return tag.name;
    case Qt::DecorationRole:
        return tag.color.isEmpty() ? QVariant() : QVariant(QColor(tag.color));
    case Qt::ToolTipRole:
    case DescriptionRole:
        return tag.description.isEmpty() ? QVariant() : QVariant(tag.description);
    case Qt::CheckStateRole:
        return m_checkable ? QVariant(m_checked.contains(tag.id) ? Qt::Checked : Qt::Unchecked) : QVariant();
    case TagIdRole:
        return tag.id;
    default:
        return {};
    }
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const qint64 id = qint64(index.internalId());
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        m_checked.insert(id);
    } else {
        m_checked.remove(id);
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return QAbstractItemModel::flags(index) | (m_checkable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
}

} // namespace Attache::Gui
