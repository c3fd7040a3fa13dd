// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "annotations/annotationsdock.h"
#include "articlestore.h"
#include "backup/damagedprojectdialog.h"
#include "backup/restorebackupdialog.h"
#include "db/backup.h"
#include "db/sql.h"
#include "export/reportdialog.h"
#include "help/shortcutlistmodel.h"
#include "import/articleimporter.h"
#include "import/batchimport.h"
#include "outputfile.h"
#include "people/peoplepanel.h"
#include "project.h"
#include "reader/applicationtheme.h"
#include "reader/articlehighlighter.h"
#include "reader/findbar.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "reader/syntaxrepository.h"
#include "recentprojects.h"
#include "search/savedsearchesdock.h"
#include "search/searchdock.h"
#include "settings.h"
#include "settings/settingsdialog.h"
#include "sizelimits.h"
#include "speakers/speakersdock.h"
#include "tags/tagsdock.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <ksyntaxhighlighting_version.h>

namespace Attache::Gui {

namespace {
constexpr QLatin1StringView kGeometryKey {"mainWindow/geometry"};
constexpr QLatin1StringView kStateKey {"mainWindow/state"};
constexpr QLatin1StringView kSplitterKey {"mainWindow/splitter"};
constexpr QLatin1StringView kImportDirKey {"import/lastFolder"};
// One import never takes more than this many files; the user is told when a folder held more.
constexpr qsizetype kMaxImportFiles = Limits::kMaxImportFiles;

QString projectFilter()
{
    return MainWindow::tr("Attaché projects (*.%1)").arg(Project::kFileSuffix);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_recent(new RecentProjects(this))
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_reader = new ReaderController(m_ui->articleView, m_ui->readerView, this);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({440, 660});

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newProjectDialog);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openProjectDialog);
    connect(m_ui->actionClose, &QAction::triggered, this, &MainWindow::closeProject);
    connect(m_ui->actionRestoreBackup, &QAction::triggered, this, &MainWindow::restoreBackupDialog);
    connect(m_ui->actionImportFiles, &QAction::triggered, this, &MainWindow::importFilesDialog);
    connect(m_ui->actionImportFolder, &QAction::triggered, this, &MainWindow::importFolderDialog);
    connect(m_ui->actionImportUrl, &QAction::triggered, this, &MainWindow::importUrlDialog);
    connect(m_ui->actionArticleProperties, &QAction::triggered, m_reader, &ReaderController::editArticleProperties);
    connect(m_ui->actionExportReport, &QAction::triggered, this, [this] {
        if (!m_project) {
            return;
        }
        QList<qint64> selected;
        if (m_reader->currentArticleId()) {
            selected.append(m_reader->currentArticleId());
        }
        auto *dialog = new ReportDialog(m_project.get(), selected, this);
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
    m_importProgress = new QProgressBar(this);
    m_importProgress->setMaximumWidth(240);
    m_importProgress->setFormat(tr("Importing %v of %m"));
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop importing; what was imported stays"));
    m_cancelImport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelImport);
    m_importProgress->hide();
    m_cancelImport->hide();

    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    bindLayerAction(m_ui->actionLexicalLayer, ArticleHighlighter::Lexical, Settings::Key::LexicalLayer);
    bindLayerAction(m_ui->actionHighlightsLayer, ArticleHighlighter::UserHighlights, Settings::Key::HighlightsLayer);
    bindLayerAction(m_ui->actionQuotesLayer, ArticleHighlighter::Quotes, Settings::Key::QuotesLayer);
    setupDocks();
    setupEditActions();
    setupEmptyState();
    // Settings choose among the themes, so the theme menu exists first.
    buildThemeMenu();
    setupHelpAndSettings();
    setupSearch();
    restoreState(settings.value(kStateKey).toByteArray());
    rebuildRecentMenu();
    setProject(nullptr);
}

MainWindow::~MainWindow()
{
    // Undo commands and models hold on to the project's connection and stores; release them before the project goes.
    m_undoStack->clear();
    m_reader->setProject(nullptr);
    m_peoplePanel->setStore(nullptr);
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    ProjectError projectError;
    const bool opened = tryOpenProject(path, &projectError);
    *error = projectError.message;
    return opened;
}

bool MainWindow::tryOpenProject(const QString &path, ProjectError *error)
{
    closeProject();
    // The integrity check reads the whole file (a second per 300 MB). A window on screen shows the
    // project first and checks it as soon as it has painted; nothing else would show it sooner.
    const bool deferCheck = isVisible();
    std::unique_ptr<Project> project = Project::open(
        path, error, deferCheck ? Project::IntegrityCheck::Deferred : Project::IntegrityCheck::BeforeOpening);
    if (!project) {
        if (error->code == ProjectError::Code::NotFound) {
            m_recent->remove(path);
        }
        return false;
    }
    setProject(std::move(project));
    if (deferCheck) {
        m_integrityCheckPending = true;
        statusBar()->showMessage(tr("Checking the project…"));
        statusBar()->installEventFilter(this);
    }
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The status bar paints with the rest of the window: the project is on screen, so check it now.
    if (watched == statusBar() && event->type() == QEvent::Paint && m_integrityCheckPending) {
        statusBar()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::checkOpenedProject);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::checkOpenedProject()
{
    if (!m_integrityCheckPending || !m_project) {
        return;
    }
    m_integrityCheckPending = false;
    ProjectError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool intact = m_project->verifyIntegrity(&error);
    QApplication::restoreOverrideCursor();
    if (intact) {
        updateStatus();
        Q_EMIT integrityChecked(true);
        return;
    }
    const QString path = m_project->path();
    closeProject();
    Q_EMIT integrityChecked(false);
    reportOpenError(path, error);
}

bool MainWindow::createProject(const QString &path, QString *error)
{
    closeProject();
    ProjectError projectError;
    std::unique_ptr<Project> project = Project::create(path, &projectError);
    if (!project) {
        *error = projectError.message;
        return false;
    }
    setProject(std::move(project));
    return true;
}

bool MainWindow::replaceWithProject(const QString &path, QString *error)
{
    // The save dialog asked before overwriting, but a project is never replaced: its work would be gone.
    if (const QString refusal = OutputFile::refusal(path, m_project ? m_project->path() : QString());
        !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = tr("%1 cannot be replaced.").arg(path);
        return false;
    }
    return createProject(path, error);
}

void MainWindow::closeProject()
{
    setProject(nullptr);
}

bool MainWindow::isImporting() const
{
    return m_import && m_import->isRunning();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_project || isImporting() || paths.isEmpty()) {
        return;
    }
    bool truncated = false;
    const QStringList files = Import::BatchImport::expandPaths(paths, kMaxImportFiles, &truncated);
    if (truncated) {
        statusBar()->showMessage(tr("Only the first %L1 files are imported at once.").arg(kMaxImportFiles));
    }
    startImport(files);
}

bool MainWindow::importUrl(const QString &address)
{
    const QUrl url = QUrl::fromUserInput(address.trimmed());
    if (!m_project || isImporting() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        return false;
    }
    startImport({url.toString()});
    return true;
}

void MainWindow::startImport(const QStringList &sources)
{
    delete m_import;
    // Sources are files or http(s) addresses; both are read on the worker thread.
    const auto parse = [](const QString &source) {
        return source.startsWith(u"http://") || source.startsWith(u"https://")
            ? Import::ArticleImporter::importUrl(QUrl(source))
            : Import::ArticleImporter::importFile(source);
    };
    m_import = new Import::BatchImport(m_project->articles(), parse, this);
    connect(m_import, &Import::BatchImport::progress, this, &MainWindow::showImportProgress);
    connect(m_import, &Import::BatchImport::finished, this, &MainWindow::showImportSummary);
    connect(m_cancelImport, &QToolButton::clicked, m_import, &Import::BatchImport::cancel);
    m_importProgress->show();
    m_cancelImport->show();
    updateActions();
    m_import->start(sources);
}

void MainWindow::showImportProgress(int done, int total)
{
    m_importProgress->setRange(0, total);
    m_importProgress->setValue(done);
}

void MainWindow::showImportSummary()
{
    m_importProgress->hide();
    m_cancelImport->hide();
    updateActions();
    int imported = 0;
    int duplicates = 0;
    QStringList failures;
    for (const Import::BatchImport::Outcome &outcome : m_import->outcomes()) {
        switch (outcome.status) {
        case Import::BatchImport::Outcome::Status::Imported:
            ++imported;
            break;
        case Import::BatchImport::Outcome::Status::Duplicate:
            ++duplicates;
            break;
        case Import::BatchImport::Outcome::Status::Failed:
            failures.append(tr("%1: %2").arg(QDir::toNativeSeparators(outcome.path), outcome.reason));
            break;
        }
    }
    QString summary = tr("Imported %L1, skipped %L2 already in the project, failed %L3.")
                          .arg(imported)
                          .arg(duplicates)
                          .arg(failures.size());
    if (m_import->wasCancelled()) {
        summary = tr("Import cancelled.") + u' ' + summary;
    }
    statusBar()->showMessage(summary, 10000);
    if (!failures.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), summary, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDetailedText(failures.join(u'\n'));
        box->open();
    }
    Q_EMIT importFinished(summary);
}

