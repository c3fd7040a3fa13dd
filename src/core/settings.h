// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace Attache {

/**
 * The user's preferences, typed and with one table of defaults. Stored with QSettings under the
 * application's identity (tests put QStandardPaths in test mode). GUI thread only.
 */
class Settings
{
public:
    enum class Key {
        UiLanguage, ///< "" follows the system, else a locale name such as "de"
        Theme, ///< "system", "light", "dark" or a KSyntaxHighlighting theme name
        ReadingFontFamily, ///< "" uses the system's font
        ReadingFontSize, ///< points; 0 uses the system's size
        SpellingLanguage, ///< a Hunspell dictionary such as "en_US"; "" turns checking off
        ReviewThreshold, ///< attributions below this confidence are marked for review
        BackupCount, ///< how many scheduled backups are kept per project
        BackupIntervalHours, ///< how often a backup of the open project is made; 0 never
        LexicalLayer,
        QuotesLayer,
        HighlightsLayer,
        HighlightColor,
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    /** Restores key to its default. */
    static void reset(Key key);
    static QVariant defaultValue(Key key);
    /** The QSettings key, such as "appearance/theme". */
    static QString name(Key key);

    static bool boolValue(Key key) { return value(key).toBool(); }
    static int intValue(Key key) { return value(key).toInt(); }
    static double doubleValue(Key key) { return value(key).toDouble(); }
    static QString stringValue(Key key) { return value(key).toString(); }
};

} // namespace Attache
