// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommands.h"

#include "clicontext.h"
#include "db/backup.h"
#include "project.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Attache::Cli {

namespace {

int backupNow(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    ProjectError error;
    const std::unique_ptr<Project> project = Project::open(parser.positionalArguments().constFirst(), &error);
    if (!project) {
        return context.inputError(error.message);
    }
    QString message;
    const QString path = project->backup(&message);
    if (path.isEmpty()) {
        return context.inputError(QStringLiteral("cannot back up %1: %2").arg(project->path(), message));
    }
    context.out() << "Backed up " << project->path() << " to " << path << '\n';
    return CliContext::Success;
}

int listBackups(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per backup."));
    parser.addOption(json);
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    // The project is not opened: listing must work for a damaged or locked project too.
    const QFileInfo project(parser.positionalArguments().constFirst());
    if (!project.exists()) {
        return context.inputError(QStringLiteral("%1 does not exist").arg(project.absoluteFilePath()));
    }
    for (const QString &path : Db::Backup::list(project.absoluteFilePath())) {
        const QFileInfo info(path);
        const QString modified = info.lastModified().toUTC().toString(Qt::ISODate);
        if (parser.isSet(json)) {
            context.printJson({
                {QStringLiteral("path"), path},
                {QStringLiteral("size"), info.size()},
                {QStringLiteral("modified"), modified},
            });
        } else {
            context.out() << CliContext::escaped(path) << '\t' << info.size() << '\t' << modified << '\n';
        }
    }
    return CliContext::Success;
}

int restoreBackup(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto parsed = context.parse(parser, command, arguments, 2, 2); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    const QString path = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    const QString backup = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    QString aside;
    ProjectError error;
    if (!Project::restore(path, backup, &aside, &error)) {
        return context.inputError(error.message);
    }
    context.out() << "Restored " << path << " from " << backup << '\n';
    if (!aside.isEmpty()) {
        context.out() << "The previous file was kept as " << aside << '\n';
    }
    return CliContext::Success;
}

} // namespace

QList<CliCommand> backupCommands()
{
    return {
        {QStringLiteral("backup"), QStringLiteral("backup PROJECT"),
         QStringLiteral("Copy a project into its backup folder now (the newest 5 are kept)."), &backupNow},
        {QStringLiteral("backups"), QStringLiteral("backups PROJECT [--json]"),
         QStringLiteral("List a project's backups, newest first: path, size in bytes, time."), &listBackups},
        {QStringLiteral("restore"), QStringLiteral("restore PROJECT BACKUP"),
         QStringLiteral("Replace a project with a backup; the current file is kept beside it."), &restoreBackup},
    };
}

} // namespace Attache::Cli