void MainWindow::importFilesDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), settings.value(kImportDirKey, QDir::homePath()).toString(),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
    if (!files.isEmpty()) {
        settings.setValue(kImportDirKey, QFileInfo(files.constFirst()).absolutePath());
        importPaths(files);
    }
}

void MainWindow::importFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import a Folder of Articles"), settings.value(kImportDirKey, QDir::homePath()).toString());
    if (!folder.isEmpty()) {
        settings.setValue(kImportDirKey, folder);
        importPaths({folder});
    }
}

void MainWindow::importUrlDialog()
{
    bool ok = false;
    const QString address
        = QInputDialog::getText(this, tr("Import from a Web Address"), tr("Address of the article (http or https):"),
                                QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (ok && !address.trimmed().isEmpty() && !importUrl(address)) {
        QMessageBox::warning(this, tr("Import from a Web Address"),
                             tr("Only http and https addresses can be imported."));
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_project && !isImporting() && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (importDropped(event->mimeData())) {
        event->acceptProposedAction();
    }
}

bool MainWindow::importDropped(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        // Only local files: a drop never makes Attaché fetch anything from the network.
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (paths.isEmpty() || !m_project || isImporting()) {
        return false;
    }
    importPaths(paths);
    return true;
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    const bool idle = !isImporting();
    m_ui->actionClose->setEnabled(open && idle);
    // Restoring renames the project file, which a read-only project's folder does not allow.
    m_ui->actionRestoreBackup->setEnabled(open && idle && !m_project->isReadOnly());
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

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    // An import writes into the current project: it ends (keeping what finished) before the project goes.
    if (isImporting()) {
        m_import->cancel();
        while (m_import->isRunning()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    }
    delete m_import;
    m_import = nullptr;
    m_undoStack->clear();
    m_integrityCheckPending = false;
    statusBar()->removeEventFilter(this);
    // The parts let go of the previous project before it closes.
    std::unique_ptr<Project> previous = std::exchange(m_project, std::move(project));
    Project *current = m_project.get();
    m_annotationsDock->setProject(current);
    m_tagsDock->setStore(current ? current->tags() : nullptr);
    m_speakersDock->setProject(current);
    m_peoplePanel->setStore(current ? current->people() : nullptr);
    m_searchDock->setProject(current);
    m_savedSearchesDock->setStore(current ? current->savedSearches() : nullptr);
    if (current) {
        // The store, not the list: the list also grows when it fetches another page.
        for (const auto signal : {&ArticleStore::articleAdded, &ArticleStore::articleRemoved}) {
            connect(current->articles(), signal, this, &MainWindow::updateStatus);
            connect(current->articles(), signal, this, &MainWindow::updateEmptyState);
        }
    }
    m_reader->setProject(current);
    previous.reset();
    updateActions();
    if (m_project) {
        m_recent->add(m_project->path());
        setWindowTitle(m_project->isReadOnly()
                           ? tr("%1 (read-only) — Attaché").arg(QFileInfo(m_project->path()).completeBaseName())
                           : tr("%1 — Attaché").arg(QFileInfo(m_project->path()).completeBaseName()));
    } else {
        setWindowTitle(tr("Attaché"));
    }
    updateStatus();
    updateEmptyState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
    closeProject();
    event->accept();
}

void MainWindow::newProjectDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), projectFilter());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + Project::kFileSuffix;
    }
    QString error;
    if (!replaceWithProject(path, &error)) {
        QMessageBox::warning(this, tr("New Project"), error);
    }
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      projectFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty()) {
        openRecent(path);
    }
}

