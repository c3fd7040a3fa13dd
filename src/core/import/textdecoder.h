// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Attache::Import {

/**
 * Turns the bytes of a text file into text without ever garbling it silently: a BOM decides
 * (UTF-8, UTF-16, UTF-32); valid UTF-8 is UTF-8, and mostly-UTF-8 with stray bytes reads those as
 * Windows-1252; any other file's legacy encoding (Windows-1251, KOI8-R, GB18030, Big5, Shift-JIS,
 * ...) is recognised by KEncodingProber and decoded by ICU. Data that is not text (NUL bytes,
 * control characters) or whose encoding cannot be recognised is refused.
 */
class TextDecoder
{
public:
    struct Result
    {
        QString text; ///< decoded, BOM removed, line endings untouched
        QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-8+Windows-1252", "windows-1251", "KOI8-R", ...
        QString error; ///< one-line reason when the bytes are not text we can read

        bool ok() const { return error.isEmpty(); }
    };

    static Result decode(const QByteArray &bytes);
};

} // namespace Attache::Import
