// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "help/shortcutlistmodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace Attache::Gui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *model = new ShortcutListModel(this);
    model->setActions(actions);
    auto *view = new QTableView(this);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    resize(520, 560);
}

} // namespace Attache::Gui
