// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personcommand.h"

#include <QCoreApplication>

namespace Attache::Gui {

PersonCommand::PersonCommand(PeopleStore *people, Action action, QString *error)
    : m_people(people)
    , m_action(action)
    , m_error(error)
{
}

PersonCommand *PersonCommand::edit(PeopleStore *people, qint64 personId, const Fields &fields, QString *error)
{
    auto *command = new PersonCommand(people, Action::Edit, error);
    command->m_personId = personId;
    command->m_new = fields;
    command->setText(QCoreApplication::translate("PersonCommand", "Edit %1").arg(people->person(personId).name));
    return command;
}

PersonCommand *PersonCommand::merge(PeopleStore *people, qint64 keepId, const QList<qint64> &others, QString *error)
{
    auto *command = new PersonCommand(people, Action::Merge, error);
    command->m_personId = keepId;
    command->m_others = others;
    command->setText(QCoreApplication::translate("PersonCommand", "Merge into %1").arg(people->person(keepId).name));
    return command;
}

PersonCommand *PersonCommand::split(PeopleStore *people, qint64 personId, const QString &alias, QString *error)
{
    auto *command = new PersonCommand(people, Action::Split, error);
    command->m_personId = personId;
    command->m_alias = alias;
    command->setText(QCoreApplication::translate("PersonCommand", "Split %1 Off").arg(alias));
    return command;
}

bool PersonCommand::apply(const Fields &fields)
{
    const PeopleStore::Person person = m_people->person(m_personId);
    if (person.id == 0) {
        m_message = QCoreApplication::translate("PersonCommand", "That person is no longer in the register.");
        return false;
    }
    // Only what changed is recorded, so an edit of the role alone leaves no rename behind.
    const auto recorded = [this](bool ok) {
        if (ok) {
            m_corrections.append(m_people->lastCorrectionId());
        }
        return ok;
    };
    return (fields.name == person.name || recorded(m_people->renamePerson(m_personId, fields.name, &m_message)))
        && (fields.kind == person.kind || recorded(m_people->setKind(m_personId, fields.kind, &m_message)))
        && (fields.role == person.role || recorded(m_people->setRole(m_personId, fields.role, &m_message)))
        && (fields.institution == person.institution
            || recorded(m_people->setInstitution(m_personId, fields.institution, &m_message)));
}

void PersonCommand::redo()
{
    m_snapshot = m_people->snapshotPeople(QList<qint64> {m_personId} + m_others);
    m_corrections.clear();
    bool ok = true;
    switch (m_action) {
    case Action::Edit:
        ok = apply(m_new);
        break;
    case Action::Merge:
        for (qsizetype i = 0; ok && i < m_others.size(); ++i) {
            ok = m_people->mergePeople(m_personId, m_others.at(i), &m_message);
            if (ok) {
                m_corrections.append(m_people->lastCorrectionId());
            }
        }
        break;
    case Action::Split:
        m_madeId = m_people->splitAlias(m_personId, m_alias, &m_message);
        if (m_madeId > 0) {
            m_corrections = {m_people->lastCorrectionId()};
        }
        ok = m_madeId > 0 && m_people->reanalyzeArticles(m_snapshot.articles, &m_message);
        break;
    }
    if (!ok) {
        // Each register call is its own transaction: a step that failed half-way is taken back whole.
        m_people->restorePeople(m_snapshot, m_madeId > 0 ? QList<qint64> {m_madeId} : QList<qint64> {}, m_corrections,
                                m_action == Action::Split);
        m_madeId = 0;
    }
    finish(ok);
}

void PersonCommand::undo()
{
    // The snapshot holds the person's aliases too, so even a rename comes back without a trace.
    const bool ok = m_people->restorePeople(m_snapshot, m_madeId > 0 ? QList<qint64> {m_madeId} : QList<qint64> {},
                                            m_corrections, m_action == Action::Split, &m_message);
    m_madeId = 0;
    finish(ok);
}

void PersonCommand::finish(bool ok)
{
    if (!ok) {
        if (m_error) {
            *m_error = m_message;
        }
        setObsolete(true);
    }
}

} // namespace Attache::Gui
