// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"
#include "sizelimits.h"

#include <QByteArray>
#include <QString>

namespace Attache::Import {

/**
 * Imports plain-text articles (a page saved or pasted as text). Detects the encoding (UTF-8 with or
 * without BOM, UTF-16/32 with BOM, otherwise Windows-1252 byte by byte), normalises line endings,
 * takes the first line as the title and keeps the page furniture (photo keywords, captions, bylines,
 * promotions...) out of the reading text as excluded ranges of the raw text. Stateless and
 * thread-safe; never throws.
 */
class TextImporter
{
public:
    /** Files larger than this are refused before they are read. */
    static constexpr qint64 kMaxFileSize = Limits::kMaxFileSize;

    /** Reads the file at path (refusing anything over kMaxFileSize), then imports it as importBytes() does. */
    static ImportResult importFile(const QString &path);
    /** Imports bytes; sourceName becomes the article's sourcePath and appears in nothing else. */
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName);
};

} // namespace Attache::Import
