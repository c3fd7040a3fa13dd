// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectheader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Attache {

namespace {
constexpr qsizetype kHeaderSize = 100;
constexpr qsizetype kUserVersionOffset = 60;
constexpr qsizetype kApplicationIdOffset = 68;
constexpr char kSqliteMagic[] = "SQLite format 3";
} // namespace

ProjectHeader ProjectHeader::read(const QString &path)
{
    ProjectHeader header;
    const QFileInfo info(path);
    if (!info.exists()) {
        return header;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        header.kind = Kind::Unreadable;
        return header;
    }
    const QByteArray bytes = file.read(kHeaderSize);
    if (bytes.isEmpty()) {
        header.kind = Kind::Empty;
        return header;
    }
    // The magic includes its terminating NUL.
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArrayView(kSqliteMagic, sizeof kSqliteMagic))) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    header.kind = Kind::Sqlite;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + kUserVersionOffset);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + kApplicationIdOffset);
    return header;
}

} // namespace Attache
