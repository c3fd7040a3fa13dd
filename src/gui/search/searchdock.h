// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QUndoStack;

namespace Attache {
class Project;
}

namespace Attache::Gui {

class SearchPanel;
class SearchResultModel;
class UndoPusher;

/**
 * The Search dock: words and filters over the whole project, and the hits, best first. It offers
 * the project's tags and outlets as filters as they change, keeps a search in the project (an
 * undoable step through the saved-search store), and asks for a hit to be opened with hitActivated().
 */
class SearchDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDock)

public:
    /** The dock lists at most this many hits, best first. */
    static constexpr int kMaxHits = 200;

    explicit SearchDock(QUndoStack *undoStack, QWidget *parent = nullptr);

    /** Searches project (not owned) from now on; nullptr empties the results. */
    void setProject(Project *project);
    SearchPanel *panel() const { return m_panel; }
    SearchResultModel *model() const { return m_model; }
    /** "Search Project…": shows the dock with the words ready to type over. */
    QAction *searchAction() const { return m_searchAction; }

    /** Runs what the panel holds (words and filters), listing the hits; returns how many. */
    int runSearch();
    /** Searches for query with the panel's filters; returns how many hits. */
    int searchProject(const QString &query);
    /** Keeps the panel's search as name (undoable); returns its id, or 0 after failed() said why. */
    qint64 saveSearch(const QString &name);
    /** Opens the hit at row of the results (through hitActivated()). */
    void activateHit(int row);
    /** Shows and raises the dock. */
    void present();

Q_SIGNALS:
    /** The user asked to read a hit in its article. */
    void hitActivated(const Attache::SearchHit &hit);
    /** What a search found, one line for the status bar. */
    void message(const QString &text);
    /** A search or a step failed; message is one line for the status bar. */
    void failed(const QString &message);

private:
    void refreshChoices();
    void saveSearchDialog();

    UndoPusher *m_pusher;
    QPointer<Project> m_project;
    SearchResultModel *m_model;
    SearchPanel *m_panel;
    QAction *m_searchAction;
};

} // namespace Attache::Gui
