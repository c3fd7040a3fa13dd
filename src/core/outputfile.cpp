// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "project.h"
#include "projectheader.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace Attache {

namespace {

/** The same file as project or one of the journals SQLite keeps beside it. */
bool belongsTo(const QFileInfo &target, const QString &project)
{
    const QString canonical = QFileInfo(project).canonicalFilePath();
    if (canonical.isEmpty()) {
        return false;
    }
    const QString path = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    for (const QLatin1StringView suffix :
         {QLatin1StringView(), QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal")}) {
        if (path == canonical + suffix) {
            return true;
        }
    }
    return false;
}

/** errno as it was when a call failed, in words, or the device's own text when errno says nothing. */
QString cause(int errorNumber, const QFileDevice &file)
{
    return errorNumber != 0 ? OutputFile::describeSystemError(errorNumber) : file.errorString();
}

bool writeDirectly(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cause(errno, file);
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        *error = cause(errno, file);
        return false;
    }
    return true;
}

} // namespace

QString OutputFile::refusal(const QString &path, const QString &openProject)
{
    const QFileInfo info(path);
    if (!openProject.isEmpty() && belongsTo(info, openProject)) {
        return tr("%1 is the open project; choose another file").arg(info.absoluteFilePath());
    }
    if (info.isDir()) {
        return tr("%1 is a folder; name a file").arg(info.absoluteFilePath());
    }
    // Only a regular file is read: opening a pipe to look at it would wait for a writer.
    if (!info.isFile()) {
        return {};
    }
    if (const ProjectHeader header = ProjectHeader::read(path);
        header.kind == ProjectHeader::Kind::Sqlite && header.applicationId == Project::kApplicationId) {
        return tr("%1 is an Attaché project and is not written over; choose another file").arg(info.absoluteFilePath());
    }
    return {};
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        return writeDirectly(path, bytes, error);
    }
    QSaveFile file(path);
    // Unbuffered, so that errno still holds the cause when a call fails.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cause(errno, file);
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const int failure = errno;
        file.cancelWriting();
        *error = cause(failure, file);
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        *error = cause(errno, file);
        return false;
    }
    return true;
}

QString OutputFile::describeSystemError(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
        return tr("the disk is full");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EFBIG:
        return tr("the file would be larger than the disk allows");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EROFS:
        return tr("the disk is read-only");
    case ENOENT:
        return tr("the folder does not exist");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case EISDIR:
        return tr("it is a folder");
    case EIO:
        return tr("the disk reported an input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

} // namespace Attache
