// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "thememenu.h"

#include "reader/applicationtheme.h"
#include "reader/readerview.h"
#include "reader/syntaxrepository.h"
#include "settings.h"

#include <QActionGroup>
#include <QMenu>

namespace Attache::Gui {

ThemeMenu::ThemeMenu(QMenu *menu, ReaderView *reader, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_reader(reader)
{
    auto *group = new QActionGroup(this);
    const auto addTheme = [this, group](const QString &text, const QString &value) {
        QAction *action = m_menu->addAction(text);
        action->setCheckable(true);
        action->setData(value);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] { apply(value); });
    };
    addTheme(tr("Follow the &System"), SyntaxRepository::kSystemTheme);
    addTheme(tr("&Light"), SyntaxRepository::kLightTheme);
    addTheme(tr("&Dark"), SyntaxRepository::kDarkTheme);
    m_menu->addSeparator();
    for (const QString &name : SyntaxRepository::themeNames()) {
        addTheme(name, name);
    }
}

void ThemeMenu::applyStored()
{
    const QString theme = Settings::stringValue(Settings::Key::Theme);
    QAction *chosen = nullptr;
    QAction *followSystem = nullptr;
    for (QAction *action : m_menu->actions()) {
        if (!action->isCheckable()) {
            continue;
        }
        if (!followSystem) {
            followSystem = action;
        }
        if (action->data().toString() == theme) {
            chosen = action;
        }
    }
    if (!chosen) {
        chosen = followSystem;
    }
    chosen->setChecked(true);
    apply(chosen->data().toString());
}

void ThemeMenu::apply(const QString &choice)
{
    Settings::setValue(Settings::Key::Theme, choice);
    m_reader->setTheme(ApplicationTheme::apply(choice));
}

} // namespace Attache::Gui
