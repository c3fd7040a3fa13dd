// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctioncommand.h"

#include "analysis/peopleregister.h"

#include <QCoreApplication>

namespace Attache::Gui {

CorrectionCommand::CorrectionCommand(const QSqlDatabase &db, Action action, QString *error,
                                     std::function<void()> changed)
    : m_db(db)
    , m_action(action)
    , m_error(error)
    , m_changed(std::move(changed))
{
}

CorrectionCommand *CorrectionCommand::forQuote(const QSqlDatabase &db, Action action, qint64 articleId,
                                               const QString &quoteText, qint64 personId, QString *error,
                                               std::function<void()> changed)
{
    auto *command = new CorrectionCommand(db, action, error, std::move(changed));
    command->m_articleId = articleId;
    command->m_quoteText = quoteText;
    command->m_personId = personId;
    command->setText(action == Action::RejectQuote
                         ? QCoreApplication::translate("CorrectionCommand", "Mark as Not a Quote")
                         : QCoreApplication::translate("CorrectionCommand", "Reassign Quote"));
    return command;
}

CorrectionCommand *CorrectionCommand::forPerson(const QSqlDatabase &db, Action action, qint64 personId,
                                                const QString &value, QString *error, std::function<void()> changed)
{
    auto *command = new CorrectionCommand(db, action, error, std::move(changed));
    command->m_personId = personId;
    command->m_newValue = value;
    const Analysis::PeopleRegister::Person person = Analysis::PeopleRegister(db).person(personId);
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
    Analysis::PeopleRegister registry(m_db);
    switch (m_action) {
    case Action::SetKind:
        return registry.setKind(m_personId, Analysis::speakerKindNamed(value), &m_message);
    case Action::SetRole:
        return registry.setRole(m_personId, value, &m_message);
    case Action::Rename:
        return registry.renamePerson(m_personId, value, &m_message);
    case Action::RejectQuote:
    case Action::ReassignQuote:
        break;
    }
    return false;
}

void CorrectionCommand::redo()
{
    Analysis::PeopleRegister registry(m_db);
    bool ok = false;
    switch (m_action) {
    case Action::RejectQuote:
        ok = registry.rejectQuote(m_articleId, m_quoteText, &m_message);
        m_correctionId = registry.lastCorrectionId();
        break;
    case Action::ReassignQuote:
        ok = registry.reassignQuote(m_articleId, m_quoteText, m_personId, &m_message);
        m_correctionId = registry.lastCorrectionId();
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
        ok = Analysis::PeopleRegister(m_db).withdrawCorrection(m_correctionId, &m_message);
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
    if (m_changed) {
        m_changed();
    }
}

} // namespace Attache::Gui
