// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "annotations/annotationsdock.h"
#include "articles/emptystatepage.h"
#include "articlestore.h"
#include "db/backup.h"
#include "db/sql.h"
#include "export/reportdialog.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "import/importcontroller.h"
#include "people/peoplepanel.h"
#include "project.h"
#include "project/projectcontroller.h"
#include "reader/articlehighlighter.h"
#include "reader/findbar.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "recentprojects.h"
#include "search/savedsearchesdock.h"
#include "search/searchdock.h"
#include "settings.h"
#include "settings/settingsdialog.h"
#include "settings/thememenu.h"
#include "speakers/speakersdock.h"
#include "tags/tagsdock.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>

#include <ksyntaxhighlighting_version.h>

namespace Attache::Gui {

namespace {
constexpr QLatin1StringView kGeometryKey {"mainWindow/geometry"};
constexpr QLatin1StringView kStateKey {"mainWindow/state"};
constexpr QLatin1StringView kSplitterKey {"mainWindow/splitter"};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_recent(new RecentProjects(this))
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_projects = new ProjectController(m_recent, this, statusBar());
    m_import = new ImportController(this);
    m_reader = new ReaderController(m_ui->articleView, m_ui->readerView, this);
    connect(m_projects, &ProjectController::aboutToChange, this, [this] {
        m_import->setProject(nullptr);
        // Undo steps hold on to the project's stores.
        m_undoStack->clear();
    });
    connect(m_projects, &ProjectController::projectChanged, this, &MainWindow::setProject);
    connect(m_projects, &ProjectController::integrityChecked, this, &MainWindow::updateStatus);
    connect(m_projects, &ProjectController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_import, &ImportController::runningChanged, this, [this] {
        updateActions();
        updateEmptyState();
    });
    connect(m_import, &ImportController::message, statusBar(), &QStatusBar::showMessage);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({440, 660});

