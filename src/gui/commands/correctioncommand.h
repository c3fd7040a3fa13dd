// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace Attache::Gui {

/**
 * A user's correction of the engine as one undoable step: "not a quote", "this quote is X's", or a
 * person's kind or role. Corrections are stored in the people register and survive re-analysis;
 * undo takes a quote correction back or restores the person's previous kind or role. changed runs
 * after every redo and undo so views can reload. A step that fails makes itself obsolete.
 */
class CorrectionCommand final : public QUndoCommand
{
public:
    enum class Action { RejectQuote, ReassignQuote, SetKind, SetRole, Rename };

    /** For RejectQuote and ReassignQuote (personId: the new speaker). */
    static CorrectionCommand *forQuote(const QSqlDatabase &db, Action action, qint64 articleId,
                                       const QString &quoteText, qint64 personId, QString *error,
                                       std::function<void()> changed);
    /** For SetKind, SetRole and Rename: value is the kind's name, the role or the new name. */
    static CorrectionCommand *forPerson(const QSqlDatabase &db, Action action, qint64 personId, const QString &value,
                                        QString *error, std::function<void()> changed);

    void redo() override;
    void undo() override;

private:
    CorrectionCommand(const QSqlDatabase &db, Action action, QString *error, std::function<void()> changed);
    bool setPersonValue(const QString &value);
    void finish(bool ok);

    QSqlDatabase m_db;
    Action m_action;
    qint64 m_articleId = 0;
    QString m_quoteText;
    qint64 m_personId = 0;
    QString m_newValue;
    QString m_oldValue;
    qint64 m_correctionId = 0;
    QString *m_error;
    QString m_message;
    std::function<void()> m_changed;
};

} // namespace Attache::Gui
