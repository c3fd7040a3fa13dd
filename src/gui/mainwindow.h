// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;
class QProgressBar;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace Attache {
class Project;
struct ProjectError;
namespace Import {
class BatchImport;
}
} // namespace Attache

namespace Attache::Gui {

class AnnotationsDock;
class PeoplePanel;
class ReaderController;
class RecentProjects;
class SavedSearchesDock;
class SearchDock;
class SpeakersDock;
class TagsDock;

/** The reader's main window: the project's articles beside the reading view. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens path, closing the current project. Returns false and sets error (one line) on failure.
     * A window on screen paints the project first and checks its integrity right after (see
     * integrityChecked()); a damaged project is then closed and its newest backup offered.
     */
    bool openProject(const QString &path, QString *error);
    /** Creates a new project at path and opens it. */
    bool createProject(const QString &path, QString *error);
    /** Creates a new project at path in place of a file there (which the user agreed to replace); never over a project.
     */
    bool replaceWithProject(const QString &path, QString *error);
    void closeProject();
    /** Imports files and folders (recursively) into the open project off the GUI thread. */
    void importPaths(const QStringList &paths);
    /** Downloads and imports a web page (http or https only) off the GUI thread; false for other addresses. */
    bool importUrl(const QString &address);
    bool isImporting() const;
    /** Imports the local files and folders in a drop; false when there is nothing to import now. */
    bool importDropped(const QMimeData *mime);

    Project *project() const { return m_project.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    /** An import run ended (finished or cancelled); summary is the one-line result shown to the user. */
    void importFinished(const QString &summary);
    /** The integrity check deferred by openProject() ran; when intact is false the project was closed. */
    void integrityChecked(bool intact);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void newProjectDialog();
    void openProjectDialog();
    void openRecent(const QString &path);
    /** openProject() keeping the whole error, so a damaged project can be offered its backup. */
    bool tryOpenProject(const QString &path, ProjectError *error);
    /** Tells the user why path did not open, offering the newest backup of a damaged project. */
    void reportOpenError(const QString &path, const ProjectError &error);
    void offerNewestBackup(const QString &path, const ProjectError &error);
    /** Runs the integrity check that opening left until the window had painted the project. */
    void checkOpenedProject();
    void restoreBackupDialog();
    /** Restores backup over the (closed) project at path and opens the result; reopens path on failure if asked. */
    void restoreBackup(const QString &path, const QString &backup, bool reopenOnFailure);
    void rebuildRecentMenu();
    void showAbout();
    void buildThemeMenu();
    void applyTheme(const QString &choice);
    void updateStatus();
    void setProject(std::unique_ptr<Project> project);
    void importFilesDialog();
    void importFolderDialog();
    void importUrlDialog();
    void startImport(const QStringList &sources);
    void showImportProgress(int done, int total);
    void showImportSummary();
    void updateActions();
    void setupEmptyState();
    void setupHelpAndSettings();
    void setupSearch();
    void showSettings();
    void applySettings();
    void showUserGuide();
    void showShortcuts();
    void backUpNow();
    void updateEmptyState();
    void setupDocks();
    void setupEditActions();
    void bindLayerAction(QAction *action, int layer, Settings::Key key);
    /** Shows what a part reports (a failure, a result) in the status bar for a while. */
    void showMessage(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Project> m_project;
    ReaderController *m_reader = nullptr;
    RecentProjects *m_recent = nullptr;
    Import::BatchImport *m_import = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QUndoStack *m_undoStack = nullptr;
    AnnotationsDock *m_annotationsDock = nullptr;
    TagsDock *m_tagsDock = nullptr;
    SpeakersDock *m_speakersDock = nullptr;
    PeoplePanel *m_peoplePanel = nullptr;
    SearchDock *m_searchDock = nullptr;
    SavedSearchesDock *m_savedSearchesDock = nullptr;
    QTimer *m_backupTimer = nullptr;
    QStackedWidget *m_readerStack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyImport = nullptr;
    bool m_integrityCheckPending = false;
};

} // namespace Attache::Gui
