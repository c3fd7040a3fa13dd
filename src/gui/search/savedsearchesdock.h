// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QListView;
class QUndoStack;

namespace Attache {
class SavedSearchStore;
}

namespace Attache::Gui {

class SavedSearchListModel;
class SearchDock;
class UndoPusher;

/**
 * The Saved Searches dock: the searches kept in the project, with its context menu to run,
 * rename, replace (with what the Search dock holds now) and delete them, each change an undoable
 * step through the saved-search store. Running one fills the Search dock and shows it.
 */
class SavedSearchesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchesDock)

public:
    /** search (not owned) runs the saved searches and gives the search that Replace keeps. */
    SavedSearchesDock(SearchDock *search, QUndoStack *undoStack, QWidget *parent = nullptr);

    /** Lists the saved searches of store (not owned) and follows its changes; nullptr empties the dock. */
    void setStore(SavedSearchStore *store);
    SavedSearchListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    /** Fills the Search dock from a saved search and runs it; returns how many hits, or -1. */
    int runSavedSearch(qint64 id);
    /** Renames a saved search (undoable); false when nothing changed or it failed. */
    bool renameSavedSearch(qint64 id, const QString &name);
    /** Makes a saved search look for what the Search dock holds now (undoable). */
    bool replaceSavedSearch(qint64 id);
    /** Deletes a saved search (undoable). */
    bool removeSavedSearch(qint64 id);

Q_SIGNALS:
    /** A step failed; message is one line for the status bar. */
    void failed(const QString &message);

private:
    qint64 selectedId() const;
    void renameSelected();

    SearchDock *m_search;
    UndoPusher *m_pusher;
    SavedSearchStore *m_store = nullptr;
    SavedSearchListModel *m_model;
    QListView *m_view;
};

} // namespace Attache::Gui
