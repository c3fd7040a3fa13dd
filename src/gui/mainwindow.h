// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QMimeData;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
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

class AnnotationsDock;
class PeoplePanel;
class ArticleListModel;
class RecentProjects;
class SavedSearchListModel;
class SearchPanel;
class SearchResultModel;
class SpeakerListModel;
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
    ArticleListModel *articleModel() const { return m_articleModel; }
    SpeakerListModel *speakerModel() const { return m_speakerModel; }
    /** Searches the whole project with query and the panel's filters, listing the results; returns how many. */
    int searchProject(const QString &query);
    /** Runs what the Search panel holds (words and filters); returns how many results. */
    int runSearch();
    SearchPanel *searchPanel() const { return m_searchPanel; }
    SavedSearchListModel *savedSearchModel() const { return m_savedSearchModel; }
    /** Keeps the panel's search as name (an undoable step); returns its id or 0, with the reason in the status bar. */
    qint64 saveSearch(const QString &name);
    /** Fills the Search panel from a saved search and runs it; returns how many results, or -1. */
    int runSavedSearch(qint64 id);
    /** Renames a saved search (undoable). */
    bool renameSavedSearch(qint64 id, const QString &name);
    /** Makes a saved search look for what the panel holds now (undoable). */
    bool replaceSavedSearch(qint64 id);
    /** Deletes a saved search (undoable). */
    bool removeSavedSearch(qint64 id);
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
    /** The People view: the project-wide register of who said what. */
    PeoplePanel *peoplePanel() const { return m_peoplePanel; }
    /** Opens an article in the reader with [start, end) selected and in view; false when it is not in the project. */
    bool openQuote(qint64 articleId, qint64 start, qint64 end);
    /** The article shown in the reading view, or 0. */
    qint64 currentArticleId() const { return m_currentArticleId; }

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
    /** Selects the shown article again after the list was re-read (sorted or filtered). */
    void keepCurrentArticleSelected();
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
    void refreshSearchChoices();
    void saveSearchDialog();
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
    void showReaderMenu(const QPoint &position);
    /** Pushes command; reports in the status bar when it could not be done. */
    void push(QUndoCommand *command);
    void showFailure(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Project> m_project;
    ArticleListModel *m_articleModel = nullptr;
    RecentProjects *m_recent = nullptr;
    Import::BatchImport *m_import = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QUndoStack *m_undoStack = nullptr;
    AnnotationsDock *m_annotationsDock = nullptr;
    TagsDock *m_tagsDock = nullptr;
    SpeakerListModel *m_speakerModel = nullptr;
    QSortFilterProxyModel *m_speakerProxy = nullptr;
    QTableView *m_speakerView = nullptr;
    PeoplePanel *m_peoplePanel = nullptr;
    QLineEdit *m_articleFilter = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    SearchResultModel *m_searchModel = nullptr;
    SavedSearchListModel *m_savedSearchModel = nullptr;
    QListView *m_savedSearchView = nullptr;
    QTimer *m_backupTimer = nullptr;
    QStackedWidget *m_readerStack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyImport = nullptr;
    qint64 m_currentArticleId = 0;
    bool m_integrityCheckPending = false;
    bool m_keepingSelection = false;
    QString m_commandError;
};

} // namespace Attache::Gui
