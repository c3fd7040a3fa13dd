// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "clicontext.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

/** attache-cli: dispatches a command line to its command. Tests run it in process with their own streams. */
class CliApplication
{
public:
    CliApplication(QTextStream &out, QTextStream &err);

    /** Runs one command line; arguments[0] is the program name. Returns the exit code. */
    int run(const QStringList &arguments);

private:
    const CliCommand *findCommand(const QString &name) const;
    void printHelp();

    CliContext m_context;
    QList<CliCommand> m_commands;
};

} // namespace Attache::Cli
