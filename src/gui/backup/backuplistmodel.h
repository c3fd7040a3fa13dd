// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Attache::Gui {

/** A project's backups, newest first, for File ▸ Restore Backup: when, how large, and why each was made. */
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupListModel)

public:
    enum Column { Created, Size, Reason, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< the backup file's absolute path
        CreatedRole, ///< QDateTime (UTC) the backup was made; invalid when its name does not say
    };

    explicit BackupListModel(QObject *parent = nullptr);

    /** Lists projectPath's backups (Db::Backup::list); an empty path clears the list. */
    void setProject(const QString &projectPath);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The localised description of a reason create() records, e.g. "before-v3"; "" for one not known. */
    static QString describeReason(const QString &reason);

private:
    struct Entry
    {
        QString path;
        QDateTime created;
        QString reason;
        qint64 size = 0;
    };

    QList<Entry> m_entries;
};

} // namespace Attache::Gui
