// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Attache::Cli {

/**
 * attache-cli's commands. Output goes to the given streams so that tests can run commands in
 * process. Exit codes: 0 success, 1 usage error, 2 input error; every error is one line on err.
 */
class CliApplication
{
public:
    enum ExitCode { Success = 0, UsageError = 1, InputError = 2 };

    CliApplication(QTextStream &out, QTextStream &err);

    /** Runs one command line; arguments[0] is the program name. */
    int run(const QStringList &arguments);

private:
    struct Command
    {
        QString name;
        QString synopsis;
        QString summary;
        int (CliApplication::*handler)(const QStringList &arguments);
    };

    int newProject(const QStringList &arguments);
    int info(const QStringList &arguments);

    /** Parses a command's arguments; on a usage error prints it and returns false. */
    bool parse(QCommandLineParser &parser, const Command &command, const QStringList &arguments, int minPositional,
               int maxPositional);
    int usageError(const QString &message);
    int inputError(const QString &message);
    void printHelp();
    void printCommandHelp(const Command &command, const QCommandLineParser &parser);
    void printJson(const QJsonObject &object);
    const Command *findCommand(const QString &name) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QList<Command> m_commands;
    const Command *m_current = nullptr;
};

} // namespace Attache::Cli