void MainWindow::openRecent(const QString &path)
{
    ProjectError error;
    if (!tryOpenProject(path, &error)) {
        reportOpenError(path, error);
    }
}

void MainWindow::reportOpenError(const QString &path, const ProjectError &error)
{
    if (error.code == ProjectError::Code::Damaged && !error.backup.isEmpty()) {
        offerNewestBackup(path, error);
    } else {
        QMessageBox::warning(this, tr("Open Project"), error.message);
    }
}

void MainWindow::offerNewestBackup(const QString &path, const ProjectError &error)
{
    DamagedProjectDialog dialog(path, error, this);
    dialog.exec();
    if (dialog.clickedButton() == dialog.restoreButton()) {
        restoreBackup(path, error.backup, false);
    }
}

void MainWindow::restoreBackupDialog()
{
    if (!m_project || isImporting()) {
        return;
    }
    const QString path = m_project->path();
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() == QDialog::Accepted) {
        restoreBackup(path, dialog.selectedBackup(), true);
    }
}

void MainWindow::restoreBackup(const QString &path, const QString &backup, bool reopenOnFailure)
{
    // Project::restore refuses a project that is held open, this window's included.
    closeProject();
    QString aside;
    ProjectError restoreError;
    const bool restored = Project::restore(path, backup, &aside, &restoreError);
    if (!restored) {
        QString reopenError;
        if (reopenOnFailure) {
            openProject(path, &reopenError);
        }
        QMessageBox::warning(this, tr("Restore Backup"),
                             tr("The backup was not restored and the project was not changed.") + u'\n'
                                 + restoreError.message + (reopenError.isEmpty() ? QString() : u'\n' + reopenError));
        return;
    }
    QString openError;
    if (!openProject(path, &openError)) {
        QMessageBox::warning(this, tr("Restore Backup"),
                             tr("The backup was restored but cannot be opened: %1").arg(openError));
        return;
    }
    statusBar()->showMessage(aside.isEmpty() ? tr("Restored the backup.")
                                             : tr("Restored the backup; the previous file is kept as %1").arg(aside));
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
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (!paths.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), m_recent, &RecentProjects::clear);
    }
    menu->setEnabled(!paths.isEmpty() && !isImporting());
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
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);
    QAction *shortcuts
        = new QAction(QIcon::fromTheme(QStringLiteral("configure-shortcuts")), tr("&Keyboard Shortcuts"), this);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
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
    // The stored theme, or following the system when it names a theme that is no longer installed.
    const QString theme = Settings::stringValue(Settings::Key::Theme);
    QAction *chosen = nullptr;
    QAction *followSystem = nullptr;
    for (QAction *action : m_ui->menuTheme->actions()) {
        if (!action->isCheckable()) {
            continue;
        }
        if (!followSystem) {
            followSystem = action;
        }
        if (action->data().toString() == theme) {
            chosen = action;
        }
    }
    if (!chosen) {
        chosen = followSystem;
    }
    chosen->setChecked(true);
    applyTheme(chosen->data().toString());
    const int hours = Settings::intValue(Settings::Key::BackupIntervalHours);
    if (hours > 0) {
        m_backupTimer->start(std::chrono::hours(hours));
    } else {
        m_backupTimer->stop();
    }
}

