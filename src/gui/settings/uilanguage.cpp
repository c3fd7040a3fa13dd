// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <array>

namespace Attache::Gui {

namespace {
struct Language
{
    const char *name;
    const char *nativeName;
};

// Native names are fixed here rather than taken from QLocale, which lower-cases some ("русский").
const std::array kLanguages = {
    Language {UiLanguage::kEnglish, "English"},
    Language {"ru", "Русский"},
    Language {"zh_CN", "简体中文"},
    Language {"de", "Deutsch"},
    Language {"fr", "Français"},
};

// Marks the translators install() made, so a later call replaces them and leaves others alone.
constexpr auto kTranslatorName = "attache-ui-translator";

bool sameLanguage(const QLocale &wanted, const QLocale &offered)
{
    if (wanted.language() != offered.language()) {
        return false;
    }
    // Traditional Chinese readers are not served by the Simplified translation.
    return wanted.language() != QLocale::Chinese || wanted.script() == offered.script();
}
} // namespace

QStringList UiLanguage::available()
{
    QStringList names;
    for (const Language &language : kLanguages) {
        names.append(QString::fromLatin1(language.name));
    }
    return names;
}

QString UiLanguage::nativeName(const QString &language)
{
    for (const Language &candidate : kLanguages) {
        if (language == QLatin1StringView(candidate.name)) {
            return QString::fromUtf8(candidate.nativeName);
        }
    }
    return language;
}

QString UiLanguage::resolve(const QString &choice, const QStringList &systemLanguages)
{
    const QStringList names = available();
    if (names.contains(choice)) {
        return choice;
    }
    for (const QString &system : systemLanguages) {
        const QLocale wanted(system);
        if (wanted.language() == QLocale::C) {
            continue;
        }
        for (const QString &name : names) {
            if (sameLanguage(wanted, QLocale(name))) {
                return name;
            }
        }
    }
    return QString::fromLatin1(kEnglish);
}

bool UiLanguage::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    for (QTranslator *old : app->findChildren<QTranslator *>(QLatin1StringView(kTranslatorName))) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto load = [app, &locale](const QString &file, const QString &folder) {
        auto *translator = new QTranslator(app);
        translator->setObjectName(QLatin1StringView(kTranslatorName));
        if (!translator->load(locale, file, QStringLiteral("_"), folder)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        return true;
    };
    // Qt's own strings are a bonus: a system without qt6-translations-l10n still gets Attaché's.
    // English loads too: its translations hold the plural forms ("1 match", "3 matches").
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return load(QStringLiteral("attache"), QStringLiteral(":/i18n"));
}

} // namespace Attache::Gui
