// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxrepository.h"

#include <algorithm>

namespace Attache::Gui {

KSyntaxHighlighting::Repository &SyntaxRepository::repository()
{
    static KSyntaxHighlighting::Repository *instance = [] {
        auto *repository = new KSyntaxHighlighting::Repository;
        repository->addCustomSearchPath(QStringLiteral(":/attache/syntax-highlighting"));
        return repository;
    }();
    return *instance;
}

KSyntaxHighlighting::Definition SyntaxRepository::articleDefinition()
{
    return repository().definitionForName(QStringLiteral("Attaché Article"));
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QString &choice, const QPalette &palette)
{
    if (choice == kLightTheme) {
        return repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    }
    if (choice == kDarkTheme) {
        return repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme);
    }
    const KSyntaxHighlighting::Theme named = repository().theme(choice);
    return named.isValid() ? named : repository().themeForPalette(palette);
}

QStringList SyntaxRepository::themeNames()
{
    QStringList names;
    for (const KSyntaxHighlighting::Theme &theme : repository().themes()) {
        names.append(theme.name());
    }
    std::ranges::sort(names, [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

} // namespace Attache::Gui
