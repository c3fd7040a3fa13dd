// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sizelimits.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Attache::Import {

/**
 * Downloads one web page for import: http and https only, at most kMaxRedirects redirects (never
 * from https to http), kMaxSize bytes and timeoutMs milliseconds. Blocks the calling thread in a
 * local event loop, so it needs a QCoreApplication; meant for the CLI and worker threads.
 */
class UrlFetcher
{
public:
    static constexpr int kMaxRedirects = Limits::kMaxRedirects;
    static constexpr qint64 kMaxSize = Limits::kMaxDownloadSize;

    struct Result
    {
        QByteArray body;
        QUrl finalUrl; ///< after redirects
        QString contentType; ///< the media type without parameters, lower-case
        QString error; ///< one-line reason when nothing usable came back

        bool ok() const { return error.isEmpty(); }
    };

    static Result fetch(const QUrl &url, int timeoutMs = 30000);
};

} // namespace Attache::Import
