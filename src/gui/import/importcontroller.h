// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMimeData;
class QProgressBar;
class QToolButton;
class QWidget;

namespace Attache {
class Project;
namespace Import {
class BatchImport;
}
} // namespace Attache

namespace Attache::Gui {

/**
 * Imports files, folders, drops and web pages into the open project off the GUI thread, one run
 * at a time, with the dialogs that choose what, a progress bar and a cancel button (for the
 * window's status bar), and a summary at the end.
 */
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    /** window (not owned) parents the dialogs, the progress bar and the cancel button. */
    explicit ImportController(QWidget *window);

    /** Imports into project (not owned) from now on. A run into the previous project ends first, keeping what finished.
     */
    void setProject(Project *project);
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }

    /** Imports files and folders (recursively). */
    void importPaths(const QStringList &paths);
    /** Downloads and imports a web page (http or https only); false for other addresses. */
    bool importUrl(const QString &address);
    /** Imports the local files and folders in a drop; false when there is nothing to import now. */
    bool importDropped(const QMimeData *mime);
    /** True while a drop could be imported: a project is open and nothing is being imported. */
    bool canImport() const;
    bool isImporting() const;

    void importFilesDialog();
    void importFolderDialog();
    void importUrlDialog();

Q_SIGNALS:
    /** A run started or ended. */
    void runningChanged(bool running);
    /** A run ended (finished or cancelled); summary is the one-line result shown to the user. */
    void finished(const QString &summary);
    /** A line for the status bar, shown for timeout milliseconds (0: until the next). */
    void message(const QString &text, int timeout);

private:
    void start(const QStringList &sources);
    void showProgress(int done, int total);
    void showSummary();

    QWidget *m_window;
    QPointer<Project> m_project;
    Import::BatchImport *m_import = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace Attache::Gui
