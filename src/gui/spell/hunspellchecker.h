// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellchecker.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace Attache::Gui {

/**
 * Hunspell behind the SpellChecker interface. Words are converted to the dictionary's own encoding
 * (many dictionaries are ISO 8859 or KOI8-R, not UTF-8). Not thread-safe.
 */
class HunspellChecker final : public SpellChecker
{
public:
    /** Loads dictionary path/lang.aff + .dic; isValid() is false when they cannot be read. */
    HunspellChecker(const QString &affPath, const QString &dicPath, const QString &language);
    ~HunspellChecker() override;
    Q_DISABLE_COPY_MOVE(HunspellChecker)

    bool isValid() const;
    QString encoding() const;

    QString language() const override;
    bool isCorrect(const QString &word) const override;
    QStringList suggestions(const QString &word) const override;
    void addWord(const QString &word) override;

    /** The folders searched for dictionaries: $ATTACHE_HUNSPELL_PATH, then the system's. */
    static QStringList searchPaths();
    /** Installed dictionaries: language code to the .dic path (the .aff sits beside it). */
    static QMap<QString, QString> availableDictionaries();
    /** A checker for language from the installed dictionaries, or null. */
    static std::unique_ptr<HunspellChecker> forLanguage(const QString &language);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Attache::Gui
