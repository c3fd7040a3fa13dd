// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Attache::Import {

/**
 * A rough guess at an article's language for when the source does not state it: the writing
 * system decides for non-Latin scripts, the most frequent function words for Latin-script text.
 * Returns an ISO 639-1 code ("en", "ru", ...) or an empty string when unsure.
 */
class LanguageGuesser
{
public:
    static QString guess(const QString &text);
};

} // namespace Attache::Import
