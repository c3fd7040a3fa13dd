// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peoplestore.h"

#include "batchedtablemodel.h"

namespace Attache::Gui {

/**
 * One person's quotes across the whole project in date order, each with the article it is in.
 * Rows are handed to the view a batch at a time: a head of government may be quoted thousands of times.
 */
class PersonQuoteModel final : public BatchedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonQuoteModel)

public:
    enum Column { Date, Quote, Article, Outlet, Kind, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole, StartRole, EndRole };

    explicit PersonQuoteModel(QObject *parent = nullptr);

    /** Lists the quotes of personId in store (not owned); 0 or nullptr empties the model. */
    void setPerson(const PeopleStore *store, qint64 personId);
    qint64 personId() const { return m_personId; }
    /** All the person's quotes, fetched or not. */
    int quoteCount() const { return int(m_quotes.size()); }
    PeopleStore::PersonQuote quoteAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qsizetype available() const override { return m_quotes.size(); }

    qint64 m_personId = 0;
    QList<PeopleStore::PersonQuote> m_quotes;
};

} // namespace Attache::Gui
