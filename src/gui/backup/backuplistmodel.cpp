// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuplistmodel.h"

#include "db/backup.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace Attache::Gui {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupListModel::setProject(const QString &projectPath)
{
    beginResetModel();
    m_entries.clear();
    if (!projectPath.isEmpty()) {
        for (const QString &path : Db::Backup::list(projectPath)) {
            const Db::Backup::Info info = Db::Backup::describe(path);
            m_entries.append({path, info.created, info.reason, QFileInfo(path).size()});
        }
    }
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case PathRole:
        return entry.path;
    case CreatedRole:
        return entry.created;
    case Qt::ToolTipRole:
        return entry.path;
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Created:
        return entry.created.isValid() ? locale.toString(entry.created.toLocalTime(), QLocale::ShortFormat)
                                       : QFileInfo(entry.path).fileName();
    case Size:
        return locale.formattedDataSize(entry.size);
    case Reason:
        return describeReason(entry.reason);
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Created:
        return tr("Made");
    case Size:
        return tr("Size");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

QString BackupListModel::describeReason(const QString &reason)
{
    // The words create()'s callers use (Project::backup, the schedule, a migration); others stay blank.
    if (reason == u"manual") {
        return tr("Made on request");
    }
    if (reason == u"scheduled") {
        return tr("Scheduled");
    }
    static const QRegularExpression upgrade(QStringLiteral("^before-v(\\d+)$"));
    if (const QRegularExpressionMatch match = upgrade.match(reason); match.hasMatch()) {
        return tr("Before upgrading to project format %1").arg(match.captured(1));
    }
    return {};
}

} // namespace Attache::Gui
