// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Attache::Import {

/** Reads a file to import, refusing what is not a regular file or is over Limits::kMaxFileSize. */
class SourceFile
{
    Q_DECLARE_TR_FUNCTIONS(SourceFile)

public:
    /** The file's bytes, or nullopt with error set to a one-line reason. */
    static std::optional<QByteArray> read(const QString &path, QString *error);
};

} // namespace Attache::Import
