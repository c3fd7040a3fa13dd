// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace Attache::Gui {

class BackupListModel;

/**
 * File ▸ Restore Backup: lists the project's backups, and on Restore asks for confirmation, saying
 * that the current file is kept beside the project under a new name. The caller restores
 * (Project::restore) when the dialog is accepted.
 */
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    explicit RestoreBackupDialog(const QString &projectPath, QWidget *parent = nullptr);

    BackupListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *restoreButton() const { return m_restore; }
    /** The chosen backup's path; "" when none is selected. */
    QString selectedBackup() const;
    /** The question asked before restoring the selected backup. */
    QString confirmationText() const;

    /**
     * What restoring does to the project file at projectPath, in one sentence for the user; shared
     * with the offer made when a project is found damaged.
     */
    static QString movedAsideExplanation(const QString &projectPath);

private:
    void confirmAndAccept();

    QString m_projectPath;
    BackupListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Attache::Gui
