// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSettings>

#include <array>

namespace Attache {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one table of every setting and its default.
const std::array kEntries = {
    Entry {Settings::Key::UiLanguage, "appearance/language", QString()},
    Entry {Settings::Key::Theme, "appearance/theme", QStringLiteral("system")},
    Entry {Settings::Key::ReadingFontFamily, "appearance/readingFontFamily", QString()},
    Entry {Settings::Key::ReadingFontSize, "appearance/readingFontSize", 0.0},
    Entry {Settings::Key::SpellingLanguage, "spelling/language", QStringLiteral("en_US")},
    Entry {Settings::Key::ReviewThreshold, "analysis/reviewThreshold", 0.6},
    Entry {Settings::Key::BackupCount, "backups/count", 5},
    Entry {Settings::Key::BackupIntervalHours, "backups/intervalHours", 4},
    Entry {Settings::Key::LexicalLayer, "reader/lexicalLayer", true},
    Entry {Settings::Key::QuotesLayer, "reader/quotesLayer", true},
    Entry {Settings::Key::HighlightsLayer, "reader/highlightsLayer", true},
    Entry {Settings::Key::HighlightColor, "annotate/lastColor", QStringLiteral("#ffe066")},
};

const Entry &entry(Settings::Key key)
{
    for (const Entry &candidate : kEntries) {
        if (candidate.key == key) {
            return candidate;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

QVariant Settings::value(Key key)
{
    const Entry &found = entry(key);
    QVariant stored = QSettings().value(QLatin1StringView(found.name), found.defaultValue);
    // A value of the wrong type (edited by hand, or from an older version) falls back to the default.
    if (!stored.convert(found.defaultValue.metaType())) {
        return found.defaultValue;
    }
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(name(key), value);
}

void Settings::reset(Key key)
{
    QSettings().remove(name(key));
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

} // namespace Attache
