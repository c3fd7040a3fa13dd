// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "db/migrator.h"
#include "project.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Attache::Cli {

namespace {
constexpr QLatin1StringView kProgram {"attache-cli"};
}

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_commands({
          {QStringLiteral("new"), QStringLiteral("new PROJECT"), QStringLiteral("Create an empty project file."),
           &CliApplication::newProject},
          {QStringLiteral("info"), QStringLiteral("info PROJECT [--json]"),
           QStringLiteral("Show a project's schema version and what it holds."), &CliApplication::info},
      })
{
}

int CliApplication::run(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        return usageError(QStringLiteral("no command given"));
    }
    const QString &first = rest.constFirst();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        if (rest.size() > 1) {
            if (const Command *command = findCommand(rest.at(1))) {
                return run({arguments.constFirst(), command->name, QStringLiteral("--help")});
            }
            return usageError(QStringLiteral("unknown command '%1'").arg(rest.at(1)));
        }
        printHelp();
        return Success;
    }
    if (first == u"--version" || first == u"-v") {
        m_out << kProgram << ' ' << QStringLiteral(ATTACHE_VERSION) << " (project format "
              << Db::Migrator::latestVersion() << ", Qt " << qVersion() << ")\n";
        return Success;
    }
    if (first.startsWith(u'-')) {
        return usageError(QStringLiteral("unknown option '%1'").arg(first));
    }
    const Command *command = findCommand(first);
    if (!command) {
        return usageError(QStringLiteral("unknown command '%1'").arg(first));
    }
    m_current = command;
    return (this->*command->handler)(rest);
}

const CliApplication::Command *CliApplication::findCommand(const QString &name) const
{
    for (const Command &command : m_commands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

bool CliApplication::parse(QCommandLineParser &parser, const Command &command, const QStringList &arguments,
                           int minPositional, int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        printCommandHelp(command, parser);
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        usageError(QStringLiteral("usage: %1 %2").arg(kProgram, command.synopsis));
        return false;
    }
    return true;
}

int CliApplication::newProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, *m_current, arguments, 1, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    }
    ProjectError error;
    const std::unique_ptr<Project> project = Project::create(parser.positionalArguments().constFirst(), &error);
    if (!project) {
        return inputError(error.message);
    }
    m_out << "Created " << project->path() << '\n';
    return Success;
}

int CliApplication::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(json);
    if (!parse(parser, *m_current, arguments, 1, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    }
    ProjectError error;
    const std::unique_ptr<Project> project = Project::open(parser.positionalArguments().constFirst(), &error);
    if (!project) {
        return inputError(error.message);
    }
    const Project::Counts counts = project->counts();
    if (parser.isSet(json)) {
        printJson({
            {QStringLiteral("path"), project->path()},
            {QStringLiteral("schema_version"), project->schemaVersion()},
            {QStringLiteral("latest_schema_version"), Db::Migrator::latestVersion()},
            {QStringLiteral("application_id"), qint64(Project::kApplicationId)},
            {QStringLiteral("counts"),
             QJsonObject {
                 {QStringLiteral("articles"), counts.articles},
                 {QStringLiteral("people"), counts.people},
                 {QStringLiteral("quotes"), counts.quotes},
                 {QStringLiteral("annotations"), counts.annotations},
                 {QStringLiteral("tags"), counts.tags},
             }},
        });
        return Success;
    }
    m_out << "Project:        " << project->path() << '\n'
          << "Schema version: " << project->schemaVersion() << '\n'
          << "Articles:       " << counts.articles << '\n'
          << "People:         " << counts.people << '\n'
          << "Quotes:         " << counts.quotes << '\n'
          << "Annotations:    " << counts.annotations << '\n'
          << "Tags:           " << counts.tags << '\n';
    return Success;
}

int CliApplication::usageError(const QString &message)
{
    m_err << kProgram << ": " << message << " (see '" << kProgram << " --help')\n";
    m_err.flush();
    return UsageError;
}

int CliApplication::inputError(const QString &message)
{
    m_err << kProgram << ": " << message << '\n';
    m_err.flush();
    return InputError;
}

void CliApplication::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

void CliApplication::printHelp()
{
    m_out << "Usage: " << kProgram << " COMMAND [ARGS...]\n\n"
          << "Attaché's batch tool: work on project files (*." << Project::kFileSuffix << ") without the reader.\n\n"
          << "Commands:\n";
    for (const Command &command : m_commands) {
        m_out << "  " << command.synopsis.leftJustified(34) << ' ' << command.summary << '\n';
    }
    m_out << "\nOptions:\n"
          << "  -h, --help                         Show this help; '" << kProgram << " COMMAND --help' for one command.\n"
          << "  -v, --version                      Show the version.\n\n"
          << "Exit codes: 0 success, 1 usage error, 2 input error (missing or bad file, damaged project...).\n";
}

void CliApplication::printCommandHelp(const Command &command, const QCommandLineParser &parser)
{
    m_out << "Usage: " << kProgram << ' ' << command.synopsis << "\n\n" << command.summary << '\n';
    const QString options = parser.helpText().section(QStringLiteral("Options:"), 1);
    if (!options.trimmed().isEmpty()) {
        m_out << "\nOptions:" << options;
    }
}

} // namespace Attache::Cli
