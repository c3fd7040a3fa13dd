// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Attache::Test {

/** What one run of the real attache-cli binary produced. */
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * Runs the built attache-cli with arguments and waits for it (up to a minute); environment holds
 * "NAME=value" entries set on top of the test's own environment.
 */
CliResult runCli(const QStringList &arguments, const QString &workingDirectory = {},
                 const QStringList &environment = {});

} // namespace Attache::Test
