// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace Attache {
class PeopleStore;
}

namespace Attache::Gui {

/**
 * A user's correction of the engine as one undoable step: "not a quote", "this quote is X's", or a
 * person's kind or role. Corrections are stored in the people register and survive re-analysis;
 * undo takes a quote correction back or restores the person's previous kind or role. The writes go
 * through the PeopleStore, whose peopleChanged() tells the views. A step that fails makes itself obsolete.
 */
class CorrectionCommand final : public QUndoCommand
{
public:
    enum class Action { RejectQuote, ReassignQuote, SetKind, SetRole, Rename };

    /** For RejectQuote and ReassignQuote (personId: the new speaker). */
    static CorrectionCommand *forQuote(PeopleStore *people, Action action, qint64 articleId, const QString &quoteText,
                                       qint64 personId, QString *error);
    /** For SetKind, SetRole and Rename: value is the kind's name, the role or the new name. */
    static CorrectionCommand *forPerson(PeopleStore *people, Action action, qint64 personId, const QString &value,
                                        QString *error);

    void redo() override;
    void undo() override;

private:
    CorrectionCommand(PeopleStore *people, Action action, QString *error);
    bool setPersonValue(const QString &value);
    void finish(bool ok);

    PeopleStore *m_people;
    Action m_action;
    qint64 m_articleId = 0;
    QString m_quoteText;
    qint64 m_personId = 0;
    QString m_newValue;
    QString m_oldValue;
    qint64 m_correctionId = 0;
    QString *m_error;
    QString m_message;
};

} // namespace Attache::Gui