void MainWindow::backUpNow()
{
    if (!m_project) {
        return;
    }
    QString error;
    const QString path = Db::Backup::create(m_project->database(), m_project->path(), QStringLiteral("scheduled"),
                                            Settings::intValue(Settings::Key::BackupCount), &error);
    statusBar()->showMessage(path.isEmpty() ? tr("The scheduled backup failed: %1").arg(error)
                                            : tr("Backed up to %1").arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::showUserGuide()
{
    QFile file(QStringLiteral(":/attache/help/guide.md"));
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Attaché User Guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(false);
    browser->setMarkdown(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    dialog->resize(720, 640);
    dialog->show();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *model = new ShortcutListModel(dialog);
    model->setActions(findChildren<QAction *>());
    auto *view = new QTableView(dialog);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    dialog->resize(520, 560);
    dialog->show();
}

void MainWindow::setupEmptyState()
{
    // The article list gets a filter box above it.
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    m_ui->splitter->replaceWidget(0, listPane);
    listLayout->addWidget(m_reader->filterEdit());
    listLayout->addWidget(m_ui->articleView);

    // Instead of a blank reading view: what to do next, with the button to do it.
    m_emptyPage = new QWidget(this);
    m_emptyText = new QLabel(m_emptyPage);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont hintFont = m_emptyText->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.3);
    m_emptyText->setFont(hintFont);
    m_emptyImport
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import Articles…"), m_emptyPage);
    auto *openButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open Project…"), m_emptyPage);
    auto *newButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New Project…"), m_emptyPage);
    connect(m_emptyImport, &QPushButton::clicked, this, &MainWindow::importFilesDialog);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openProjectDialog);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newProjectDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_emptyImport);
    buttons->addWidget(openButton);
    buttons->addWidget(newButton);
    buttons->addStretch();
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();
    connect(this, &MainWindow::importFinished, this, &MainWindow::updateEmptyState);

    m_readerStack = new QStackedWidget(this);
    m_ui->splitter->replaceWidget(1, m_readerStack);
    m_readerStack->addWidget(m_ui->readerView);
    m_readerStack->addWidget(m_emptyPage);
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    if (!m_readerStack) {
        return;
    }
    const bool hasArticles = m_project && m_project->articles()->count() > 0;
    m_readerStack->setCurrentWidget(hasArticles ? static_cast<QWidget *>(m_ui->readerView) : m_emptyPage);
    m_emptyText->setText(m_project
                             ? tr("This project has no articles yet.\nImport an article to begin — or drop files here.")
                             : tr("Open a project, or create one, to begin."));
    m_emptyImport->setVisible(m_project != nullptr);
    m_emptyImport->setEnabled(!isImporting());
}

