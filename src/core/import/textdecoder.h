// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Attache::Import {

/**
 * Turns the bytes of a text file into text without ever garbling it silently: a BOM decides
 * (UTF-8, UTF-16, UTF-32); otherwise valid UTF-8 sequences are read as UTF-8 and stray bytes as
 * Windows-1252, which is how legacy Western files and files mixing both come out right. Data that
 * is not text (NUL bytes, control characters) or is a non-Latin legacy encoding is refused.
 */
class TextDecoder
{
public:
    struct Result
    {
        QString text; ///< decoded, BOM removed, line endings untouched
        QString encoding; ///< "UTF-8", "UTF-16LE", "Windows-1252", "UTF-8+Windows-1252", ...
        QString error; ///< one-line reason when the bytes are not text we can read

        bool ok() const { return error.isEmpty(); }
    };

    static Result decode(const QByteArray &bytes);
};

} // namespace Attache::Import
