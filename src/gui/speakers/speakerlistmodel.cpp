// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakerlistmodel.h"

namespace Attache::Gui {

SpeakerListModel::SpeakerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpeakerListModel::setResult(const Analysis::AnalysisResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

QColor SpeakerListModel::colorFor(int speakerIndex)
{
    // Golden-angle hues keep neighbouring speakers apart however many there are.
    return QColor::fromHsv((speakerIndex * 137 + 40) % 360, 170, 235, 80);
}

int SpeakerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.speakers.size());
}

int SpeakerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpeakerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Analysis::Speaker &speaker = m_result.speakers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case Name:
            return speaker.name;
        case Kind:
            return Analysis::speakerKindLabel(speaker.kind);
        case Role:
            return speaker.role;
        case Quotes:
            return speaker.quoteCount;
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        // The kind's swatch is the colour the reader underlines the speaker's quotes with.
        return index.column() == Name ? QVariant(colorFor(index.row()))
            : index.column() == Kind  ? QVariant(Analysis::speakerKindColor(speaker.kind))
                                      : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Name && !speaker.aliases.isEmpty()) {
            return tr("Also: %1").arg(speaker.aliases.join(QStringLiteral(", ")));
        }
        return index.column() == Role && !speaker.role.isEmpty() ? QVariant(speaker.role) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Quotes ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SpeakerIndexRole:
        return index.row();
    case ColorRole:
        return colorFor(index.row());
    default:
        break;
    }
    return {};
}

QVariant SpeakerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Name:
        return tr("Speaker");
    case Kind:
        return tr("Kind");
    case Role:
        return tr("Role");
    case Quotes:
        return tr("Quotes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Attache::Gui
