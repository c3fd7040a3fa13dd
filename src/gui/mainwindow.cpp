// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "annotations/annotationsdock.h"
#include "annotationstore.h"
#include "articles/articlelistmodel.h"
#include "articles/articlepropertiesdialog.h"
#include "articlestore.h"
#include "backup/damagedprojectdialog.h"
#include "backup/restorebackupdialog.h"
#include "commands/correctioncommand.h"
#include "commands/savedsearchcommand.h"
#include "db/backup.h"
#include "db/sql.h"
#include "export/reportdialog.h"
#include "help/shortcutlistmodel.h"
#include "import/articleimporter.h"
#include "import/batchimport.h"
#include "outputfile.h"
#include "people/peoplepanel.h"
#include "peoplestore.h"
#include "personaldictionary.h"
#include "project.h"
#include "reader/applicationtheme.h"
#include "reader/articlehighlighter.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "reader/syntaxrepository.h"
#include "recentprojects.h"
#include "savedsearchstore.h"
#include "search.h"
#include "search/savedsearchlistmodel.h"
#include "search/searchpanel.h"
#include "search/searchresultmodel.h"
#include "settings.h"
#include "settings/settingsdialog.h"
#include "sizelimits.h"
#include "speakers/speakerlistmodel.h"
#include "tags/tagsdock.h"
#include "tags/tagtreemodel.h"
#include "tagstore.h"

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
// The Search panel lists at most this many hits, best first.
constexpr int kMaxSearchHits = 200;

QString projectFilter()
{
    return MainWindow::tr("Attaché projects (*.%1)").arg(Project::kFileSuffix);
}

