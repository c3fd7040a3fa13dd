// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationtheme.h"

#include "syntaxrepository.h"

#include <QApplication>

#include <KSyntaxHighlighting/Theme>

namespace Attache::Gui {

namespace {

QColor editorColor(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

/** The palette the application had before any theme was applied: what "System" goes back to. */
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

KSyntaxHighlighting::Theme ApplicationTheme::apply(const QString &choice)
{
    const QPalette &system = systemPalette();
    if (choice == SyntaxRepository::kSystemTheme) {
        QApplication::setPalette(system);
        return SyntaxRepository::themeFor(choice, system);
    }
    const KSyntaxHighlighting::Theme theme = SyntaxRepository::themeFor(choice, system);
    QApplication::setPalette(paletteFor(theme));
    return theme;
}

QPalette ApplicationTheme::paletteFor(const KSyntaxHighlighting::Theme &theme)
{
    using Role = KSyntaxHighlighting::Theme::EditorColorRole;
    const QColor base = editorColor(theme, Role::BackgroundColor);
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const bool dark = base.lightness() < 128;
    // Window chrome a shade off the page, as Breeze and Fusion draw it.
    const QColor window = dark ? base.lighter(115) : base.darker(106);
    const QColor disabledText
        = QColor::fromRgbF(float((text.redF() + window.redF()) / 2), float((text.greenF() + window.greenF()) / 2),
                           float((text.blueF() + window.blueF()) / 2));
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, dark ? base.lighter(108) : base.darker(103));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, dark ? Qt::white : Qt::black);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Light, window.lighter(130));
    palette.setColor(QPalette::Midlight, window.lighter(115));
    palette.setColor(QPalette::Mid, window.darker(130));
    palette.setColor(QPalette::Dark, window.darker(160));
    palette.setColor(QPalette::Shadow, Qt::black);
    const QColor selection = editorColor(theme, Role::TextSelection);
    palette.setColor(QPalette::Highlight, selection);
    palette.setColor(QPalette::HighlightedText, text);
    // Blues with 4.5:1 on either page.
    palette.setColor(QPalette::Link, dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    return palette;
}

} // namespace Attache::Gui
