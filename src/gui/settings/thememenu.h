// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace Attache::Gui {

class ReaderView;

/**
 * Fills the View ▸ Theme menu (following the system, light, dark, then every installed theme) and
 * applies the chosen theme to the reader, remembering it in the settings.
 */
class ThemeMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeMenu)

public:
    /** menu and reader are not owned. */
    ThemeMenu(QMenu *menu, ReaderView *reader, QObject *parent = nullptr);

    /** Applies the stored theme, or follows the system when it names a theme that is no longer installed. */
    void applyStored();

private:
    void apply(const QString &choice);

    QMenu *m_menu;
    ReaderView *m_reader;
};

} // namespace Attache::Gui
