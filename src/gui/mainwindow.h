// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace Attache {
class Project;
}

namespace Attache::Gui {

class AnnotationsDock;
class EmptyStatePage;
class ImportController;
class PeoplePanel;
class ProjectController;
class ReaderController;
class RecentProjects;
class SavedSearchesDock;
class SearchDock;
class SpeakersDock;
class TagsDock;
class ThemeMenu;

/**
 * The reader's main window: the project's articles beside the reading view, with the docks
 * around them. It keeps the menus, enables the actions, shows the status bar, remembers its
 * geometry and hands each part the project that ProjectController opened.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens path, closing the current project. Returns false and sets error (one line) on failure.
     * A window on screen paints the project first and checks its integrity right after; a damaged
     * project is then closed and its newest backup offered.
     */
    bool openProject(const QString &path, QString *error);
    void closeProject();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /** Hands project (nullptr when closed) to every part. */
    void setProject(Project *project);
    void rebuildRecentMenu();
    void showAbout();
    void updateStatus();
    void updateActions();
    void setupCentralArea();
    void setupHelpAndSettings();
    void setupSearch();
    void showSettings();
    void applySettings();
    void backUpNow();
    void updateEmptyState();
    void setupDocks();
    void setupEditActions();
    void bindLayerAction(QAction *action, int layer, Settings::Key key);
    /** Shows what a part reports (a failure, a result) in the status bar for a while. */
    void showMessage(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    RecentProjects *m_recent = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ProjectController *m_projects = nullptr;
    ImportController *m_import = nullptr;
    ReaderController *m_reader = nullptr;
    AnnotationsDock *m_annotationsDock = nullptr;
    TagsDock *m_tagsDock = nullptr;
    SpeakersDock *m_speakersDock = nullptr;
    PeoplePanel *m_peoplePanel = nullptr;
    SearchDock *m_searchDock = nullptr;
    SavedSearchesDock *m_savedSearchesDock = nullptr;
    QTimer *m_backupTimer = nullptr;
    QStackedWidget *m_readerStack = nullptr;
    EmptyStatePage *m_emptyPage = nullptr;
    ThemeMenu *m_themeMenu = nullptr;
};

} // namespace Attache::Gui
