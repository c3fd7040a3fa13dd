// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "articles/articlelistmodel.h"
#include "articlestore.h"
#include "db/sql.h"
#include "import/articleimporter.h"
#include "import/batchimport.h"
#include "project.h"
#include "reader/articlehighlighter.h"
#include "reader/readerview.h"
#include "reader/syntaxrepository.h"
#include "recentprojects.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QToolButton>

#include <ksyntaxhighlighting_version.h>

namespace Attache::Gui {

namespace {
constexpr QLatin1StringView kGeometryKey {"mainWindow/geometry"};
constexpr QLatin1StringView kStateKey {"mainWindow/state"};
constexpr QLatin1StringView kSplitterKey {"mainWindow/splitter"};
constexpr QLatin1StringView kThemeKey {"appearance/theme"};
constexpr QLatin1StringView kLexicalLayerKey {"reader/lexicalLayer"};
constexpr QLatin1StringView kImportDirKey {"import/lastFolder"};
// One import never takes more than this many files; the user is told when a folder held more.
constexpr qsizetype kMaxImportFiles = 20000;

QString projectFilter()
{
    return MainWindow::tr("Attaché projects (*.%1)").arg(Project::kFileSuffix);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_articleModel(new ArticleListModel(this))
    , m_articleProxy(new QSortFilterProxyModel(this))
    , m_recent(new RecentProjects(this))
{
    m_ui->setupUi(this);
    m_articleProxy->setSourceModel(m_articleModel);
    m_articleProxy->setSortRole(ArticleListModel::SortRole);
    m_articleProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->articleView->setModel(m_articleProxy);
    m_ui->articleView->sortByColumn(ArticleListModel::Title, Qt::AscendingOrder);
    QHeaderView *header = m_ui->articleView->horizontalHeader();
    header->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    for (int column = ArticleListModel::Outlet; column < ArticleListModel::ColumnCount; ++column) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newProjectDialog);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openProjectDialog);
    connect(m_ui->actionClose, &QAction::triggered, this, &MainWindow::closeProject);
    connect(m_ui->actionImportFiles, &QAction::triggered, this, &MainWindow::importFilesDialog);
    connect(m_ui->actionImportFolder, &QAction::triggered, this, &MainWindow::importFolderDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_recent, &RecentProjects::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_ui->articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_articleModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_articleModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);

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
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_ui->actionLexicalLayer->setChecked(settings.value(kLexicalLayerKey, true).toBool());
    m_ui->readerView->highlighter()->setLexicalLayerEnabled(m_ui->actionLexicalLayer->isChecked());
    connect(m_ui->actionLexicalLayer, &QAction::toggled, this, [this](bool enabled) {
        m_ui->readerView->highlighter()->setLexicalLayerEnabled(enabled);
        QSettings().setValue(kLexicalLayerKey, enabled);
    });
    buildThemeMenu(settings.value(kThemeKey, SyntaxRepository::kSystemTheme).toString());
    rebuildRecentMenu();
    setProject(nullptr);
}

MainWindow::~MainWindow()
{
    // The model watches the project's store; detach it before the project goes.
    m_articleModel->setStore(nullptr);
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    closeProject();
    ProjectError projectError;
    std::unique_ptr<Project> project = Project::open(path, &projectError);
    if (!project) {
        *error = projectError.message;
        if (projectError.code == ProjectError::Code::NotFound) {
            m_recent->remove(path);
        }
        return false;
    }
    setProject(std::move(project));
    return true;
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
        statusBar()->showMessage(tr("Only the first %1 files are imported at once.").arg(kMaxImportFiles));
    }
    delete m_import;
    m_import = new Import::BatchImport(m_project->articles(), &Import::ArticleImporter::importFile, this);
    connect(m_import, &Import::BatchImport::progress, this, &MainWindow::showImportProgress);
    connect(m_import, &Import::BatchImport::finished, this, &MainWindow::showImportSummary);
    connect(m_cancelImport, &QToolButton::clicked, m_import, &Import::BatchImport::cancel);
    m_importProgress->show();
    m_cancelImport->show();
    updateActions();
    m_import->start(files);
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
    QString summary = tr("Imported %1, skipped %2 already in the project, failed %3.")
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

bool MainWindow::importDropped(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
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
    m_ui->actionImportFiles->setEnabled(open && idle);
    m_ui->actionImportFolder->setEnabled(open && idle);
    m_ui->actionNew->setEnabled(idle);
    m_ui->actionOpen->setEnabled(idle);
    m_ui->menuRecent->setEnabled(idle && !m_recent->paths().isEmpty());
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
    m_articleModel->setStore(project ? project->articles() : nullptr);
    m_project = std::move(project);
    m_ui->readerView->clear();
    updateActions();
    if (m_project) {
        m_recent->add(m_project->path());
        setWindowTitle(tr("%1 — Attaché").arg(QFileInfo(m_project->path()).completeBaseName()));
        if (m_articleProxy->rowCount() > 0) {
            m_ui->articleView->setCurrentIndex(m_articleProxy->index(0, ArticleListModel::Title));
        }
    } else {
        setWindowTitle(tr("Attaché"));
    }
    updateStatus();
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
    // The dialog already asked before overwriting; a project is never replaced silently, so remove it first.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New Project"), tr("%1 cannot be replaced.").arg(path));
        return;
    }
    QString error;
    if (!createProject(path, &error)) {
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
    QString error;
    if (!openProject(path, &error)) {
        QMessageBox::warning(this, tr("Open Project"), error);
    }
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
    const QModelIndex current = m_ui->articleView->currentIndex();
    const std::optional<Article> article = m_project && current.isValid()
        ? m_project->articles()->article(current.data(ArticleListModel::ArticleIdRole).toLongLong())
        : std::nullopt;
    if (article) {
        m_ui->readerView->setArticle(*article);
    } else {
        m_ui->readerView->clear();
    }
}

void MainWindow::buildThemeMenu(const QString &choice)
{
    auto *group = new QActionGroup(this);
    const auto addTheme = [this, group, &choice](const QString &text, const QString &value) {
        QAction *action = m_ui->menuTheme->addAction(text);
        action->setCheckable(true);
        action->setChecked(value == choice);
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
    if (!group->checkedAction()) {
        group->actions().constFirst()->setChecked(true);
    }
    applyTheme(group->checkedAction()->data().toString());
}

void MainWindow::applyTheme(const QString &choice)
{
    QSettings().setValue(kThemeKey, choice);
    m_ui->readerView->setTheme(SyntaxRepository::themeFor(choice, palette()));
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        statusBar()->showMessage(
            tr("No project open. Create one with File ▸ New Project or open one with File ▸ Open Project."));
        return;
    }
    const Project::Counts counts = m_project->counts();
    statusBar()->showMessage(tr("%1 · Articles: %2 · Quotes: %3 · Speakers: %4")
                                 .arg(QDir::toNativeSeparators(m_project->path()))
                                 .arg(counts.articles)
                                 .arg(counts.quotes)
                                 .arg(counts.people));
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
