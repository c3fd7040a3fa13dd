// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguidedialog.h"

#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Attache::Gui {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Attaché User Guide"));
    QFile file(QStringLiteral(":/attache/help/guide.md"));
    auto *browser = new QTextBrowser(this);
    browser->setOpenExternalLinks(false);
    browser->setMarkdown(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    resize(720, 640);
}

} // namespace Attache::Gui
