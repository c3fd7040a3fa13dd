// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Attache::Db {

/**
 * Consistent copies of an open project through SQLite's online backup API, kept beside the
 * project in "<name>.backups/" and rotated so that only the newest few remain.
 */
class Backup
{
public:
    static constexpr int kDefaultKeep = 5;

    /** What a backup's file name records; created is invalid and reason empty for a name not made by create(). */
    struct Info
    {
        QDateTime created;
        QString reason;
    };

    /** Copies db (a connection on projectPath) to a new file in the backup folder; returns its path or "" with error
     * set. */
    static QString create(const QSqlDatabase &db, const QString &projectPath, const QString &reason, int keep,
                          QString *error);
    /** The backup folder of a project. */
    static QString folderFor(const QString &projectPath);
    /** A project's backups, newest first. */
    static QStringList list(const QString &projectPath);
    /** Reads the time (UTC) and reason create() put in a backup's file name. */
    static Info describe(const QString &backupPath);
    /**
     * Copies db's database into the file destination with the online backup API and checks the
     * copy's integrity; fails, removing destination, when the project is damaged, so that a damaged
     * copy never takes the place of an intact backup.
     */
    static bool copy(const QSqlDatabase &db, const QString &destination, QString *error);
};

} // namespace Attache::Db
