// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctioncommand.h"

#include "peoplestore.h"

#include <QCoreApplication>

namespace Attache::Gui {

CorrectionCommand::CorrectionCommand(PeopleStore *people, Action action, QString *error)
    : m_people(people)
    , m_action(action)
    , m_error(error)
{
}

CorrectionCommand *CorrectionCommand::forQuote(PeopleStore *people, Action action, qint64 articleId,
                                               const QString &quoteText, qint64 personId, QString *error)
{
    auto *command = new CorrectionCommand(people, action, error);
    command->m_articleId = articleId;
    command->m_quoteText = quoteText;
    command->m_personId = personId;
    command->setText(action == Action::RejectQuote
                         ? QCoreApplication::translate("CorrectionCommand", "Mark as Not a Quote")
                         : QCoreApplication::translate("CorrectionCommand", "Reassign Quote"));
    return command;
}

CorrectionCommand *CorrectionCommand::forPerson(PeopleStore *people, Action action, qint64 personId,
                                                const QString &value, QString *error)
{
    auto *command = new CorrectionCommand(people, action, error);
    command->m_personId = personId;
    command->m_newValue = value;
    const PeopleStore::Person person = people->person(personId);
    switch (action) {
    case Action::SetKind:
        command->m_oldValue = Analysis::speakerKindName(person.kind);
        command->setText(QCoreApplication::translate("CorrectionCommand", "Set Kind"));
        break;
    case Action::SetRole:
        command->m_oldValue = person.role;
        command->setText(QCoreApplication::translate("CorrectionCommand", "Set Role"));
        break;
    default:
        command->m_oldValue = person.name;
        command->setText(QCoreApplication::translate("CorrectionCommand", "Rename Person"));
        break;
    }
    return command;
}

bool CorrectionCommand::setPersonValue(const QString &value)
{
    switch (m_action) {
    case Action::SetKind:
        return m_people->setKind(m_personId, Analysis::speakerKindNamed(value), &m_message);
    case Action::SetRole:
        return m_people->setRole(m_personId, value, &m_message);
    case Action::Rename:
        return m_people->renamePerson(m_personId, value, &m_message);
    case Action::RejectQuote:
    case Action::ReassignQuote:
        break;
    }
    return false;
}

void CorrectionCommand::redo()
{
    bool ok = false;
    switch (m_action) {
    case Action::RejectQuote:
        ok = m_people->rejectQuote(m_articleId, m_quoteText, &m_message);
        m_correctionId = m_people->lastCorrectionId();
        break;
    case Action::ReassignQuote:
        ok = m_people->reassignQuote(m_articleId, m_quoteText, m_personId, &m_message);
        m_correctionId = m_people->lastCorrectionId();
        break;
    case Action::SetKind:
    case Action::SetRole:
    case Action::Rename:
        ok = setPersonValue(m_newValue);
        break;
    }
    finish(ok);
}

void CorrectionCommand::undo()
{
    bool ok = false;
    switch (m_action) {
    case Action::RejectQuote:
    case Action::ReassignQuote:
        ok = m_people->withdrawCorrection(m_correctionId, &m_message);
        break;
    case Action::SetKind:
    case Action::SetRole:
    case Action::Rename:
        ok = setPersonValue(m_oldValue);
        break;
    }
    finish(ok);
}

void CorrectionCommand::finish(bool ok)
{
    if (!ok) {
        if (m_error) {
            *m_error = m_message;
        }
        setObsolete(true);
    }
}

} // namespace Attache::Gui
