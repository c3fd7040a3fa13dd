// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace Attache {
class TagStore;
}

namespace Attache::Gui {

/**
 * The project's tags as a tree. Optionally checkable, for choosing an annotation's tags.
 * Rebuilt from the store when tags change (tag sets are small; annotations are not).
 */
class TagTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagTreeModel)

public:
    enum Role { TagIdRole = Qt::UserRole, DescriptionRole };

    explicit TagTreeModel(QObject *parent = nullptr);

    void setStore(TagStore *store);
    void setCheckable(bool checkable);
    QList<qint64> checkedIds() const;
    void setCheckedIds(const QList<qint64> &ids);

    QModelIndex indexOf(qint64 tagId) const;
    /** "Parent › Child" for display in lists. */
    QString pathOf(qint64 tagId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reload();
    const QList<qint64> &childrenOf(qint64 parentId) const;

    QPointer<TagStore> m_store;
    QHash<qint64, Tag> m_tags;
    QHash<qint64, QList<qint64>> m_children; ///< parent id (0 for the root) to child ids in display order
    QSet<qint64> m_checked;
    bool m_checkable = false;
};

} // namespace Attache::Gui
