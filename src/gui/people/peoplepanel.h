// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/personcommand.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace Attache::Gui {

class PeopleModel;
class PersonQuoteModel;

/**
 * The People view: everyone in the project's register, filtered as one types, and below it the
 * chosen person's quotes across the corpus in date order. Edit, Merge and Split go through the
 * undo stack; activating a quote asks for its article to be opened at it.
 */
class PeoplePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePanel)

public:
    explicit PeoplePanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    /**
     * Shows the register of store (not owned) and follows its changes; nullptr empties the view.
     * While the window is on screen and this panel is not (a tab behind another dock), the
     * register is read when the panel is shown or uncovered (reloadWhenShown()).
     */
    void setStore(PeopleStore *store);
    /** Reads the register again, keeping the chosen person when they are still there. */
    void reload();
    /** Reloads now when the panel can be seen, or when it next can. */
    void reloadWhenShown();

    PeopleModel *peopleModel() const { return m_people; }
    PersonQuoteModel *quoteModel() const { return m_quotes; }
    /** Chooses the person and lists their quotes; false when they are not in the (filtered) list. */
    bool showPerson(qint64 personId);
    qint64 currentPersonId() const;
    /** The people selected in the list, in list order. */
    QList<qint64> selectedPersonIds() const;

    /** Undoable steps; each returns false (with the reason in lastError) when it could not be done. */
    bool editPerson(qint64 personId, const PersonCommand::Fields &fields);
    bool mergePeople(qint64 keepId, const QList<qint64> &others);
    /** Returns the new person's id, or 0. */
    qint64 splitAlias(qint64 personId, const QString &alias);
    QString lastError() const { return m_error; }

Q_SIGNALS:
    /** The user asked to read a quote: open articleId with [start, end) selected. */
    void quoteActivated(qint64 articleId, qint64 start, qint64 end);
    /** A step failed; message is one line for the status bar. */
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /** Reads the register of m_db and shows its most quoted person. */
    void read();
    void editCurrent();
    void mergeSelected();
    void splitCurrent();
    void showMenu(const QPoint &position);
    void updateActions();
    void showQuotesOf(qint64 personId);
    /** The window is on screen but this panel is not (a tab behind another dock). */
    bool isCovered() const;
    bool push(PersonCommand *command);

    QUndoStack *m_undoStack;
    PeopleStore *m_store = nullptr;
    PeopleModel *m_people;
    PersonQuoteModel *m_quotes;
    QLineEdit *m_filter;
    QTableView *m_peopleView;
    QTableView *m_quoteView;
    QLabel *m_quoteTitle;
    QAction *m_edit;
    QAction *m_merge;
    QAction *m_split;
    /** Gathers the articles an import adds into one reload. */
    QTimer *m_reloadTimer;
    bool m_stale = false;
    /** The register was not read yet (see setStore()); the next reload reads it. */
    bool m_unread = false;
    QString m_error;
};

} // namespace Attache::Gui
