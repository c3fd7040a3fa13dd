// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcommands.h"

#include "clicontext.h"
#include "db/migrator.h"
#include "project.h"

#include <QJsonObject>

namespace Attache::Cli {

namespace {

int newProject(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    ProjectError error;
    const std::unique_ptr<Project> project = Project::create(parser.positionalArguments().constFirst(), &error);
    if (!project) {
        return context.inputError(error.message);
    }
    context.out() << "Created " << project->path() << '\n';
    return CliContext::Success;
}

int info(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(json);
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(parser.positionalArguments().constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    const Project::Counts counts = project->counts();
    if (parser.isSet(json)) {
        context.printJson({
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
        return CliContext::Success;
    }
    context.out() << "Project:        " << project->path() << '\n'
                  << "Schema version: " << project->schemaVersion() << '\n'
                  << "Articles:       " << counts.articles << '\n'
                  << "People:         " << counts.people << '\n'
                  << "Quotes:         " << counts.quotes << '\n'
                  << "Annotations:    " << counts.annotations << '\n'
                  << "Tags:           " << counts.tags << '\n';
    return CliContext::Success;
}

int check(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    // Every other command checks the whole file only after an unclean shutdown; this one always does.
    ProjectError error;
    const std::unique_ptr<Project> project
        = Project::open(parser.positionalArguments().constFirst(), &error, Project::IntegrityCheck::BeforeOpening);
    if (!project) {
        return context.inputError(error.message);
    }
    context.out() << project->path() << " is intact\n";
    return CliContext::Success;
}

} // namespace

QList<CliCommand> projectCommands()
{
    return {
        {QStringLiteral("new"), QStringLiteral("new PROJECT"), QStringLiteral("Create an empty project file."),
         &newProject},
        {QStringLiteral("info"), QStringLiteral("info PROJECT [--json]"),
         QStringLiteral("Show a project's format version and what it holds."), &info},
        {QStringLiteral("check"), QStringLiteral("check PROJECT"),
         QStringLiteral("Read the whole project file for damage (other commands do after an unclean shutdown)."),
         &check},
    };
}

} // namespace Attache::Cli
