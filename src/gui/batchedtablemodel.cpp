// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchedtablemodel.h"

namespace Attache::Gui {

BatchedTableModel::BatchedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BatchedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

bool BatchedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_changing && !parent.isValid() && m_fetched < available();
}

void BatchedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        fetchUpTo(int(std::min<qsizetype>(m_fetched + kBatchSize, available())) - 1);
    }
}

void BatchedTableModel::beginReplacingRows()
{
    m_changing = true;
    beginResetModel();
}

void BatchedTableModel::endReplacingRows()
{
    m_fetched = int(std::min<qsizetype>(kBatchSize, available()));
    endResetModel();
    m_changing = false;
}

void BatchedTableModel::fetchUpTo(int row)
{
    if (row < m_fetched || row >= available()) {
        return;
    }
    m_changing = true;
    beginInsertRows({}, m_fetched, row);
    m_fetched = row + 1;
    endInsertRows();
    m_changing = false;
}

} // namespace Attache::Gui