// The kind of a quotation as a reader sees it; AnalysisResult::kindName is the stored, untranslated name.
QString quoteKindLabel(Analysis::QuoteKind kind)
{
    switch (kind) {
    case Analysis::QuoteKind::Direct:
        return MainWindow::tr("direct quote");
    case Analysis::QuoteKind::Partial:
        return MainWindow::tr("partial quote", "a few quoted words inside reported speech");
    case Analysis::QuoteKind::Transcript:
        return MainWindow::tr("transcript", "a quotation from an interview or press-conference transcript");
    case Analysis::QuoteKind::Indirect:
        return MainWindow::tr("indirect quote", "reported speech, without quotation marks");
    }
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_articleModel(new ArticleListModel(this))
    , m_recent(new RecentProjects(this))
    , m_undoStack(new QUndoStack(this))
    , m_speakerModel(new SpeakerListModel(this))
    , m_speakerProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    // The model sorts in SQL (ArticleListModel::sort) and reads a page at a time.
    m_ui->articleView->setModel(m_articleModel);
    m_ui->articleView->sortByColumn(ArticleListModel::Title, Qt::AscendingOrder);
    QHeaderView *header = m_ui->articleView->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::keepCurrentArticleSelected);
    header->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(ArticleListModel::Outlet, 100);
    header->resizeSection(ArticleListModel::Published, 90);
    header->resizeSection(ArticleListModel::Quotes, 60);
    header->resizeSection(ArticleListModel::Notes, 50);
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
    connect(m_ui->actionArticleProperties, &QAction::triggered, this, &MainWindow::editArticleProperties);
    connect(m_ui->actionExportReport, &QAction::triggered, this, [this] {
        if (!m_project) {
            return;
        }
        QList<qint64> selected;
        if (m_currentArticleId) {
            selected.append(m_currentArticleId);
        }
        auto *dialog = new ReportDialog(m_project.get(), selected, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_recent, &RecentProjects::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_ui->articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);

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
    m_articleModel->setStore(nullptr);
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

void MainWindow::editArticleProperties()
{
    const std::optional<Article> article
        = m_project && m_currentArticleId ? m_project->articles()->article(m_currentArticleId) : std::nullopt;
    if (!article) {
        return;
    }
    auto *dialog = new ArticlePropertiesDialog(*article, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const Article edited = dialog->article();
        if (!m_project->articles()->updateMetadata(edited, &error)) {
            QMessageBox::warning(this, tr("Article Properties"), error);
        } else if (edited.id == m_currentArticleId) {
            m_ui->readerView->setArticle(*m_project->articles()->article(edited.id));
            refreshQuotes();
            refreshHighlights();
        }
    });
    dialog->open();
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
    const bool reading = open && m_currentArticleId > 0;
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
    m_currentArticleId = 0;
    m_annotationsDock->setProject(project.get());
    m_tagsDock->setStore(project ? project->tags() : nullptr);
    m_articleModel->setStore(project ? project->articles() : nullptr);
    m_peoplePanel->setStore(project ? project->people() : nullptr);
    m_searchModel->setHits({});
    m_savedSearchModel->setStore(project ? project->savedSearches() : nullptr);
    m_project = std::move(project);
    m_currentArticleId = 0;
    if (m_project) {
        connect(m_project->annotations(), &AnnotationStore::annotationAdded, this, &MainWindow::refreshHighlights);
        connect(m_project->annotations(), &AnnotationStore::annotationChanged, this, &MainWindow::refreshHighlights);
        connect(m_project->annotations(), &AnnotationStore::annotationRemoved, this, &MainWindow::refreshHighlights);
        connect(m_project->tags(), &TagStore::tagChanged, this, &MainWindow::refreshHighlights);
        // Corrections from any view, and their undo, change who says what in the article being read.
        connect(m_project->people(), &PeopleStore::peopleChanged, this, &MainWindow::reloadAnalysis);
        connect(m_project->people(), &PeopleStore::articleAnalysisChanged, this, [this](qint64 articleId) {
            if (articleId == m_currentArticleId) {
                reloadAnalysis();
            }
        });
        // The filter row offers the project's tags and outlets as they are now.
        for (const auto signal : {&TagStore::tagAdded, &TagStore::tagChanged, &TagStore::tagRemoved}) {
            connect(m_project->tags(), signal, this, &MainWindow::refreshSearchChoices);
        }
        for (const auto signal :
             {&ArticleStore::articleAdded, &ArticleStore::articleChanged, &ArticleStore::articleRemoved}) {
            connect(m_project->articles(), signal, this, &MainWindow::refreshSearchChoices);
        }
        // The store, not the list: the list also grows when it fetches another page.
        for (const auto signal : {&ArticleStore::articleAdded, &ArticleStore::articleRemoved}) {
            connect(m_project->articles(), signal, this, &MainWindow::updateStatus);
            connect(m_project->articles(), signal, this, &MainWindow::updateEmptyState);
        }
    }
    refreshSearchChoices();
    m_ui->readerView->clear();
    updateActions();
    if (m_project) {
        m_recent->add(m_project->path());
        setWindowTitle(m_project->isReadOnly()
                           ? tr("%1 (read-only) — Attaché").arg(QFileInfo(m_project->path()).completeBaseName())
                           : tr("%1 — Attaché").arg(QFileInfo(m_project->path()).completeBaseName()));
        if (m_articleModel->rowCount() > 0) {
            m_ui->articleView->setCurrentIndex(m_articleModel->index(0, ArticleListModel::Title));
        }
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

void MainWindow::showCurrentArticle()
{
    if (m_keepingSelection) {
        return;
    }
    const QModelIndex current = m_ui->articleView->currentIndex();
    const std::optional<Article> article = m_project && current.isValid()
        ? m_project->articles()->article(current.data(ArticleListModel::ArticleIdRole).toLongLong())
        : std::nullopt;
    m_currentArticleId = article ? article->id : 0;
    if (article) {
        m_ui->readerView->setArticle(*article);
    } else {
        m_ui->readerView->clear();
    }
    m_annotationsDock->setArticle(m_currentArticleId);
    if (article) {
        // Articles from projects made before analysis was stored are analysed on first reading.
        m_project->people()->analyzeIfNeeded(*article);
    }
    reloadAnalysis();
    refreshHighlights();
    updateActions();
    updateStatus();
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
    m_annotationsDock = new AnnotationsDock(m_ui->readerView, m_undoStack, this);
    connect(m_annotationsDock, &AnnotationsDock::failed, this, &MainWindow::showFailure);
    QDockWidget *annotationDock = m_annotationsDock;
    m_tagsDock = new TagsDock(m_undoStack, this);
    connect(m_tagsDock, &TagsDock::failed, this, &MainWindow::showFailure);
    QDockWidget *tagDock = m_tagsDock;

    m_speakerProxy->setSourceModel(m_speakerModel);
    m_speakerProxy->setSortRole(SpeakerListModel::SortRole);
    m_speakerProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_speakerView = new QTableView(this);
    m_speakerView->setObjectName(QStringLiteral("speakerView"));
    m_speakerView->setModel(m_speakerProxy);
    m_speakerView->setSortingEnabled(true);
    m_speakerView->sortByColumn(SpeakerListModel::Quotes, Qt::DescendingOrder);
    m_speakerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_speakerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_speakerView->verticalHeader()->hide();
    m_speakerView->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Name, QHeaderView::ResizeToContents);
    m_speakerView->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Kind, QHeaderView::ResizeToContents);
    m_speakerView->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Role, QHeaderView::Stretch);
    m_speakerView->horizontalHeader()->setSectionResizeMode(SpeakerListModel::Quotes, QHeaderView::ResizeToContents);
    m_speakerView->setWordWrap(false);
    connect(m_speakerView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        stepThroughSpeaker(index.data(SpeakerListModel::SpeakerIndexRole).toInt(), true);
    });
    m_speakerView->setAccessibleName(tr("Speakers in this article"));
    m_speakerView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_speakerView, &QWidget::customContextMenuRequested, this, &MainWindow::showSpeakerMenu);
    connect(m_ui->actionNextQuote, &QAction::triggered, this,
            [this] { stepThroughSpeaker(currentSpeakerIndex(), true); });
    connect(m_ui->actionPreviousQuote, &QAction::triggered, this,
            [this] { stepThroughSpeaker(currentSpeakerIndex(), false); });
    auto *speakerDock = new QDockWidget(tr("Speakers"), this);
    speakerDock->setObjectName(QStringLiteral("speakersDock"));
    speakerDock->setWidget(m_speakerView);
    m_peoplePanel = new PeoplePanel(m_undoStack, this);
    connect(m_peoplePanel, &PeoplePanel::quoteActivated, this, &MainWindow::openQuote);
    connect(m_peoplePanel, &PeoplePanel::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
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

    QPlainTextEdit *text = m_ui->readerView->textView();
    text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(text, &QWidget::customContextMenuRequested, this, &MainWindow::showReaderMenu);
}