void MainWindow::buildThemeMenu()
{
    auto *group = new QActionGroup(this);
    const auto addTheme = [this, group](const QString &text, const QString &value) {
        QAction *action = m_ui->menuTheme->addAction(text);
        action->setCheckable(true);
        action->setData(value);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] { applyTheme(value); });
    };
    addTheme(tr("Follow the &System"), SyntaxRepository::kSystemTheme);
    addTheme(tr("&Light"), SyntaxRepository::kLightTheme);
    addTheme(tr("&Dark"), SyntaxRepository::kDarkTheme);
    m_ui->menuTheme->addSeparator();
    for (const QString &name : SyntaxRepository::themeNames()) {
        addTheme(name, name);
    }
}

void MainWindow::applyTheme(const QString &choice)
{
    Settings::setValue(Settings::Key::Theme, choice);
    m_ui->readerView->setTheme(ApplicationTheme::apply(choice));
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        statusBar()->showMessage(
            tr("No project open. Create one with File ▸ New Project or open one with File ▸ Open Project."));
        return;
    }
    // Only the article count: counting every quote (Project::counts) takes a while in a large project.
    QString message
        = tr("%1 · Articles: %L2").arg(QDir::toNativeSeparators(m_project->path())).arg(m_project->articles()->count());
    if (m_project->isReadOnly()) {
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
