// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace KSyntaxHighlighting {
class Theme;
}

namespace Attache::Gui {

/**
 * Applies a theme choice to the whole application at once: the widget palette (menus, docks,
 * lists, dialogs) and the reader's KSyntaxHighlighting theme come from the same choice, so a dark
 * reader never sits in a light window. GUI thread only.
 */
class ApplicationTheme
{
public:
    /**
     * Sets the application palette for choice (SyntaxRepository's system/light/dark or a KSH theme
     * name) and returns the KSH theme that goes with it. "System" restores the palette the
     * application started with.
     */
    static KSyntaxHighlighting::Theme apply(const QString &choice);
    /** A complete widget palette in the colours of a KSH theme. */
    static QPalette paletteFor(const KSyntaxHighlighting::Theme &theme);
};

} // namespace Attache::Gui
