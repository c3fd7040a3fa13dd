// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "analyzecommands.h"
#include "annotatecommands.h"
#include "backupcommands.h"
#include "db/migrator.h"
#include "exportcommands.h"
#include "importcommands.h"
#include "project.h"
#include "projectcommands.h"
#include "searchcommands.h"
#include "speakercommands.h"

namespace Attache::Cli {

namespace {
constexpr QLatin1StringView kProgram {"attache-cli"};
}

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_context(out, err)
    , m_commands(projectCommands() + importCommands() + analyzeCommands() + speakerCommands() + annotateCommands()
                 + searchCommands() + exportCommands() + backupCommands())
{
}

int CliApplication::run(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        return m_context.usageError(QStringLiteral("no command given"));
    }
    const QString &first = rest.constFirst();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        if (rest.size() == 1) {
            printHelp();
            return CliContext::Success;
        }
        if (const CliCommand *command = findCommand(rest.at(1))) {
            return command->run(m_context, *command, {command->name, QStringLiteral("--help")});
        }
        return m_context.usageError(QStringLiteral("unknown command '%1'").arg(rest.at(1)));
    }
    if (first == u"--version" || first == u"-v") {
        m_context.out() << kProgram << ' ' << QStringLiteral(ATTACHE_VERSION) << " (project format "
                        << Db::Migrator::latestVersion() << ", Qt " << qVersion() << ")\n";
        return CliContext::Success;
    }
    if (first.startsWith(u'-')) {
        return m_context.usageError(QStringLiteral("unknown option '%1'").arg(first));
    }
    const CliCommand *command = findCommand(first);
    if (!command) {
        return m_context.usageError(QStringLiteral("unknown command '%1'").arg(first));
    }
    return command->run(m_context, *command, rest);
}

const CliCommand *CliApplication::findCommand(const QString &name) const
{
    for (const CliCommand &command : m_commands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

void CliApplication::printHelp()
{
    QTextStream &out = m_context.out();
    out << "Usage: " << kProgram << " COMMAND [ARGS...]\n\n"
        << "Attaché's batch tool: work on project files (*." << Project::kFileSuffix << ") without the reader.\n\n"
        << "Commands:\n";
    for (const CliCommand &command : m_commands) {
        out << "  " << command.synopsis.leftJustified(34) << ' ' << command.summary << '\n';
    }
    out << "\nOptions:\n"
        << "  -h, --help                         Show this help; '" << kProgram << " COMMAND --help' for one command.\n"
        << "  -v, --version                      Show the version.\n\n"
        << "Exit codes: 0 success, 1 usage error, 2 input error (missing or bad file, damaged project...).\n";
}

} // namespace Attache::Cli
