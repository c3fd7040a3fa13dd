// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "import/articleimporter.h"
#include "import/batchimport.h"
#include "project.h"
#include "sizelimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QToolButton>

namespace Attache::Gui {

namespace {
constexpr QLatin1StringView kImportDirKey {"import/lastFolder"};
// One import never takes more than this many files; the user is told when a folder held more.
constexpr qsizetype kMaxImportFiles = Limits::kMaxImportFiles;
} // namespace

ImportController::ImportController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_progress(new QProgressBar(window))
    , m_cancel(new QToolButton(window))
{
    m_progress->setMaximumWidth(240);
    m_progress->setFormat(tr("Importing %v of %m"));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop importing; what was imported stays"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_progress->hide();
    m_cancel->hide();
}

void ImportController::setProject(Project *project)
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
    m_project = project;
}

bool ImportController::isImporting() const
{
    return m_import && m_import->isRunning();
}

bool ImportController::canImport() const
{
    return m_project && !isImporting();
}

void ImportController::importPaths(const QStringList &paths)
{
    if (!canImport() || paths.isEmpty()) {
        return;
    }
    bool truncated = false;
    const QStringList files = Import::BatchImport::expandPaths(paths, kMaxImportFiles, &truncated);
    if (truncated) {
        Q_EMIT message(tr("Only the first %L1 files are imported at once.").arg(kMaxImportFiles), 0);
    }
    start(files);
}

bool ImportController::importUrl(const QString &address)
{
    const QUrl url = QUrl::fromUserInput(address.trimmed());
    if (!canImport() || !url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        return false;
    }
    start({url.toString()});
    return true;
}

bool ImportController::importDropped(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        // Only local files: a drop never makes Attaché fetch anything from the network.
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (paths.isEmpty() || !canImport()) {
        return false;
    }
    importPaths(paths);
    return true;
}

void ImportController::start(const QStringList &sources)
{
    delete m_import;
    // Sources are files or http(s) addresses; both are read on the worker thread.
    const auto parse = [](const QString &source) {
        return source.startsWith(u"http://") || source.startsWith(u"https://")
            ? Import::ArticleImporter::importUrl(QUrl(source))
            : Import::ArticleImporter::importFile(source);
    };
    m_import = new Import::BatchImport(m_project->articles(), parse, this);
    connect(m_import, &Import::BatchImport::progress, this, &ImportController::showProgress);
    connect(m_import, &Import::BatchImport::finished, this, &ImportController::showSummary);
    connect(m_cancel, &QToolButton::clicked, m_import, &Import::BatchImport::cancel);
    m_progress->show();
    m_cancel->show();
    m_import->start(sources);
    Q_EMIT runningChanged(true);
}

void ImportController::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ImportController::showSummary()
{
    m_progress->hide();
    m_cancel->hide();
    Q_EMIT runningChanged(false);
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
    Q_EMIT message(summary, 10000);
    if (!failures.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), summary, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDetailedText(failures.join(u'\n'));
        box->open();
    }
    Q_EMIT finished(summary);
}

void ImportController::importFilesDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Articles"), settings.value(kImportDirKey, QDir::homePath()).toString(),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
    if (!files.isEmpty()) {
        settings.setValue(kImportDirKey, QFileInfo(files.constFirst()).absolutePath());
        importPaths(files);
    }
}

void ImportController::importFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Import a Folder of Articles"), settings.value(kImportDirKey, QDir::homePath()).toString());
    if (!folder.isEmpty()) {
        settings.setValue(kImportDirKey, folder);
        importPaths({folder});
    }
}

void ImportController::importUrlDialog()
{
    bool ok = false;
    const QString address = QInputDialog::getText(m_window, tr("Import from a Web Address"),
                                                  tr("Address of the article (http or https):"), QLineEdit::Normal,
                                                  QStringLiteral("https://"), &ok);
    if (ok && !address.trimmed().isEmpty() && !importUrl(address)) {
        QMessageBox::warning(m_window, tr("Import from a Web Address"),
                             tr("Only http and https addresses can be imported."));
    }
}

} // namespace Attache::Gui
