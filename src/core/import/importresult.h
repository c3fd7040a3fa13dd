// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QString>

namespace Attache::Import {

/** What an importer produced from one source: an article, or the one-line reason there is none. */
struct ImportResult
{
    /** Filled on success: title, rawText, cleanText, excluded, sourceKind, sourcePath and what metadata was found. */
    Article article;
    /** One-line, human-readable reason when nothing could be imported (empty file, binary data, ...). */
    QString error;

    bool ok() const { return error.isEmpty(); }

    static ImportResult failure(const QString &reason)
    {
        ImportResult result;
        result.error = reason;
        return result;
    }
};

} // namespace Attache::Import
