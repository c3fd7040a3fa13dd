// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "backup/backuplistmodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Attache::Gui {

RestoreBackupDialog::RestoreBackupDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_model(new BackupListModel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Restore Backup"));
    m_model->setProject(projectPath);

    auto *intro = new QLabel(m_model->rowCount() > 0
                                 ? tr("Choose the backup of %1 to go back to.").arg(QFileInfo(projectPath).fileName())
                                 : tr("%1 has no backups yet. Attaché makes them on the schedule set in its "
                                      "settings (Backups) and before upgrading a project.")
                                       .arg(QFileInfo(projectPath).fileName()),
                             this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::confirmAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(!selectedBackup().isEmpty()); });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RestoreBackupDialog::confirmAndAccept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(560, 320);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(BackupListModel::PathRole).toString();
}

QString RestoreBackupDialog::confirmationText() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(BackupListModel::Created);
    const QString made = rows.isEmpty() ? QString() : rows.constFirst().data().toString();
    return tr("Restore the backup made %1?").arg(made) + u' ' + movedAsideExplanation(m_projectPath);
}

QString RestoreBackupDialog::movedAsideExplanation(const QString &projectPath)
{
    return tr("The current file is not deleted or changed: it is renamed to “%1-before-restore-<date and time>.%2” "
              "in the same folder, where anything done since the backup remains.")
        .arg(QFileInfo(projectPath).completeBaseName(), QFileInfo(projectPath).suffix());
}

void RestoreBackupDialog::confirmAndAccept()
{
    if (selectedBackup().isEmpty()) {
        return;
    }
    if (QMessageBox::question(this, tr("Restore Backup"), confirmationText(),
                              QMessageBox::StandardButtons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Cancel)
        == QMessageBox::Yes) {
        accept();
    }
}

} // namespace Attache::Gui