    connect(m_ui->actionNew, &QAction::triggered, m_projects, &ProjectController::newProjectDialog);
    connect(m_ui->actionOpen, &QAction::triggered, m_projects, &ProjectController::openProjectDialog);
    connect(m_ui->actionClose, &QAction::triggered, m_projects, &ProjectController::closeProject);
    connect(m_ui->actionRestoreBackup, &QAction::triggered, m_projects, &ProjectController::restoreBackupDialog);
    connect(m_ui->actionImportFiles, &QAction::triggered, m_import, &ImportController::importFilesDialog);
    connect(m_ui->actionImportFolder, &QAction::triggered, m_import, &ImportController::importFolderDialog);
    connect(m_ui->actionImportUrl, &QAction::triggered, m_import, &ImportController::importUrlDialog);
    connect(m_ui->actionArticleProperties, &QAction::triggered, m_reader, &ReaderController::editArticleProperties);
    connect(m_ui->actionExportReport, &QAction::triggered, this, [this] {
        if (!m_projects->project()) {
            return;
        }
        QList<qint64> selected;
        if (m_reader->currentArticleId()) {
            selected.append(m_reader->currentArticleId());
        }
        auto *dialog = new ReportDialog(m_projects->project(), selected, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_recent, &RecentProjects::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_reader, &ReaderController::articleShown, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_reader, &ReaderController::analysisChanged, this, &MainWindow::updateStatus);

    setAcceptDrops(true);
    statusBar()->addPermanentWidget(m_import->progressBar());
    statusBar()->addPermanentWidget(m_import->cancelButton());

    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    bindLayerAction(m_ui->actionLexicalLayer, ArticleHighlighter::Lexical, Settings::Key::LexicalLayer);
    bindLayerAction(m_ui->actionHighlightsLayer, ArticleHighlighter::UserHighlights, Settings::Key::HighlightsLayer);
    bindLayerAction(m_ui->actionQuotesLayer, ArticleHighlighter::Quotes, Settings::Key::QuotesLayer);
    setupDocks();
    setupEditActions();
    setupCentralArea();
    // Settings choose among the themes, so the theme menu exists first.
    m_themeMenu = new ThemeMenu(m_ui->menuTheme, m_ui->readerView, this);
    setupHelpAndSettings();
    setupSearch();
    restoreState(settings.value(kStateKey).toByteArray());
    rebuildRecentMenu();
    setProject(nullptr);
}

MainWindow::~MainWindow()
{
    // The parts hold on to the project's stores; they let go before the project closes.
    m_projects->closeProject();
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    return m_projects->openProject(path, error);
}

void MainWindow::closeProject()
{
    m_projects->closeProject();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_import->canImport() && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_import->importDropped(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void MainWindow::updateActions()
{
    const Project *project = m_projects->project();
    const bool open = project != nullptr;
    const bool idle = !m_import->isImporting();
    m_ui->actionClose->setEnabled(open && idle);
    // Restoring renames the project file, which a read-only project's folder does not allow.
    m_ui->actionRestoreBackup->setEnabled(open && idle && !project->isReadOnly());
    m_ui->actionImportFiles->setEnabled(open && idle);
    m_ui->actionImportFolder->setEnabled(open && idle);
    m_ui->actionImportUrl->setEnabled(open && idle);
    m_ui->actionExportReport->setEnabled(open && idle);
    m_ui->actionNew->setEnabled(idle);
    m_ui->actionOpen->setEnabled(idle);
    m_ui->menuRecent->setEnabled(idle && !m_recent->paths().isEmpty());
    const bool reading = open && m_reader->currentArticleId() > 0;
    m_ui->actionArticleProperties->setEnabled(reading);
}

void MainWindow::setProject(Project *project)
{
    m_import->setProject(project);
    m_annotationsDock->setProject(project);
    m_tagsDock->setStore(project ? project->tags() : nullptr);
    m_speakersDock->setProject(project);
    m_peoplePanel->setStore(project ? project->people() : nullptr);
    m_searchDock->setProject(project);
    m_savedSearchesDock->setStore(project ? project->savedSearches() : nullptr);
    if (project) {
        // The store, not the list: the list also grows when it fetches another page.
        for (const auto signal : {&ArticleStore::articleAdded, &ArticleStore::articleRemoved}) {
            connect(project->articles(), signal, this, &MainWindow::updateStatus);
            connect(project->articles(), signal, this, &MainWindow::updateEmptyState);
        }
        const QString name = QFileInfo(project->path()).completeBaseName();
        setWindowTitle(project->isReadOnly() ? tr("%1 (read-only) — Attaché").arg(name) : tr("%1 — Attaché").arg(name));
    } else {
        setWindowTitle(tr("Attaché"));
    }
    m_reader->setProject(project);
    updateActions();
    updateStatus();
    updateEmptyState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
    m_projects->closeProject();
    event->accept();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList paths = m_recent->paths();
    for (const QString &path : paths) {
        QAction *action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, m_projects, [this, path] { m_projects->openWithDialogs(path); });
    }
    if (!paths.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), m_recent, &RecentProjects::clear);
    }
    menu->setEnabled(!paths.isEmpty() && !m_import->isImporting());
}

void MainWindow::bindLayerAction(QAction *action, int layer, Settings::Key key)
{
    const auto highlighterLayer = ArticleHighlighter::Layer(layer);
    action->setChecked(Settings::boolValue(key));
    m_ui->readerView->highlighter()->setLayerEnabled(highlighterLayer, action->isChecked());
    connect(action, &QAction::toggled, this, [this, highlighterLayer, key](bool enabled) {
        m_ui->readerView->highlighter()->setLayerEnabled(highlighterLayer, enabled);
        Settings::setValue(key, enabled);
    });
}

void MainWindow::setupDocks()
{
    m_annotationsDock = new AnnotationsDock(m_reader, m_undoStack, this);
    connect(m_annotationsDock, &AnnotationsDock::failed, this, &MainWindow::showMessage);
    QDockWidget *annotationDock = m_annotationsDock;
    m_tagsDock = new TagsDock(m_undoStack, this);
    connect(m_tagsDock, &TagsDock::failed, this, &MainWindow::showMessage);
    QDockWidget *tagDock = m_tagsDock;
    m_speakersDock = new SpeakersDock(m_reader, m_undoStack, this);
    connect(m_speakersDock, &SpeakersDock::failed, this, &MainWindow::showMessage);
    QDockWidget *speakerDock = m_speakersDock;
    m_ui->menuView->addActions({m_speakersDock->nextQuoteAction(), m_speakersDock->previousQuoteAction()});
    m_ui->menuView->addSeparator();
    m_peoplePanel = new PeoplePanel(m_undoStack, this);
    connect(m_peoplePanel, &PeoplePanel::quoteActivated, m_reader, &ReaderController::openQuote);
    connect(m_peoplePanel, &PeoplePanel::failed, this, &MainWindow::showMessage);
    auto *peopleDock = new QDockWidget(tr("People"), this);
    peopleDock->setObjectName(QStringLiteral("peopleDock"));
    peopleDock->setWidget(m_peoplePanel);
    // A tab brought to the front is not shown anew; it is only uncovered.
    connect(peopleDock, &QDockWidget::visibilityChanged, m_peoplePanel, [this](bool visible) {
        if (visible) {
            m_peoplePanel->reloadWhenShown();
        }
    });
    // Speakers above, with the whole project's people a tab away; the user's annotations and tags below.
    addDockWidget(Qt::RightDockWidgetArea, speakerDock);
    splitDockWidget(speakerDock, annotationDock, Qt::Vertical);
    tabifyDockWidget(annotationDock, tagDock);
    annotationDock->raise();
    tabifyDockWidget(speakerDock, peopleDock);
    speakerDock->raise();
    resizeDocks({speakerDock}, {400}, Qt::Horizontal);

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(new QUndoView(m_undoStack, historyDock));
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();

    for (QDockWidget *dock : {speakerDock, peopleDock, annotationDock, tagDock, historyDock}) {
        m_ui->menuView->addAction(dock->toggleViewAction());
    }
}

void MainWindow::setupEditActions()
{
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_ui->menuEdit->addActions({undo, redo});
    m_ui->menuEdit->addSeparator();

    // Find and zoom act on the reading view; standard keys follow the platform's conventions.
    const auto addStandard
        = [this](const QString &text, QKeySequence::StandardKey key, const QString &icon, auto slot) {
              auto *action = new QAction(QIcon::fromTheme(icon), text, this);
              action->setShortcuts(key);
              connect(action, &QAction::triggered, this, slot);
              m_ui->menuEdit->addAction(action);
              return action;
          };
    addStandard(tr("&Find…"), QKeySequence::Find, QStringLiteral("edit-find"),
                [this] { m_ui->readerView->findBar()->activate(); });
    addStandard(tr("Find &Next"), QKeySequence::FindNext, QStringLiteral("go-down-search"),
                [this] { m_ui->readerView->findBar()->find(true); });
    addStandard(tr("Find Pre&vious"), QKeySequence::FindPrevious, QStringLiteral("go-up-search"),
                [this] { m_ui->readerView->findBar()->find(false); });
    for (const auto &[text, key, icon, steps] :
         {std::tuple {tr("Zoom &In"), QKeySequence::ZoomIn, QStringLiteral("zoom-in"), 1},
          std::tuple {tr("Zoom &Out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out"), -1}}) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcuts(key);
        connect(action, &QAction::triggered, this, [this, zoomSteps = steps] { m_ui->readerView->zoom(zoomSteps); });
        m_ui->menuView->insertAction(m_ui->menuTheme->menuAction(), action);
    }
    auto *resetZoom = new QAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Actual Size"), this);
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(resetZoom, &QAction::triggered, this, [this] { m_ui->readerView->zoom(0); });
    m_ui->menuView->insertAction(m_ui->menuTheme->menuAction(), resetZoom);
    m_ui->menuView->insertSeparator(m_ui->menuTheme->menuAction());

    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_annotationsDock->highlightAction());
    m_ui->menuEdit->addMenu(m_annotationsDock->highlightWithMenu());
    m_ui->menuEdit->addActions({m_annotationsDock->addNoteAction(), m_annotationsDock->articleNoteAction()});
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addActions({m_annotationsDock->editAction(), m_annotationsDock->removeAction()});
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::setupSearch()
{
    m_searchDock = new SearchDock(m_undoStack, this);
    connect(m_searchDock, &SearchDock::hitActivated, m_reader, &ReaderController::openSearchHit);
    connect(m_searchDock, &SearchDock::message, this, &MainWindow::showMessage);
    connect(m_searchDock, &SearchDock::failed, this, &MainWindow::showMessage);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    m_ui->menuView->addAction(m_searchDock->toggleViewAction());
    m_ui->menuEdit->insertAction(m_annotationsDock->highlightAction(), m_searchDock->searchAction());
    m_ui->menuEdit->insertSeparator(m_annotationsDock->highlightAction());

    // Saved searches share the space of the Tags dock: both are ways back into the corpus.
    m_savedSearchesDock = new SavedSearchesDock(m_searchDock, m_undoStack, this);
    connect(m_savedSearchesDock, &SavedSearchesDock::failed, this, &MainWindow::showMessage);
    tabifyDockWidget(m_tagsDock, m_savedSearchesDock);
    m_annotationsDock->raise();
    m_ui->menuView->addAction(m_savedSearchesDock->toggleViewAction());
}

void MainWindow::setupHelpAndSettings()
{
    QMenu *settingsMenu = new QMenu(tr("&Settings"), this);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), settingsMenu);
    QAction *configure = settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")),
                                                 tr("&Configure Attaché…"), this, &MainWindow::showSettings);
    configure->setShortcuts(QKeySequence::Preferences);
    configure->setMenuRole(QAction::PreferencesRole);

    QAction *guide = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User Guide"), this);
    guide->setShortcuts(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] {
        auto *dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *shortcuts
        = new QAction(QIcon::fromTheme(QStringLiteral("configure-shortcuts")), tr("&Keyboard Shortcuts"), this);
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(findChildren<QAction *>(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_ui->menuHelp->insertActions(m_ui->actionAbout, {guide, shortcuts});
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);

    m_backupTimer = new QTimer(this);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::backUpNow);
    applySettings();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->save();
        applySettings();
    });
    dialog->open();
}

