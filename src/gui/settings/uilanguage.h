// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace Attache::Gui {

/**
 * The languages the interface speaks and the loading of their translations: Attaché's own
 * (built in under :/i18n) and Qt's (qtbase_*.qm, for standard dialogs and buttons). The language
 * is a locale name such as "de" or "zh_CN"; "en" is the source, translated only for plural forms.
 */
class UiLanguage
{
public:
    static constexpr auto kEnglish = "en";

    /** Every language the interface can be shown in, English first. */
    static QStringList available();
    /** The language's name in that language ("Deutsch", "简体中文"), as a chooser lists it. */
    static QString nativeName(const QString &language);
    /**
     * The language to use for a Settings choice: choice itself when it is available, else ("" follows
     * the system) the first of systemLanguages (BCP 47 names, most preferred first) that is, else English.
     */
    static QString resolve(const QString &choice, const QStringList &systemLanguages = QLocale::system().uiLanguages());
    /**
     * Replaces the application's translators with language's and makes it the default QLocale, so
     * dates and numbers follow. Returns false when Attaché's translation for it cannot be loaded.
     */
    static bool install(const QString &language);
};

} // namespace Attache::Gui
