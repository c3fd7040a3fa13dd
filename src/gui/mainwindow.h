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
class QTreeView;
class QUndoStack;
class QProgressBar;
class QSortFilterProxyModel;
class QToolButton;

namespace Ui {
class MainWindow;
}

class QUndoCommand;

namespace Attache {
struct Annotation;
class Project;
struct ProjectError;
namespace Import {
class BatchImport;
}
} // namespace Attache

namespace Attache::Gui {

class AnnotationListModel;
class ArticleListModel;
class RecentProjects;
class SearchResultModel;
class SpeakerListModel;
class TagTreeModel;

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
    /** Downloads and imports a web page (http or https only) off the GUI thread; false for other addresses. */
    bool importUrl(const QString &address);
    bool isImporting() const;
    /** Imports the local files and folders in a drop; false when there is nothing to import now. */
    bool importDropped(const QMimeData *mime);

    Project *project() const { return m_project.get(); }
    ArticleListModel *articleModel() const { return m_articleModel; }
    AnnotationListModel *annotationModel() const { return m_annotationModel; }
    TagTreeModel *tagModel() const { return m_tagModel; }
    SpeakerListModel *speakerModel() const { return m_speakerModel; }
    /** Searches the whole project and lists the results in the Search panel; returns how many. */
    int searchProject(const QString &query);
    /** Opens the article of search result row and selects what matched. */
    void openSearchResult(int row);
    SearchResultModel *searchModel() const { return m_searchModel; }
    /** "Not a quote" for the current article's quote at index (an undoable correction). */
    bool rejectQuote(int quoteIndex);
    /** Attributes the current article's quote at index to the register's person personId (undoable). */
    bool reassignQuote(int quoteIndex, qint64 personId);
    /** Selects the next (or previous) quote of the speaker chosen in the Speakers dock; false when there is none. */
    bool stepThroughSpeaker(int speakerIndex, bool forward);
    QUndoStack *undoStack() const { return m_undoStack; }
    /** The article shown in the reading view, or 0. */
    qint64 currentArticleId() const { return m_currentArticleId; }

    /** Highlights the reader's selection in color (an undoable step); false when nothing is selected. */
    bool highlightSelection(const QString &color);
    /** Adds a tag (an undoable step); returns its id or 0, with the reason in the status bar. */
    qint64 addTag(const QString &name, qint64 parentId = 0);

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
    /** openProject() keeping the whole error, so a damaged project can be offered its backup. */
    bool tryOpenProject(const QString &path, ProjectError *error);
    void offerNewestBackup(const QString &path, const ProjectError &error);
    void restoreBackupDialog();
    /** Restores backup over the (closed) project at path and opens the result; reopens path on failure if asked. */
    void restoreBackup(const QString &path, const QString &backup, bool reopenOnFailure);
    void rebuildRecentMenu();
    void showAbout();
    void showCurrentArticle();
    void buildThemeMenu();
    void applyTheme(const QString &choice);
    void updateStatus();
    void setProject(std::unique_ptr<Project> project);
    void importFilesDialog();
    void importFolderDialog();
    void importUrlDialog();
    void startImport(const QStringList &sources);
    void editArticleProperties();
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
    void refreshHighlights();
    void refreshQuotes();
    /** Reloads the current article's who-said-what from the people register. */
    void reloadAnalysis();
    void addQuoteCorrections(QMenu *menu, qsizetype offset);
    void showSpeakerMenu(const QPoint &position);
    int currentSpeakerIndex() const;
    void addNoteToSelection();
    void addArticleNote();
    void editAnnotation(qint64 id);
    void removeAnnotation(qint64 id);
    qint64 selectedAnnotationId() const;
    void openAnnotationDialog(const Annotation &annotation, bool isNew);
    void showReaderMenu(const QPoint &position);
    void newTag(bool asChild);
    void editSelectedTag();
    void recolourSelectedTag();
    void removeSelectedTag();
    /** Pushes command; reports in the status bar when it could not be done. */
    void push(QUndoCommand *command);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Project> m_project;
    ArticleListModel *m_articleModel = nullptr;
    QSortFilterProxyModel *m_articleProxy = nullptr;
    RecentProjects *m_recent = nullptr;
    Import::BatchImport *m_import = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QUndoStack *m_undoStack = nullptr;
    AnnotationListModel *m_annotationModel = nullptr;
    TagTreeModel *m_tagModel = nullptr;
    QTableView *m_annotationView = nullptr;
    QTreeView *m_tagView = nullptr;
    SpeakerListModel *m_speakerModel = nullptr;
    QSortFilterProxyModel *m_speakerProxy = nullptr;
    QTableView *m_speakerView = nullptr;
    QLineEdit *m_articleFilter = nullptr;
    QLineEdit *m_searchInput = nullptr;
    SearchResultModel *m_searchModel = nullptr;
    QTimer *m_backupTimer = nullptr;
    QStackedWidget *m_readerStack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyImport = nullptr;
    qint64 m_currentArticleId = 0;
    QString m_commandError;
};

} // namespace Attache::Gui
