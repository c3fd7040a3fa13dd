// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"
#include "sizelimits.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Attache::Import {

/**
 * The one entry point for importing a file of any supported kind: it sniffs the content (PDF
 * signature, HTML markup, other binary signatures) and falls back on the file name's extension to
 * choose the importer. Stateless and thread-safe; never throws.
 */
class ArticleImporter
{
public:
    enum class Format { Text, Html, Markdown, Pdf, Unsupported };

    /** Files larger than this are refused before they are read, whatever their kind. */
    static constexpr qint64 kMaxFileSize = Limits::kMaxFileSize;

    /** The format of bytes (only their beginning is looked at) named fileName; Unsupported for images, archives, ... */
    static Format detectFormat(const QByteArray &bytes, const QString &fileName);

    /** Reads and imports one file; the result's error says why nothing was imported. */
    static ImportResult importFile(const QString &path);
    /** Imports bytes already in memory; sourceName (a path or URL) chooses by extension when content does not. */
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName);

    /** Imports bytes in the given format, skipping detection (a server's Content-Type decided it). */
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, Format format);
    /**
     * Downloads a web page (see UrlFetcher for the limits) and imports it; the article's url is its
     * canonical URL if the page states one, else the address after redirects. Blocks; needs a
     * QCoreApplication.
     */
    static ImportResult importUrl(const QUrl &url);

    /** Whether a file met while walking a folder should be imported: by extension only (txt, md, html, pdf...). */
    static bool hasImportableSuffix(const QString &path);
    /** The suffixes hasImportableSuffix() accepts, for file dialogs. */
    static QStringList importableSuffixes();
};

} // namespace Attache::Import
