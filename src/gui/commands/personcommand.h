// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peoplestore.h"

#include <QUndoCommand>

namespace Attache::Gui {

/**
 * A change to the people register from the People view as one undoable step: editing a person's
 * name, kind, role and institution together, merging people into one, or splitting an alias off
 * into a person of its own. Every change is a correction the register keeps across re-analysis.
 * Undo puts the register's snapshot of the people taken before the step back and withdraws the
 * corrections the step recorded. The writes go through the PeopleStore, whose peopleChanged() tells
 * the views; a step that fails makes itself obsolete and leaves its reason in error.
 */
class PersonCommand final : public QUndoCommand
{
public:
    struct Fields
    {
        QString name;
        Analysis::SpeakerKind kind = Analysis::SpeakerKind::Other;
        QString role;
        QString institution;
    };

    /** Sets the fields that differ from the person's current ones. */
    static PersonCommand *edit(PeopleStore *people, qint64 personId, const Fields &fields, QString *error);
    /** Folds others into keep. */
    static PersonCommand *merge(PeopleStore *people, qint64 keepId, const QList<qint64> &others, QString *error);
    /** Makes alias a person of its own and analyses the person's articles again so the quotes follow. */
    static PersonCommand *split(PeopleStore *people, qint64 personId, const QString &alias, QString *error);

    /** The person the split made, while it is done; 0 otherwise. */
    qint64 splitPersonId() const { return m_madeId; }

    void redo() override;
    void undo() override;

private:
    enum class Action { Edit, Merge, Split };

    PersonCommand(PeopleStore *people, Action action, QString *error);
    /** Records a correction for each field that differs from the person's. */
    bool apply(const Fields &fields);
    void finish(bool ok);

    PeopleStore *m_people;
    Action m_action;
    qint64 m_personId = 0;
    Fields m_new;
    QList<qint64> m_others;
    QString m_alias;
    PeopleStore::Snapshot m_snapshot;
    QList<qint64> m_corrections;
    qint64 m_madeId = 0;
    QString *m_error;
    QString m_message;
};

} // namespace Attache::Gui
