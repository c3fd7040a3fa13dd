// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakercommands.h"

#include "analysis/peopleregister.h"
#include "clicontext.h"
#include "project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Attache::Cli {

namespace {

int reanalyze(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(parser.positionalArguments().constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    Analysis::PeopleRegister people(project->database());
    QString error;
    const int count = people.reanalyzeAll(&error);
    if (count < 0) {
        return context.inputError(error);
    }
    context.out() << "Analysed " << count << (count == 1 ? " article\n" : " articles\n");
    return CliContext::Success;
}

int speakers(CliContext &context, const CliCommand &command, const QStringList &arguments)
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
    const QList<Analysis::PeopleRegister::Person> people = Analysis::PeopleRegister(project->database()).people();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &person : people) {
            list.append(QJsonObject {
                {QStringLiteral("id"), person.id},
                {QStringLiteral("name"), person.name},
                {QStringLiteral("aliases"), QJsonArray::fromStringList(person.aliases)},
                {QStringLiteral("role"),
                 person.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(person.role)},
                {QStringLiteral("kind"), person.kind},
                {QStringLiteral("quotes"), person.quotes},
            });
        }
        context.printJson({{QStringLiteral("speakers"), list}});
        return CliContext::Success;
    }
    for (const auto &person : people) {
        context.out() << person.name << " (" << person.kind;
        if (!person.role.isEmpty()) {
            context.out() << ", " << person.role;
        }
        context.out() << "): " << person.quotes << (person.quotes == 1 ? " quote\n" : " quotes\n");
    }
    return CliContext::Success;
}

} // namespace

QList<CliCommand> speakerCommands()
{
    return {
        {QStringLiteral("reanalyze"), QStringLiteral("reanalyze PROJECT"),
         QStringLiteral("Find who said what in every article of a project, keeping the user's corrections."),
         &reanalyze},
        {QStringLiteral("speakers"), QStringLiteral("speakers PROJECT [--json]"),
         QStringLiteral("List the project's people register with quote counts."), &speakers},
    };
}

} // namespace Attache::Cli
