// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Attache {

/**
 * Checks the spelling of single words in one language. Implementations wrap a real engine
 * (Hunspell in the GUI); core code and tests see only this interface.
 */
class SpellChecker
{
public:
    virtual ~SpellChecker() = default;

    /** The dictionary's language code, such as "en_US". */
    virtual QString language() const = 0;
    virtual bool isCorrect(const QString &word) const = 0;
    virtual QStringList suggestions(const QString &word) const = 0;
    /** Accepts word from now on in this checker (the caller persists personal words). */
    virtual void addWord(const QString &word) = 0;
};

} // namespace Attache
