// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QMimeData;
class QProgressBar;
class QSortFilterProxyModel;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace Attache {
class Project;
namespace Import {
class BatchImport;
}
} // namespace Attache

namespace Attache::Gui {

class ArticleListModel;
class RecentProjects;

/** The reader's main window: the project's articles beside the reading view. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens path, closing the current project. Returns false and sets error (one line) on failure. */
    bool openProject(const QString &path, QString *error);
    /** Creates a new project at path and opens it. */
    bool createProject(const QString &path, QString *error);
    void closeProject();
    /** Imports files and folders (recursively) into the open project off the GUI thread. */
    void importPaths(const QStringList &paths);
    bool isImporting() const;
    /** Imports the local files and folders in a drop; false when there is nothing to import now. */
    bool importDropped(const QMimeData *data);

    Project *project() const { return m_project.get(); }
    ArticleListModel *articleModel() const { return m_articleModel; }

Q_SIGNALS:
    /** An import run ended (finished or cancelled); summary is the one-line result shown to the user. */
    void importFinished(const QString &summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void newProjectDialog();
    void openProjectDialog();
    void openRecent(const QString &path);
    void rebuildRecentMenu();
    void showAbout();
    void showCurrentArticle();
    void buildThemeMenu(const QString &choice);
    void applyTheme(const QString &choice);
    void updateStatus();
    void setProject(std::unique_ptr<Project> project);
    void importFilesDialog();
    void importFolderDialog();
    void showImportProgress(int done, int total);
    void showImportSummary();
    void updateActions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Project> m_project;
    ArticleListModel *m_articleModel = nullptr;
    QSortFilterProxyModel *m_articleProxy = nullptr;
    RecentProjects *m_recent = nullptr;
    Import::BatchImport *m_import = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImport = nullptr;
};

} // namespace Attache::Gui
