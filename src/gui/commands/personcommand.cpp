// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personcommand.h"

#include <QCoreApplication>

namespace Attache::Gui {

PersonCommand::PersonCommand(const QSqlDatabase &db, Action action, QString *error, std::function<void()> changed)
    : m_db(db)
    , m_action(action)
    , m_error(error)
    , m_changed(std::move(changed))
{
}

PersonCommand *PersonCommand::edit(const QSqlDatabase &db, qint64 personId, const Fields &fields, QString *error,
                                   std::function<void()> changed)
{
    auto *command = new PersonCommand(db, Action::Edit, error, std::move(changed));
    command->m_personId = personId;
    command->m_new = fields;
    command->setText(QCoreApplication::translate("PersonCommand", "Edit %1")
                         .arg(Analysis::PeopleRegister(db).person(personId).name));
    return command;
}

PersonCommand *PersonCommand::merge(const QSqlDatabase &db, qint64 keepId, const QList<qint64> &others, QString *error,
                                    std::function<void()> changed)
{
    auto *command = new PersonCommand(db, Action::Merge, error, std::move(changed));
    command->m_personId = keepId;
    command->m_others = others;
    command->setText(QCoreApplication::translate("PersonCommand", "Merge into %1")
                         .arg(Analysis::PeopleRegister(db).person(keepId).name));
    return command;
}

PersonCommand *PersonCommand::split(const QSqlDatabase &db, qint64 personId, const QString &alias, QString *error,
                                    std::function<void()> changed)
{
    auto *command = new PersonCommand(db, Action::Split, error, std::move(changed));
    command->m_personId = personId;
    command->m_alias = alias;
    command->setText(QCoreApplication::translate("PersonCommand", "Split %1 Off").arg(alias));
    return command;
}

bool PersonCommand::apply(const Fields &fields)
{
    Analysis::PeopleRegister registry(m_db);
    const Analysis::PeopleRegister::Person person = registry.person(m_personId);
    if (person.id == 0) {
        m_message = QCoreApplication::translate("PersonCommand", "That person is no longer in the register.");
        return false;
    }
    // Only what changed is recorded, so an edit of the role alone leaves no rename behind.
    const auto recorded = [this, &registry](bool ok) {
        if (ok) {
            m_corrections.append(registry.lastCorrectionId());
        }
        return ok;
    };
    return (fields.name == person.name || recorded(registry.renamePerson(m_personId, fields.name, &m_message)))
        && (fields.kind == person.kind || recorded(registry.setKind(m_personId, fields.kind, &m_message)))
        && (fields.role == person.role || recorded(registry.setRole(m_personId, fields.role, &m_message)))
        && (fields.institution == person.institution
            || recorded(registry.setInstitution(m_personId, fields.institution, &m_message)));
}

void PersonCommand::redo()
{
    Analysis::PeopleRegister registry(m_db);
    m_snapshot = registry.snapshotPeople(QList<qint64> {m_personId} + m_others);
    m_corrections.clear();
    bool ok = true;
    switch (m_action) {
    case Action::Edit:
        ok = apply(m_new);
        break;
    case Action::Merge:
        for (qsizetype i = 0; ok && i < m_others.size(); ++i) {
            ok = registry.mergePeople(m_personId, m_others.at(i), &m_message);
            if (ok) {
                m_corrections.append(registry.lastCorrectionId());
            }
        }
        break;
    case Action::Split:
        m_madeId = registry.splitAlias(m_personId, m_alias, &m_message);
        if (m_madeId > 0) {
            m_corrections = {registry.lastCorrectionId()};
        }
        ok = m_madeId > 0 && registry.reanalyzeArticles(m_snapshot.articles, &m_message);
        break;
    }
    if (!ok) {
        // Each register call is its own transaction: a step that failed half-way is taken back whole.
        registry.restorePeople(m_snapshot, m_madeId > 0 ? QList<qint64> {m_madeId} : QList<qint64> {}, m_corrections,
                               m_action == Action::Split);
        m_madeId = 0;
    }
    finish(ok);
}

void PersonCommand::undo()
{
    // The snapshot holds the person's aliases too, so even a rename comes back without a trace.
    const bool ok = Analysis::PeopleRegister(m_db).restorePeople(
        m_snapshot, m_madeId > 0 ? QList<qint64> {m_madeId} : QList<qint64> {}, m_corrections,
        m_action == Action::Split, &m_message);
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
    if (m_changed) {
        m_changed();
    }
}

} // namespace Attache::Gui
