// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peoplestore.h"

#include "batchedtablemodel.h"

namespace Attache::Gui {

/**
 * Everyone in the project's people register, with what they said across the corpus. The register
 * is read in one pass; the view is given rows a batch at a time (fetchMore), so a register of
 * thousands of people opens at once. Sorting and the filter work on the whole register, not only
 * on the rows fetched so far, which is why they live here rather than in a proxy.
 */
class PeopleModel final : public BatchedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleModel)

public:
    /** The counts come early: the view is often a narrow dock, and role and institution can be long. */
    enum Column { Name, Kind, Articles, Quotes, Role, Institution, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole, AliasesRole };

    explicit PeopleModel(QObject *parent = nullptr);

    /** Reads the register of store (not owned); nullptr empties the model. */
    void setStore(const PeopleStore *store);
    /** Reads the register again, keeping sort order and filter. */
    void reload();
    /** Shows only people whose name, alias, role or institution contains text (ignoring case). */
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /** All the people that pass the filter, fetched or not. */
    int matchCount() const { return int(m_matches.size()); }
    /** The row of the person with id among the fetched rows (fetching up to it), or -1. */
    int rowOf(qint64 personId);
    PeopleStore::Person personAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    qsizetype available() const override { return m_matches.size(); }
    /** Fills m_matches from m_people with the filter and sort order, and shows the first batch. */
    void rebuild();
    bool matches(const PeopleStore::Person &person) const;
    /** What the person shows in column. */
    static QVariant value(const PeopleStore::Person &person, int column);

    const PeopleStore *m_store = nullptr;
    QList<PeopleStore::Person> m_people;
    /** Indexes into m_people, filtered and sorted. */
    QList<qsizetype> m_matches;
    QString m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Attache::Gui
