// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Attache::Gui {

/**
 * A table over rows held in memory that hands them to the view a batch at a time, so that a list
 * of thousands (a head of government's quotes, a large register) opens at once. Subclasses say how
 * many rows there are in all and replace them between beginReplacingRows() and endReplacingRows().
 */
class BatchedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchedTableModel)

public:
    static constexpr int kBatchSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    explicit BatchedTableModel(QObject *parent = nullptr);

    /** How many rows there are, fetched or not. */
    virtual qsizetype available() const = 0;
    /** How many rows the view has been given. */
    int fetched() const { return m_fetched; }
    /** Starts a reset; endReplacingRows() gives the view the first batch of the new rows. */
    void beginReplacingRows();
    void endReplacingRows();
    /** Gives the view every row up to row, so that it can be shown (a row asked for by id). */
    void fetchUpTo(int row);

private:
    int m_fetched = 0;
    /** Set while rows change: a view (or tester) reacting to the change must not fetch in the middle of it. */
    bool m_changing = false;
};

} // namespace Attache::Gui
