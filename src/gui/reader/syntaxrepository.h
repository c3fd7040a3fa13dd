// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>
#include <QStringList>

namespace Attache::Gui {

/**
 * The process's one KSyntaxHighlighting repository (loading one is costly), extended with Attaché's
 * own article definition, and the mapping from the user's theme choice to a KSH theme.
 * GUI thread only.
 */
class SyntaxRepository
{
public:
    /** The theme choices besides every KSH theme name: follow the palette, or the default light/dark. */
    static constexpr QLatin1StringView kSystemTheme {"system"};
    static constexpr QLatin1StringView kLightTheme {"light"};
    static constexpr QLatin1StringView kDarkTheme {"dark"};

    static KSyntaxHighlighting::Repository &repository();
    /** The "Attaché Article" definition for the reading view. */
    static KSyntaxHighlighting::Definition articleDefinition();
    /** The theme for a stored choice (system/light/dark or a KSH theme name); unknown names follow the palette. */
    static KSyntaxHighlighting::Theme themeFor(const QString &choice, const QPalette &palette);
    /** Every KSH theme name, sorted for display. */
    static QStringList themeNames();
};

} // namespace Attache::Gui
