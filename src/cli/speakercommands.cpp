// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakercommands.h"

#include "clicontext.h"
#include "peoplestore.h"
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
    QString error;
    const int count = project->people()->reanalyzeAll(&error);
    if (count < 0) {
        return context.inputError(error);
    }
    context.out() << "Analysed " << count << (count == 1 ? " article\n" : " articles\n");
    return CliContext::Success;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject personJson(const PeopleStore::Person &person)
{
    return {
        {QStringLiteral("id"), person.id},
        {QStringLiteral("name"), person.name},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(person.aliases)},
        {QStringLiteral("role"), orNull(person.role)},
        {QStringLiteral("kind"), Analysis::speakerKindName(person.kind)},
        {QStringLiteral("quotes"), person.quotes},
        {QStringLiteral("institution"), orNull(person.institution)},
        {QStringLiteral("articles"), person.articles},
    };
}

/** One person's quotes across the project in date order. */
int personQuotes(CliContext &context, const PeopleStore &people, const QString &name, bool json)
{
    const qint64 id = people.findPerson(name);
    if (id == 0) {
        return context.inputError(QStringLiteral("no person called %1 in the project").arg(name));
    }
    const PeopleStore::Person person = people.person(id);
    const QList<PeopleStore::PersonQuote> quotes = people.quotesOf(id);
    if (json) {
        QJsonArray list;
        for (const auto &quote : quotes) {
            list.append(QJsonObject {
                {QStringLiteral("article_id"), quote.articleId},
                {QStringLiteral("title"), quote.title},
                {QStringLiteral("outlet"), orNull(quote.outlet)},
                {QStringLiteral("published"), orNull(quote.published)},
                {QStringLiteral("text"), quote.text},
                {QStringLiteral("kind"), quote.kind},
                {QStringLiteral("start"), quote.start},
                {QStringLiteral("end"), quote.end},
            });
        }
        context.printJson({{QStringLiteral("person"), personJson(person)}, {QStringLiteral("quotes"), list}});
        return CliContext::Success;
    }
    context.out() << person.name << ": " << person.quotes << (person.quotes == 1 ? " quote in " : " quotes in ")
                  << person.articles << (person.articles == 1 ? " article\n" : " articles\n");
    for (const auto &quote : quotes) {
        context.out() << (quote.published.isEmpty() ? QStringLiteral("undated") : quote.published) << "  "
                      << quote.title;
        if (!quote.outlet.isEmpty()) {
            context.out() << " (" << quote.outlet << ")";
        }
        context.out() << "\n  \u201c" << QString(quote.text).replace(u'\n', u' ') << "\u201d\n";
    }
    return CliContext::Success;
}

int speakers(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption person(QStringLiteral("person"),
                                    QStringLiteral("Print the quotes of the person called NAME (or an alias), "
                                                   "oldest first."),
                                    QStringLiteral("NAME"));
    parser.addOption(json);
    parser.addOption(person);
    if (const auto parsed = context.parse(parser, command, arguments, 1, 1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    int exitCode = CliContext::Success;
    const std::unique_ptr<Project> project = context.openProject(parser.positionalArguments().constFirst(), &exitCode);
    if (!project) {
        return exitCode;
    }
    if (parser.isSet(person)) {
        return personQuotes(context, *project->people(), parser.value(person), parser.isSet(json));
    }
    const QList<PeopleStore::Person> people = project->people()->people();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &entry : people) {
            list.append(personJson(entry));
        }
        context.printJson({{QStringLiteral("speakers"), list}});
        return CliContext::Success;
    }
    for (const auto &entry : people) {
        context.out() << entry.name << " (" << Analysis::speakerKindName(entry.kind);
        if (!entry.role.isEmpty()) {
            context.out() << ", " << entry.role;
        }
        if (!entry.institution.isEmpty()) {
            context.out() << ", " << entry.institution;
        }
        context.out() << "): " << entry.quotes << (entry.quotes == 1 ? " quote" : " quotes") << " in " << entry.articles
                      << (entry.articles == 1 ? " article\n" : " articles\n");
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
        {QStringLiteral("speakers"), QStringLiteral("speakers PROJECT [--person NAME] [--json]"),
         QStringLiteral("List the project's people register with quote and article counts, or one person's "
                        "quotes in date order."),
         &speakers},
    };
}

} // namespace Attache::Cli
