// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "clicommand.h"
#include "project.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace Attache::Cli {

namespace {
constexpr QLatin1StringView kProgram {"attache-cli"};
}

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

CliContext::ParseResult CliContext::parse(QCommandLineParser &parser, const CliCommand &command,
                                          const QStringList &arguments, int minPositional, int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
        return ParseResult::Failed;
    }
    if (parser.isSet(help)) {
        m_out << "Usage: " << kProgram << ' ' << command.synopsis << "\n\n" << command.summary << '\n';
        const QString options = parser.helpText().section(QStringLiteral("Options:"), 1);
        if (!options.trimmed().isEmpty()) {
            m_out << "\nOptions:" << options;
        }
        return ParseResult::HelpShown;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        usageError(QStringLiteral("usage: %1 %2").arg(kProgram, command.synopsis));
        return ParseResult::Failed;
    }
    return ParseResult::Ok;
}

std::unique_ptr<Project> CliContext::openProject(const QString &path, int *exitCode)
{
    ProjectError error;
    std::unique_ptr<Project> project = Project::open(path, &error);
    if (!project) {
        *exitCode = inputError(error.message);
    }
    return project;
}

int CliContext::usageError(const QString &message)
{
    m_out.flush();
    m_err << kProgram << ": " << message << " (see '" << kProgram << " --help')\n";
    m_err.flush();
    return UsageError;
}

int CliContext::inputError(const QString &message)
{
    m_out.flush();
    m_err << kProgram << ": " << message << '\n';
    m_err.flush();
    return InputError;
}

QString CliContext::escaped(const QString &path)
{
    QString result;
    result.reserve(path.size());
    for (const QChar c : path) {
        switch (c.unicode()) {
        case u'\\':
            result += QLatin1StringView("\\\\");
            break;
        case u'\n':
            result += QLatin1StringView("\\n");
            break;
        case u'\r':
            result += QLatin1StringView("\\r");
            break;
        case u'\t':
            result += QLatin1StringView("\\t");
            break;
        default:
            // C0, DEL and C1 controls; other characters, whatever the script, pass as they are.
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)) {
                result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            } else {
                result += c;
            }
        }
    }
    return result;
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

bool CliContext::errIsTerminal() const
{
    return isatty(fileno(stderr)) != 0;
}

} // namespace Attache::Cli
