// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Attache {
struct ProjectError;
}

namespace Attache::Gui {

/**
 * Shown when a project is found damaged on open and has an intact backup: says the file was left
 * as it is and offers to restore the newest intact backup, which moves the damaged file aside
 * (renamed, never modified). Accepted through restoreButton().
 */
class DamagedProjectDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagedProjectDialog)

public:
    /** error is open()'s answer for path: Code::Damaged with error.backup set. */
    DamagedProjectDialog(const QString &path, const ProjectError &error, QWidget *parent = nullptr);

    QPushButton *restoreButton() const { return m_restore; }

private:
    QPushButton *m_restore = nullptr;
};

} // namespace Attache::Gui
