// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

namespace Attache::Gui {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit &hit = m_hits.at(index.row());
    if (role == HitIndexRole) {
        return index.row();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Kind:
        switch (hit.kind) {
        case SearchHit::Kind::Article:
            return tr("Article");
        case SearchHit::Kind::Annotation:
            return tr("Note");
        case SearchHit::Kind::Quote:
            return hit.speaker.isEmpty() ? tr("Quote") : tr("Quote: %1").arg(hit.speaker);
        }
        break;
    case Article:
        return hit.articleTitle;
    case Match:
        return role == Qt::DisplayRole ? QString(hit.snippet).replace(u'\n', u' ') : hit.snippet;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Kind:
        return tr("Found in");
    case Article:
        return tr("Article");
    case Match:
        return tr("Match");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Attache::Gui
