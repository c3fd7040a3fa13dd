// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagedprojectdialog.h"

#include "backup/restorebackupdialog.h"
#include "db/backup.h"
#include "projecterror.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace Attache::Gui {

DamagedProjectDialog::DamagedProjectDialog(const QString &path, const ProjectError &error, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Damaged Project"),
                  tr("%1 is damaged and was not opened. The file has been left exactly as it was.")
                      .arg(QFileInfo(path).fileName()),
                  QMessageBox::Cancel, parent)
{
    const QDateTime made = Db::Backup::describe(error.backup).created;
    const QString when = made.isValid() ? QLocale().toString(made.toLocalTime(), QLocale::ShortFormat)
                                        : QFileInfo(error.backup).fileName();
    setInformativeText(tr("Its newest intact backup was made %1. Restore it and open the project?").arg(when) + u' '
                       + RestoreBackupDialog::movedAsideExplanation(path));
    // The full message (what SQLite found, the backup's path) for anyone who wants to look closer.
    setDetailedText(error.message);
    m_restore = addButton(tr("&Restore Newest Backup"), QMessageBox::AcceptRole);
    setDefaultButton(m_restore);
}

} // namespace Attache::Gui
