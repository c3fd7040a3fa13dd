// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The project opener on arbitrary file contents: it must refuse or open, never crash; an opened
// project must answer a query.

#include "fuzzsupport.h"
#include "project.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Attache::Fuzz::ensureApplication();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.attache"));
    for (const QString &leftover : QStringList {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile::remove(leftover);
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Attache::Fuzz::bytes(data, size)) != qint64(size)) {
            return 0;
        }
    }
    Attache::ProjectError error;
    if (const std::unique_ptr<Attache::Project> project = Attache::Project::open(path, &error)) {
        project->counts();
    }
    return 0;
}
