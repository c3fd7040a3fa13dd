// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QString>

namespace Attache::Import {

/**
 * Imports a Markdown article (GitHub dialect). The title is the first heading; YAML front matter
 * (title, author(s), date, url, outlet/publication, lang) supplies metadata. rawText is the rendered
 * text, one block per paragraph, heading or list item, so that markup never reaches the reading
 * text; the furniture rules of the text importer then apply. A small line-based renderer of our own
 * rather than QTextDocument, which needs a QGuiApplication and warns about fonts without one.
 * Stateless and thread-safe.
 */
class MarkdownImporter
{
public:
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName);
};

} // namespace Attache::Import
