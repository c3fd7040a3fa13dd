// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Attache::Cli {

class CliContext;

/** One attache-cli command: its name, its one-line synopsis and summary for --help, and its body. */
struct CliCommand
{
    QString name;
    QString synopsis;
    QString summary;
    /** Receives the arguments starting with the command's name; returns the exit code. */
    int (*run)(CliContext &context, const CliCommand &command, const QStringList &arguments) = nullptr;
};

} // namespace Attache::Cli
