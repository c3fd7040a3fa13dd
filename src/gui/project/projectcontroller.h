// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QWidget;

namespace Attache {
class Project;
struct ProjectError;
} // namespace Attache

namespace Attache::Gui {

class RecentProjects;

/**
 * The open project's life: creating, opening (with its integrity check deferred until the window
 * has painted it), closing, and restoring a backup, with the dialogs that ask and explain. It owns
 * the project; everything else is handed it through projectChanged().
 */
class ProjectController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectController)

public:
    /**
     * recent (not owned) remembers what was opened; window (not owned) parents the dialogs, and once
     * it is on screen, its painting of painted starts the deferred integrity check.
     */
    ProjectController(RecentProjects *recent, QWidget *window, QWidget *painted);
    ~ProjectController() override;

    Project *project() const { return m_project.get(); }

    /**
     * Opens path, closing the current project. Returns false and sets error (one line) on failure.
     * A window on screen paints the project first and checks its integrity right after (see
     * integrityChecked()); a damaged project is then closed and its newest backup offered.
     */
    bool openProject(const QString &path, QString *error);
    /** Creates a new project at path and opens it. */
    bool createProject(const QString &path, QString *error);
    /** Creates a project at path in place of a file there (which the user agreed to replace); never over a project. */
    bool replaceWithProject(const QString &path, QString *error);
    void closeProject();

    void newProjectDialog();
    void openProjectDialog();
    /** Opens path, telling the user why when it cannot be opened. */
    void openWithDialogs(const QString &path);
    void restoreBackupDialog();

Q_SIGNALS:
    /** The project is about to be replaced or closed: whatever writes into it ends now. */
    void aboutToChange();
    /** project (nullptr when closed) is now the open one; the previous one closes after this returns. */
    void projectChanged(Attache::Project *project);
    /** The integrity check deferred by openProject() ran; when intact is false the project was closed. */
    void integrityChecked(bool intact);
    /** A line for the status bar; timeout 0 keeps it until the next. */
    void message(const QString &text, int timeout);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setProject(std::unique_ptr<Project> project);
    /** openProject() keeping the whole error, so a damaged project can be offered its backup. */
    bool tryOpenProject(const QString &path, ProjectError *error);
    /** Tells the user why path did not open, offering the newest backup of a damaged project. */
    void reportOpenError(const QString &path, const ProjectError &error);
    /** Runs the integrity check that opening left until the window had painted the project. */
    void checkOpenedProject();
    /** Restores backup over the (closed) project at path and opens the result; reopens path on failure if asked. */
    void restoreBackup(const QString &path, const QString &backup, bool reopenOnFailure);

    RecentProjects *m_recent;
    QWidget *m_window;
    QWidget *m_painted;
    std::unique_ptr<Project> m_project;
    bool m_integrityCheckPending = false;
};

} // namespace Attache::Gui
