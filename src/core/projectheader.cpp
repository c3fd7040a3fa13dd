// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectheader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Attache {

namespace {
constexpr qsizetype kHeaderSize = 100;
constexpr qsizetype kPageSizeOffset = 16;
constexpr qsizetype kChangeCounterOffset = 24;
constexpr qsizetype kPageCountOffset = 28;
constexpr qsizetype kUserVersionOffset = 60;
constexpr qsizetype kVersionValidForOffset = 92;
// A stored page size of 1 means 65536, which does not fit the field's 16 bits.
constexpr quint32 kLargestPageSize = 65536;
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
    header.fileSize = info.size();
    const quint16 pageSize = qFromBigEndian<quint16>(bytes.constData() + kPageSizeOffset);
    header.pageSize = pageSize == 1 ? kLargestPageSize : pageSize;
    // SQLite trusts the page count only when the change counter matches "version valid for".
    if (qFromBigEndian<quint32>(bytes.constData() + kChangeCounterOffset)
        == qFromBigEndian<quint32>(bytes.constData() + kVersionValidForOffset)) {
        header.pageCount = qFromBigEndian<quint32>(bytes.constData() + kPageCountOffset);
    }
    return header;
}

bool ProjectHeader::isTruncated() const
{
    return kind == Kind::Sqlite && fileSize < qint64(pageSize) * qint64(pageCount);
}

} // namespace Attache
