// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>

namespace Attache {
class Project;
}

namespace Attache::Cli {

struct CliCommand;

/**
 * What a command writes to and how it reports. Exit codes: 0 success, 1 usage error, 2 input
 * error, 3 when some inputs of a command failed and others did not; every error is one line on the
 * error stream.
 */
class CliContext
{
public:
    enum ExitCode { Success = 0, UsageError = 1, InputError = 2, PartialFailure = 3 };
    enum class ParseResult { Ok, HelpShown, Failed };

    CliContext(QTextStream &out, QTextStream &err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /**
     * Adds --help to parser and parses a command's arguments. On Failed a usage error was printed;
     * on HelpShown the command's help was printed. exitCode() maps both to the right code.
     */
    ParseResult parse(QCommandLineParser &parser, const CliCommand &command, const QStringList &arguments,
                      int minPositional, int maxPositional);
    static int exitCode(ParseResult result) { return result == ParseResult::HelpShown ? Success : UsageError; }

    /** Opens the project at path; on failure prints why (one line) and sets exitCode to InputError. */
    std::unique_ptr<Project> openProject(const QString &path, int *exitCode);

    int usageError(const QString &message);
    int inputError(const QString &message);
    /**
     * A file name fit for one field of a line: control characters become escapes (\\n, \\t,
     * \\x1b) and a backslash is doubled, so a name cannot break a line or a column apart.
     */
    static QString escaped(const QString &path);
    /** Prints object as one line of compact JSON. */
    void printJson(const QJsonObject &object);
    /** Whether the error stream is a terminal, where progress may be shown. */
    bool errIsTerminal() const;

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Attache::Cli