void MainWindow::push(QUndoCommand *command)
{
    m_commandError.clear();
    m_undoStack->push(command);
    if (!m_commandError.isEmpty()) {
        showFailure(m_commandError);
    }
}

void MainWindow::showFailure(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showReaderMenu(const QPoint &position)
{
    QPlainTextEdit *text = m_ui->readerView->textView();
    QMenu *menu = text->createStandardContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qsizetype offset = m_ui->readerView->positionAt(position);
    m_annotationsDock->addReaderMenuActions(menu, offset);
    if (m_project) {
        addQuoteCorrections(menu, offset);
    }
    menu->popup(text->viewport()->mapToGlobal(position));
}

void MainWindow::refreshHighlights()
{
    QList<HighlightSpan> spans;
    if (m_project && m_currentArticleId) {
        for (const Annotation &annotation : m_project->annotations()->annotationsFor(m_currentArticleId)) {
            if (!annotation.anchor) {
                continue;
            }
            HighlightSpan span;
            span.id = annotation.id;
            span.start = annotation.anchor->start;
            span.end = annotation.anchor->end;
            span.background = annotation.color.isEmpty() ? QColor() : QColor(annotation.color);
            QStringList tags;
            for (const qint64 tagId : annotation.tagIds) {
                tags.append(m_tagsDock->model()->pathOf(tagId));
            }
            if (!annotation.note.isEmpty()) {
                // A dotted underline marks the passages that carry a note.
                span.underline = palette().color(QPalette::Link);
                span.underlineStyle = QTextCharFormat::DotLine;
            }
            QStringList tip;
            if (!annotation.note.isEmpty()) {
                tip.append(tr("Note: %1").arg(annotation.note));
            }
            if (!tags.isEmpty()) {
                tip.append(tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
            }
            span.toolTip = tip.join(u'\n');
            spans.append(span);
        }
    }
    m_ui->readerView->highlighter()->setSpans(ArticleHighlighter::UserHighlights, spans);
}

void MainWindow::setupSearch()
{
    m_searchModel = new SearchResultModel(this);
    m_searchPanel = new SearchPanel(m_searchModel, this);
    connect(m_searchPanel, &SearchPanel::searchRequested, this, &MainWindow::runSearch);
    connect(m_searchPanel, &SearchPanel::resultActivated, this, &MainWindow::openSearchResult);
    auto *saveSearch = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save Search…"), this);
    saveSearch->setToolTip(tr("Keep this search and its filters in the project"));
    connect(saveSearch, &QAction::triggered, this, &MainWindow::saveSearchDialog);
    m_searchPanel->saveButton()->setDefaultAction(saveSearch);

    auto *dock = new QDockWidget(tr("Search"), this);
    dock->setObjectName(QStringLiteral("searchDock"));
    dock->setWidget(m_searchPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    m_ui->menuView->addAction(toggle);
    auto *searchAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search Project…"), this);
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(searchAction, &QAction::triggered, this, [this, dock] {
        dock->show();
        dock->raise();
        m_searchPanel->queryInput()->setFocus();
        m_searchPanel->queryInput()->selectAll();
    });
    m_ui->menuEdit->insertAction(m_annotationsDock->highlightAction(), searchAction);
    m_ui->menuEdit->insertSeparator(m_annotationsDock->highlightAction());

    // Saved searches share the space of the Tags dock: both are ways back into the corpus.
    m_savedSearchModel = new SavedSearchListModel(this);
    m_savedSearchView = new QListView(this);
    m_savedSearchView->setObjectName(QStringLiteral("savedSearchView"));
    m_savedSearchView->setModel(m_savedSearchModel);
    m_savedSearchView->setAccessibleName(tr("Saved searches"));
    m_savedSearchView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_savedSearchView->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto selectedId = [this] {
        return m_savedSearchView->currentIndex().data(SavedSearchListModel::SavedSearchIdRole).toLongLong();
    };
    connect(m_savedSearchView, &QAbstractItemView::activated, this, [this, dock](const QModelIndex &index) {
        dock->show();
        dock->raise();
        runSavedSearch(index.data(SavedSearchListModel::SavedSearchIdRole).toLongLong());
    });
    const auto addSavedAction = [this](const QString &text, const QString &icon, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, m_savedSearchView);
        connect(action, &QAction::triggered, this, slot);
        m_savedSearchView->addAction(action);
        return action;
    };
    addSavedAction(tr("Run"), QStringLiteral("edit-find"), [this, dock, selectedId] {
        dock->show();
        dock->raise();
        runSavedSearch(selectedId());
    });
    addSavedAction(tr("Rename…"), QStringLiteral("edit-rename"), [this, selectedId] {
        const qint64 id = selectedId();
        const int row = m_savedSearchModel->rowOf(id);
        if (row < 0) {
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Saved Search"), tr("Name:"), QLineEdit::Normal,
                                                   m_savedSearchModel->savedSearchAt(row).name, &ok);
        if (ok) {
            renameSavedSearch(id, name);
        }
    });
    addSavedAction(tr("Replace with Current Search"), QStringLiteral("document-save"),
                   [this, selectedId] { replaceSavedSearch(selectedId()); });
    addSavedAction(tr("Delete"), QStringLiteral("edit-delete"),
                   [this, selectedId] { removeSavedSearch(selectedId()); });
    auto *savedDock = new QDockWidget(tr("Saved Searches"), this);
    savedDock->setObjectName(QStringLiteral("savedSearchesDock"));
    savedDock->setWidget(m_savedSearchView);
    tabifyDockWidget(m_tagsDock, savedDock);
    m_annotationsDock->raise();
    m_ui->menuView->addAction(savedDock->toggleViewAction());
}

int MainWindow::searchProject(const QString &query)
{
    m_searchPanel->queryInput()->setText(query);
    return runSearch();
}

int MainWindow::runSearch()
{
    const QString query = m_searchPanel->query();
    const SearchFilter filter = m_searchPanel->filter();
    QList<SearchHit> hits;
    QString error;
    if (!m_project || (query.trimmed().isEmpty() && filter.isEmpty())) {
        m_searchModel->setHits({});
        return 0;
    }
    if (!Search(m_project->database()).run(query, filter, kMaxSearchHits, &hits, &error)) {
        m_searchModel->setHits({});
        statusBar()->showMessage(tr("Cannot search for that: %1").arg(error), 10000);
        return 0;
    }
    m_searchModel->setHits(hits);
    statusBar()->showMessage(query.trimmed().isEmpty()
                                 ? tr("%n results for the filters", nullptr, int(hits.size()))
                                 : tr("%n results for “%1”", nullptr, int(hits.size())).arg(query),
                             10000);
    return int(hits.size());
}

void MainWindow::refreshSearchChoices()
{
    m_searchPanel->setChoices(m_project ? m_project->tags()->tags() : QList<Tag>(),
                              m_project ? Search(m_project->database()).outlets() : QStringList());
}

void MainWindow::saveSearchDialog()
{
    if (!m_project) {
        return;
    }
    if (m_searchPanel->query().trimmed().isEmpty() && m_searchPanel->filter().isEmpty()) {
        statusBar()->showMessage(tr("Type words or choose a filter first, then save the search"), 10000);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name:"), QLineEdit::Normal,
                                               m_searchPanel->query().trimmed(), &ok);
    if (ok) {
        saveSearch(name);
    }
}

qint64 MainWindow::saveSearch(const QString &name)
{
    if (!m_project) {
        return 0;
    }
    auto *command = new SavedSearchCommand(m_project->savedSearches(), SavedSearchCommand::Action::Add, {},
                                           {0, name, m_searchPanel->query(), m_searchPanel->filter()}, &m_commandError);
    push(command);
    return m_commandError.isEmpty() ? command->savedSearchId() : 0;
}

int MainWindow::runSavedSearch(qint64 id)
{
    const std::optional<SavedSearch> search = m_project ? m_project->savedSearches()->savedSearch(id) : std::nullopt;
    if (!search) {
        return -1;
    }
    m_searchPanel->setSearch(search->query, search->filter);
    return runSearch();
}

bool MainWindow::renameSavedSearch(qint64 id, const QString &name)
{
    const std::optional<SavedSearch> before = m_project ? m_project->savedSearches()->savedSearch(id) : std::nullopt;
    if (!before || before->name == name.trimmed()) {
        return false;
    }
    SavedSearch after = *before;
    after.name = name;
    push(new SavedSearchCommand(m_project->savedSearches(), SavedSearchCommand::Action::Edit, *before, after,
                                &m_commandError));
    return m_commandError.isEmpty();
}

bool MainWindow::replaceSavedSearch(qint64 id)
{
    const std::optional<SavedSearch> before = m_project ? m_project->savedSearches()->savedSearch(id) : std::nullopt;
    if (!before) {
        return false;
    }
    push(new SavedSearchCommand(m_project->savedSearches(), SavedSearchCommand::Action::Edit, *before,
                                {id, before->name, m_searchPanel->query(), m_searchPanel->filter()}, &m_commandError));
    return m_commandError.isEmpty();
}

bool MainWindow::removeSavedSearch(qint64 id)
{
    const std::optional<SavedSearch> before = m_project ? m_project->savedSearches()->savedSearch(id) : std::nullopt;
    if (!before) {
        return false;
    }
    push(new SavedSearchCommand(m_project->savedSearches(), SavedSearchCommand::Action::Remove, *before, {},
                                &m_commandError));
    return m_commandError.isEmpty();
}

void MainWindow::openSearchResult(int row)
{
    if (!m_project || row < 0 || row >= m_searchModel->rowCount()) {
        return;
    }
    const SearchHit hit = m_searchModel->hitAt(row);
    m_articleFilter->clear();
    const int articleRow = m_articleModel->loadRowOf(hit.articleId);
    if (articleRow < 0) {
        return;
    }
    m_ui->articleView->setCurrentIndex(m_articleModel->index(articleRow, 0));
    qsizetype start = -1;
    qsizetype end = -1;
    if (hit.kind == SearchHit::Kind::Quote) {
        if (const auto span = m_project->people()->quoteSpan(hit.id)) {
            std::tie(start, end) = *span;
        }
    } else if (hit.kind == SearchHit::Kind::Annotation) {
        const auto annotation = m_project->annotations()->annotation(hit.id);
        if (annotation && annotation->anchor) {
            start = annotation->anchor->start;
            end = annotation->anchor->end;
        }
    } else {
        // The first word the index marked in the snippet, found again in the text.
        const qsizetype open = hit.snippet.indexOf(Search::kSnippetOpen);
        const qsizetype close = hit.snippet.indexOf(Search::kSnippetClose, open);
        const QString word = open >= 0 && close > open ? hit.snippet.mid(open + 1, close - open - 1) : QString();
        start = word.isEmpty() ? -1 : m_ui->readerView->text().indexOf(word, 0, Qt::CaseInsensitive);
        end = start + word.size();
    }
    if (start >= 0) {
        m_ui->readerView->showRange(start, end);
    }
}

bool MainWindow::openQuote(qint64 articleId, qint64 start, qint64 end)
{
    if (!m_project) {
        return false;
    }
    int row = m_articleModel->loadRowOf(articleId);
    // The article may be filtered out of the list; the whole list shows it.
    if (row < 0 && !m_articleModel->filter().isEmpty()) {
        m_articleFilter->clear();
        row = m_articleModel->loadRowOf(articleId);
    }
    if (row < 0) {
        return false;
    }
    m_ui->articleView->setCurrentIndex(m_articleModel->index(row, 0));
    m_ui->readerView->showRange(start, end);
    m_ui->readerView->textView()->setFocus();
    return m_currentArticleId == articleId;
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
    m_ui->readerView->applySettings();
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
    refreshQuotes();
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
    m_articleFilter = new QLineEdit(this);
    m_articleFilter->setObjectName(QStringLiteral("articleFilter"));
    m_articleFilter->setPlaceholderText(tr("Filter articles by title, outlet or date"));
    m_articleFilter->setAccessibleName(tr("Filter articles"));
    m_articleFilter->setClearButtonEnabled(true);
    connect(m_articleFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_articleModel->setFilter(text);
        keepCurrentArticleSelected();
    });
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    m_ui->splitter->replaceWidget(0, listPane);
    listLayout->addWidget(m_articleFilter);
    listLayout->addWidget(m_ui->articleView);
    m_ui->articleView->setAccessibleName(tr("Articles"));

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

void MainWindow::keepCurrentArticleSelected()
{
    const int row = m_currentArticleId ? m_articleModel->loadRowOf(m_currentArticleId) : -1;
    if (row < 0) {
        return;
    }
    // The reader already shows the article; selecting its row again must not reload it.
    const QScopedValueRollback keeping(m_keepingSelection, true);
    m_ui->articleView->setCurrentIndex(m_articleModel->index(row, ArticleListModel::Title));
    m_ui->articleView->scrollTo(m_articleModel->index(row, ArticleListModel::Title));
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

int MainWindow::currentSpeakerIndex() const
{
    const QModelIndex current = m_speakerView->currentIndex();
    return current.isValid() ? current.data(SpeakerListModel::SpeakerIndexRole).toInt() : -1;
}

bool MainWindow::stepThroughSpeaker(int speakerIndex, bool forward)
{
    const QList<Analysis::Quote> &quotes = m_speakerModel->result().quotes;
    if (speakerIndex < 0 || quotes.isEmpty()) {
        return false;
    }
    const auto selection = m_ui->readerView->selectedRange();
    const qsizetype here = selection ? selection->first : (forward ? -1 : m_ui->readerView->text().size());
    const Analysis::Quote *found = nullptr;
    if (forward) {
        for (const Analysis::Quote &quote : quotes) {
            if (quote.speaker == speakerIndex && quote.start > here) {
                found = &quote;
                break;
            }
        }
    } else {
        for (auto it = quotes.crbegin(); it != quotes.crend(); ++it) {
            if (it->speaker == speakerIndex && it->start < here) {
                found = &*it;
                break;
            }
        }
    }
    // Past the last quote, wrap around to the first (or the last, going back).
    if (!found) {
        for (const Analysis::Quote &quote : quotes) {
            if (quote.speaker == speakerIndex && (!found || !forward)) {
                found = &quote;
                if (forward) {
                    break;
                }
            }
        }
    }
    if (!found) {
        return false;
    }
    m_ui->readerView->showRange(found->start, found->end);
    return true;
}

void MainWindow::reloadAnalysis()
{
    m_speakerModel->setResult(m_project && m_currentArticleId ? m_project->people()->storedAnalysis(m_currentArticleId)
                                                              : Analysis::AnalysisResult {});
    refreshQuotes();
    if (m_currentArticleId) {
        m_articleModel->refreshArticle(m_currentArticleId);
    }
    updateStatus();
}

bool MainWindow::rejectQuote(int quoteIndex)
{
    const QList<Analysis::Quote> &quotes = m_speakerModel->result().quotes;
    if (!m_project || quoteIndex < 0 || quoteIndex >= quotes.size()) {
        return false;
    }
    push(CorrectionCommand::forQuote(m_project->people(), CorrectionCommand::Action::RejectQuote, m_currentArticleId,
                                     quotes.at(quoteIndex).text, 0, &m_commandError));
    return m_commandError.isEmpty();
}

bool MainWindow::reassignQuote(int quoteIndex, qint64 personId)
{
    const QList<Analysis::Quote> &quotes = m_speakerModel->result().quotes;
    if (!m_project || quoteIndex < 0 || quoteIndex >= quotes.size() || personId <= 0) {
        return false;
    }
    push(CorrectionCommand::forQuote(m_project->people(), CorrectionCommand::Action::ReassignQuote, m_currentArticleId,
                                     quotes.at(quoteIndex).text, personId, &m_commandError));
    return m_commandError.isEmpty();
}

void MainWindow::addQuoteCorrections(QMenu *menu, qsizetype offset)
{
    const Analysis::AnalysisResult &result = m_speakerModel->result();
    for (int index = 0; index < result.quotes.size(); ++index) {
        const Analysis::Quote &quote = result.quotes.at(index);
        if (offset < quote.start || offset >= quote.end) {
            continue;
        }
        menu->addSeparator();
        menu->addAction(tr("Not a Quote"), this, [this, index] { rejectQuote(index); });
        QMenu *reassign = menu->addMenu(tr("Attribute To"));
        for (const PeopleStore::Person &person : m_project->people()->people()) {
            if (quote.speaker >= 0 && person.name == result.speakers.at(quote.speaker).name) {
                continue;
            }
            const qint64 personId = person.id;
            reassign->addAction(person.role.isEmpty() ? person.name : tr("%1 — %2").arg(person.name, person.role), this,
                                [this, index, personId] { reassignQuote(index, personId); });
        }
        reassign->setEnabled(!reassign->isEmpty());
        return;
    }
}

void MainWindow::showSpeakerMenu(const QPoint &position)
{
    const QModelIndex index = m_speakerView->indexAt(position);
    if (!m_project || !index.isValid()) {
        return;
    }
    const Analysis::Speaker &speaker
        = m_speakerModel->result().speakers.at(index.data(SpeakerListModel::SpeakerIndexRole).toInt());
    const qint64 personId = m_project->people()->findPerson(speaker.name);
    if (!personId) {
        return;
    }
    QMenu menu(this);
    QMenu *kinds = menu.addMenu(tr("Kind"));
    for (const Analysis::SpeakerKind kind : Analysis::kSpeakerKinds) {
        QAction *action = kinds->addAction(Analysis::speakerKindLabel(kind));
        action->setCheckable(true);
        action->setChecked(kind == speaker.kind);
        const QString name = Analysis::speakerKindName(kind);
        connect(action, &QAction::triggered, this, [this, personId, name] {
            push(CorrectionCommand::forPerson(m_project->people(), CorrectionCommand::Action::SetKind, personId, name,
                                              &m_commandError));
        });
    }
    menu.addAction(tr("Rename…"), this, [this, personId, name = speaker.name] {
        bool ok = false;
        const QString edited = QInputDialog::getText(this, tr("Rename"), tr("Name:"), QLineEdit::Normal, name, &ok);
        if (ok && !edited.trimmed().isEmpty() && edited.trimmed() != name) {
            push(CorrectionCommand::forPerson(m_project->people(), CorrectionCommand::Action::Rename, personId,
                                              edited.trimmed(), &m_commandError));
        }
    });
    menu.addAction(tr("Set Role…"), this, [this, personId, role = speaker.role] {
        bool ok = false;
        const QString edited
            = QInputDialog::getText(this, tr("Set Role"), tr("Role and institution:"), QLineEdit::Normal, role, &ok);
        if (ok && edited.trimmed() != role) {
            push(CorrectionCommand::forPerson(m_project->people(), CorrectionCommand::Action::SetRole, personId,
                                              edited.trimmed(), &m_commandError));
        }
    });
    menu.exec(m_speakerView->viewport()->mapToGlobal(position));
}

void MainWindow::refreshQuotes()
{
    const Analysis::AnalysisResult &result = m_speakerModel->result();
    const double reviewThreshold = Settings::doubleValue(Settings::Key::ReviewThreshold);
    QList<HighlightSpan> spans;
    const QString text = m_ui->readerView->text();
    for (const Analysis::Quote &quote : result.quotes) {
        HighlightSpan span;
        span.start = quote.start;
        span.end = quote.end;
        QStringList tip;
        if (quote.speaker >= 0) {
            const Analysis::Speaker &speaker = result.speakers.at(quote.speaker);
            span.background = SpeakerListModel::colorFor(quote.speaker);
            span.underline = Analysis::speakerKindColor(speaker.kind);
            tip.append(speaker.role.isEmpty() ? speaker.name : tr("%1 — %2").arg(speaker.name, speaker.role));
            //: speaker's kind · kind of quote · the verb that introduced it · how sure the engine is
            tip.append(tr("%1 · %2 · cue “%3” · confidence %4%")
                           .arg(Analysis::speakerKindLabel(speaker.kind), quoteKindLabel(quote.kind), quote.cue)
                           .arg(qRound(quote.confidence * 100)));
        } else {
            tip.append(tr("A quotation with no speaker found"));
        }
        if (quote.confidence < reviewThreshold || quote.speaker < 0) {
            // Low confidence: a red wavy line asks the reader to check the attribution.
            span.underline = QColor(0xd0, 0x30, 0x30);
            span.underlineStyle = QTextCharFormat::WaveUnderline;
            tip.append(tr("Check this attribution"));
        }
        span.toolTip = tip.join(u'\n');
        spans.append(span);
    }
    // Speakers' names in bold wherever the text names them.
    for (qsizetype index = 0; index < result.speakers.size(); ++index) {
        const Analysis::Speaker &speaker = result.speakers.at(index);
        QStringList names = speaker.aliases;
        names.prepend(speaker.name);
        for (const QString &name : std::as_const(names)) {
            for (qsizetype at = text.indexOf(name); at >= 0 && !name.isEmpty();
                 at = text.indexOf(name, at + name.size())) {
                const bool wordStart = at == 0 || !text.at(at - 1).isLetterOrNumber();
                const qsizetype end = at + name.size();
                const bool wordEnd = end >= text.size() || !text.at(end).isLetterOrNumber();
                if (wordStart && wordEnd) {
                    HighlightSpan mention;
                    mention.start = at;
                    mention.end = end;
                    mention.bold = true;
                    mention.toolTip
                        = speaker.role.isEmpty() ? speaker.name : tr("%1 — %2").arg(speaker.name, speaker.role);
                    spans.append(mention);
                }
            }
        }
    }
    m_ui->readerView->highlighter()->setSpans(ArticleHighlighter::Quotes, spans);
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
    if (m_currentArticleId) {
        message += QStringLiteral(" · ")
            + tr("This article: %L1 quotes from %L2 speakers")
                  .arg(m_speakerModel->result().quotes.size())
                  .arg(m_speakerModel->result().speakers.size());
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
