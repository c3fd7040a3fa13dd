// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearchlistmodel.h"

#include "savedsearchstore.h"

#include <QIcon>

namespace Attache::Gui {

SavedSearchListModel::SavedSearchListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SavedSearchListModel::setStore(SavedSearchStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (m_store) {
        // Saved searches are few: reading them all again keeps the model simple and exact.
        connect(m_store, &SavedSearchStore::savedSearchAdded, this, &SavedSearchListModel::reload);
        connect(m_store, &SavedSearchStore::savedSearchChanged, this, &SavedSearchListModel::reload);
        connect(m_store, &SavedSearchStore::savedSearchRemoved, this, &SavedSearchListModel::reload);
    }
    reload();
}

void SavedSearchListModel::reload()
{
    beginResetModel();
    m_searches = m_store ? m_store->savedSearches() : QList<SavedSearch>();
    endResetModel();
}

int SavedSearchListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_searches.size(); ++row) {
        if (m_searches.at(row).id == id) {
            return int(row);
        }
    }
    return -1;
}

QString SavedSearchListModel::describe(const SavedSearch &search)
{
    const SearchFilter &filter = search.filter;
    QStringList parts;
    if (!search.query.trimmed().isEmpty()) {
        parts.append(search.query.trimmed());
    }
    const auto add = [&parts](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            parts.append(label.arg(value.trimmed()));
        }
    };
    add(tr("speaker: %1"), filter.speaker);
    add(tr("kind: %1"), filter.kind);
    add(tr("institution: %1"), filter.institution);
    add(tr("tag: %1"), filter.tag);
    add(tr("outlet: %1"), filter.outlet);
    if (filter.from.isValid()) {
        add(tr("from %1"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        add(tr("to %1"), filter.to.toString(Qt::ISODate));
    }
    return parts.join(QStringLiteral(" · "));
}

int SavedSearchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SavedSearch &search = m_searches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return search.name;
    case Qt::ToolTipRole:
        return describe(search);
    case Qt::DecorationRole:
        return QIcon::fromTheme(QStringLiteral("edit-find"));
    case SavedSearchIdRole:
        return search.id;
    default:
        return {};
    }
}

} // namespace Attache::Gui
