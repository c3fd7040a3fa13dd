// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefile.h"

#include "outputfile.h"
#include "sizelimits.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace Attache::Import {

namespace {
constexpr qint64 kMegabyte = 1024 * 1024;
}

std::optional<QByteArray> SourceFile::read(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("no such file");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = tr("not a regular file");
        return std::nullopt;
    }
    if (info.size() > Limits::kMaxFileSize) {
        *error = tr("file too large (%1 MB; the limit is %2 MB)")
                     .arg(info.size() / kMegabyte)
                     .arg(Limits::kMaxFileSize / kMegabyte);
        return std::nullopt;
    }
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the file: %1")
                     .arg(errno != 0 ? OutputFile::describeSystemError(errno) : file.errorString());
        return std::nullopt;
    }
    // Read at most one byte past the limit: the file may have grown since it was measured.
    QByteArray bytes = file.read(Limits::kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > Limits::kMaxFileSize) {
        *error = tr("file too large (the limit is %1 MB)").arg(Limits::kMaxFileSize / kMegabyte);
        return std::nullopt;
    }
    return bytes;
}

} // namespace Attache::Import
