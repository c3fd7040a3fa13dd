// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatepage.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Attache::Gui {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_import(new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import Articles…"), this))
{
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    QFont hintFont = m_text->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.3);
    m_text->setFont(hintFont);
    auto *open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open Project…"), this);
    auto *create = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New Project…"), this);
    connect(m_import, &QPushButton::clicked, this, &EmptyStatePage::importRequested);
    connect(open, &QPushButton::clicked, this, &EmptyStatePage::openRequested);
    connect(create, &QPushButton::clicked, this, &EmptyStatePage::newRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch();
    setState(false, false);
}

void EmptyStatePage::setState(bool projectOpen, bool canImport)
{
    m_text->setText(projectOpen
                        ? tr("This project has no articles yet.\nImport an article to begin — or drop files here.")
                        : tr("Open a project, or create one, to begin."));
    m_import->setVisible(projectOpen);
    m_import->setEnabled(canImport);
}

} // namespace Attache::Gui
