// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "backup/damagedprojectdialog.h"
#include "backup/restorebackupdialog.h"
#include "outputfile.h"
#include "project.h"
#include "recentprojects.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Attache::Gui {

namespace {
QString projectFilter()
{
    return ProjectController::tr("Attaché projects (*.%1)").arg(Project::kFileSuffix);
}
} // namespace

ProjectController::ProjectController(RecentProjects *recent, QWidget *window, QWidget *painted)
    : QObject(window)
    , m_recent(recent)
    , m_window(window)
    , m_painted(painted)
{
}

ProjectController::~ProjectController() = default;

void ProjectController::setProject(std::unique_ptr<Project> project)
{
    Q_EMIT aboutToChange();
    m_integrityCheckPending = false;
    m_painted->removeEventFilter(this);
    // The parts let go of the previous project before it closes.
    const std::unique_ptr<Project> previous = std::exchange(m_project, std::move(project));
    if (m_project) {
        m_recent->add(m_project->path());
    }
    Q_EMIT projectChanged(m_project.get());
}

bool ProjectController::openProject(const QString &path, QString *error)
{
    ProjectError projectError;
    const bool opened = tryOpenProject(path, &projectError);
    *error = projectError.message;
    return opened;
}

bool ProjectController::tryOpenProject(const QString &path, ProjectError *error)
{
    closeProject();
    // The integrity check reads the whole file (a second per 300 MB). A window on screen shows the
    // project first and checks it as soon as it has painted; nothing else would show it sooner.
    const bool deferCheck = m_window->isVisible();
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
        Q_EMIT message(tr("Checking the project…"), 0);
        m_painted->installEventFilter(this);
    }
    return true;
}

bool ProjectController::eventFilter(QObject *watched, QEvent *event)
{
    // That widget paints with the rest of the window: the project is on screen, so check it now.
    if (watched == m_painted && event->type() == QEvent::Paint && m_integrityCheckPending) {
        m_painted->removeEventFilter(this);
        QTimer::singleShot(0, this, &ProjectController::checkOpenedProject);
    }
    return QObject::eventFilter(watched, event);
}

void ProjectController::checkOpenedProject()
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
        Q_EMIT integrityChecked(true);
        return;
    }
    const QString path = m_project->path();
    closeProject();
    Q_EMIT integrityChecked(false);
    reportOpenError(path, error);
}

bool ProjectController::createProject(const QString &path, QString *error)
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

bool ProjectController::replaceWithProject(const QString &path, QString *error)
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

void ProjectController::closeProject()
{
    setProject(nullptr);
}

void ProjectController::newProjectDialog()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Project"), QDir::homePath(), projectFilter());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + Project::kFileSuffix;
    }
    QString error;
    if (!replaceWithProject(path, &error)) {
        QMessageBox::warning(m_window, tr("New Project"), error);
    }
}

void ProjectController::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), QDir::homePath(),
                                                      projectFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty()) {
        openWithDialogs(path);
    }
}

void ProjectController::openWithDialogs(const QString &path)
{
    ProjectError error;
    if (!tryOpenProject(path, &error)) {
        reportOpenError(path, error);
    }
}

void ProjectController::reportOpenError(const QString &path, const ProjectError &error)
{
    if (error.code != ProjectError::Code::Damaged || error.backup.isEmpty()) {
        QMessageBox::warning(m_window, tr("Open Project"), error.message);
        return;
    }
    DamagedProjectDialog dialog(path, error, m_window);
    dialog.exec();
    if (dialog.clickedButton() == dialog.restoreButton()) {
        restoreBackup(path, error.backup, false);
    }
}

void ProjectController::restoreBackupDialog()
{
    if (!m_project) {
        return;
    }
    const QString path = m_project->path();
    RestoreBackupDialog dialog(path, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        restoreBackup(path, dialog.selectedBackup(), true);
    }
}

void ProjectController::restoreBackup(const QString &path, const QString &backup, bool reopenOnFailure)
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
        QMessageBox::warning(m_window, tr("Restore Backup"),
                             tr("The backup was not restored and the project was not changed.") + u'\n'
                                 + restoreError.message + (reopenError.isEmpty() ? QString() : u'\n' + reopenError));
        return;
    }
    QString openError;
    if (!openProject(path, &openError)) {
        QMessageBox::warning(m_window, tr("Restore Backup"),
                             tr("The backup was restored but cannot be opened: %1").arg(openError));
        return;
    }
    Q_EMIT message(aside.isEmpty() ? tr("Restored the backup.")
                                   : tr("Restored the backup; the previous file is kept as %1").arg(aside),
                   0);
}

} // namespace Attache::Gui
