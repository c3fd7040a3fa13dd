// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedsearch.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Attache {
class SavedSearchStore;
}

namespace Attache::Gui {

/** The project's saved searches by name; the tooltip says what each one looks for. */
class SavedSearchListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchListModel)

public:
    enum Role { SavedSearchIdRole = Qt::UserRole };

    explicit SavedSearchListModel(QObject *parent = nullptr);

    /** Follows store's changes; nullptr empties the list. */
    void setStore(SavedSearchStore *store);
    /** The row of the saved search id, or -1. */
    int rowOf(qint64 id) const;
    const SavedSearch &savedSearchAt(int row) const { return m_searches.at(row); }

    /** One line for a person: the words and each filter, e.g. "tariffs · kind: expert · from 2024-01-01". */
    static QString describe(const SavedSearch &search);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<SavedSearchStore> m_store;
    QList<SavedSearch> m_searches;
};

} // namespace Attache::Gui