void MainWindow::applySettings()
{
    m_reader->applySettings();
    m_themeMenu->applyStored();
    const int hours = Settings::intValue(Settings::Key::BackupIntervalHours);
    if (hours > 0) {
        m_backupTimer->start(std::chrono::hours(hours));
    } else {
        m_backupTimer->stop();
    }
}

void MainWindow::backUpNow()
{
    const Project *project = m_projects->project();
    if (!project) {
        return;
    }
    QString error;
    const QString path = Db::Backup::create(project->database(), project->path(), QStringLiteral("scheduled"),
                                            Settings::intValue(Settings::Key::BackupCount), &error);
    statusBar()->showMessage(path.isEmpty() ? tr("The scheduled backup failed: %1").arg(error)
                                            : tr("Backed up to %1").arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::setupCentralArea()
{
    // The article list with its filter box above it; beside it the reader, or what to do instead.
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    m_ui->splitter->replaceWidget(0, listPane);
    listLayout->addWidget(m_reader->filterEdit());
    listLayout->addWidget(m_ui->articleView);
    m_emptyPage = new EmptyStatePage(this);
    connect(m_emptyPage, &EmptyStatePage::importRequested, m_import, &ImportController::importFilesDialog);
    connect(m_emptyPage, &EmptyStatePage::openRequested, m_projects, &ProjectController::openProjectDialog);
    connect(m_emptyPage, &EmptyStatePage::newRequested, m_projects, &ProjectController::newProjectDialog);
    m_readerStack = new QStackedWidget(this);
    m_ui->splitter->replaceWidget(1, m_readerStack);
    m_readerStack->addWidget(m_ui->readerView);
    m_readerStack->addWidget(m_emptyPage);
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    const Project *project = m_projects->project();
    const bool hasArticles = project && project->articles()->count() > 0;
    m_readerStack->setCurrentWidget(hasArticles ? static_cast<QWidget *>(m_ui->readerView) : m_emptyPage);
    m_emptyPage->setState(project != nullptr, !m_import->isImporting());
}

void MainWindow::updateStatus()
{
    const Project *project = m_projects->project();
    if (!project) {
        statusBar()->showMessage(
            tr("No project open. Create one with File ▸ New Project or open one with File ▸ Open Project."));
        return;
    }
    // Only the article count: counting every quote (Project::counts) takes a while in a large project.
    QString message
        = tr("%1 · Articles: %L2").arg(QDir::toNativeSeparators(project->path())).arg(project->articles()->count());
    if (project->isReadOnly()) {
        message += QStringLiteral(" · ") + tr("read-only: changes cannot be saved");
    }
    if (m_reader->currentArticleId()) {
        message += QStringLiteral(" · ")
            + tr("This article: %L1 quotes from %L2 speakers")
                  .arg(m_reader->analysis().quotes.size())
                  .arg(m_reader->analysis().speakers.size());
    }
    statusBar()->showMessage(message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Attaché"),
                       tr("<h3>Attaché %1</h3><p>A reader that finds who said what in foreign-policy articles.</p>"
                          "<p>Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5</p>")
                           .arg(QStringLiteral(ATTACHE_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
                                QStringLiteral(ATTACHE_HUNSPELL_VERSION), Db::sqliteLibraryVersion()));
}

} // namespace Attache::Gui
