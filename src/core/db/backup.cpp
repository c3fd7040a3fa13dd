// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "../clock.h"
#include "../outputfile.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTimeZone>

#include <sqlite3.h>

#include <cerrno>

namespace Attache::Db {

namespace {
// Copies in slices so a large project does not hold one long lock step.
constexpr int kPagesPerStep = 1024;
// create() names a backup "<project>-<stamp>-<reason>.attache"; the project's name may hold dashes too.
constexpr auto kStampFormat = "yyyyMMdd-HHmmss-zzz";

/**
 * The copy holds the project's pages byte for byte, damage included, so checking it checks the
 * project as well as what was written, and a project open with its check skipped is covered.
 */
bool checkIntegrity(sqlite3 *copy, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    QString problem;
    int result = sqlite3_prepare_v2(copy, "PRAGMA quick_check", -1, &statement, nullptr);
    if (result == SQLITE_OK && (result = sqlite3_step(statement)) == SQLITE_ROW) {
        problem = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        result = sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (problem == QLatin1StringView("ok") && result == SQLITE_DONE) {
        return true;
    }
    if (problem.isEmpty() || problem == QLatin1StringView("ok")) {
        problem = QString::fromUtf8(sqlite3_errmsg(copy));
    }
    *error = QCoreApplication::translate("Attache::Db::Backup",
                                         "the project is damaged (%1), so it was not backed up; the earlier backups "
                                         "are kept")
                 .arg(problem);
    return false;
}

} // namespace

QString Backup::folderFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".backups");
}

QStringList Backup::list(const QString &projectPath)
{
    const QDir dir(folderFor(projectPath));
    QStringList paths;
    // Names carry a sortable timestamp, so name order is age order.
    for (const QString &name : dir.entryList({QStringLiteral("*.attache")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

Backup::Info Backup::describe(const QString &backupPath)
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})-([A-Za-z0-9-]+)$"));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(backupPath).completeBaseName());
    if (!match.hasMatch()) {
        return {};
    }
    // Date and time apart: read as one local date-time, a stamp in a daylight-saving gap would be lost.
    const QString stamp = match.captured(1);
    const QDateTime created(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                            QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss-zzz")), QTimeZone::UTC);
    if (!created.isValid()) {
        return {};
    }
    return {created, match.captured(2)};
}

bool Backup::copy(const QSqlDatabase &db, const QString &destination, QString *error)
{
    sqlite3 *source = nativeHandle(db);
    if (!source) {
        *error = QCoreApplication::translate("Attache::Db::Backup",
                                             "the project's database driver does not allow backups");
        return false;
    }
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(destination).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    int result = backup ? SQLITE_OK : sqlite3_errcode(target);
    while (backup && (result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED)) {
        result = sqlite3_backup_step(backup, kPagesPerStep);
    }
    if (backup) {
        sqlite3_backup_finish(backup);
    }
    bool ok = result == SQLITE_DONE;
    if (ok) {
        ok = checkIntegrity(target, error);
    } else {
        // SQLite's own words ("disk I/O error") hide the cause that the system call gave.
        const int systemError = (result & 0xff) == SQLITE_FULL ? ENOSPC : sqlite3_system_errno(target);
        *error = systemError != 0 ? OutputFile::describeSystemError(systemError)
                                  : QString::fromUtf8(sqlite3_errmsg(target));
    }
    sqlite3_close(target);
    if (!ok) {
        QFile::remove(destination);
    }
    return ok;
}

QString Backup::create(const QSqlDatabase &db, const QString &projectPath, const QString &reason, int keep,
                       QString *error)
{
    const QString folder = folderFor(projectPath);
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("Attache::Db::Backup", "cannot create the backup folder %1").arg(folder);
        return {};
    }
    const QString stamp = Clock::instance().now().toUTC().toString(QLatin1StringView(kStampFormat));
    const QString path = folder + u'/' + QFileInfo(projectPath).completeBaseName() + u'-' + stamp + u'-' + reason
        + QStringLiteral(".attache");
    // A backup never replaces a file, least of all an earlier backup made in the same millisecond.
    if (QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("Attache::Db::Backup", "%1 already exists").arg(path);
        return {};
    }
    // Copied under another name first, so that a copy cut short is never taken for a backup.
    QTemporaryFile staging(path + QStringLiteral(".XXXXXX.partial"));
    staging.setAutoRemove(false);
    if (!staging.open()) {
        *error = QCoreApplication::translate("Attache::Db::Backup", "cannot write in %1: %2")
                     .arg(folder, OutputFile::describeSystemError(errno));
        return {};
    }
    const QString stagingPath = staging.fileName();
    staging.close();
    if (!copy(db, stagingPath, error)) {
        return {};
    }
    // rename() refuses an existing name, so a file that appeared meanwhile is not replaced either.
    if (!QFile::rename(stagingPath, path)) {
        QFile::remove(stagingPath);
        *error = QCoreApplication::translate("Attache::Db::Backup", "%1 already exists").arg(path);
        return {};
    }
    const QStringList backups = list(projectPath);
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i) {
        QFile::remove(backups.at(i));
    }
    return path;
}

} // namespace Attache::Db
