// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Attache::Import {

/**
 * A guess at an article's language for when the source does not state it, by libexttextcat (the
 * n-gram guesser LibreOffice uses, with fingerprints for about 180 languages). Returns the
 * language's code ("en", "ru", "zh", ...; ISO 639-1 where there is one) or an empty string when
 * the text is too short or unlike any language. Thread-safe.
 */
class LanguageGuesser
{
public:
    static QString guess(const QString &text);
};

} // namespace Attache::Import
