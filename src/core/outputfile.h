// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Attache {

/**
 * Writes a file the user named (a report, an export) so that nothing is lost: a project is never
 * written over, and a write that fails leaves the old file as it was and says why.
 */
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(Attache::OutputFile)

public:
    /**
     * Why path must not be written, or an empty string. Refused are an Attaché project (read from
     * its header, whatever its name) and openProject itself with its journal files.
     */
    static QString refusal(const QString &path, const QString &openProject = {});

    /**
     * Replaces path with bytes through a temporary file and a rename, so a failure leaves the old
     * file intact; devices and pipes, which cannot be renamed over, are written directly.
     */
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    /** The cause behind a failed system call, in words: "the disk is full", "permission denied". */
    static QString describeSystemError(int errorNumber);
};

} // namespace Attache
