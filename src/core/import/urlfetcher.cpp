// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/urlfetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Attache::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Import::UrlFetcher", text);
}

} // namespace

UrlFetcher::Result UrlFetcher::fetch(const QUrl &url, int timeoutMs)
{
    Result result;
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        result.error = tr("not an http or https URL");
        return result;
    }
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Attache/%1 (article import)").arg(QStringLiteral(ATTACHE_VERSION)));
    request.setRawHeader("Accept",
                         "text/html,application/xhtml+xml,text/plain,text/markdown,application/pdf;q=0.9,*/*;q=0.5");

    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        if (received > kMaxSize || total > kMaxSize) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The transfer timeout covers stalls; this one bounds the whole download.
    QTimer::singleShot(timeoutMs, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished()) {
        loop.exec();
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge) {
        result.error = tr("the page is too large (the limit is %1 MB)").arg(kMaxSize / (1024 * 1024));
    } else if (status >= 400) {
        result.error = tr("the server answered HTTP %1").arg(status);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        result.error = tr("the download timed out");
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = tr("download failed: %1").arg(reply->errorString());
    } else {
        result.body = reply->readAll();
        result.finalUrl = reply->url();
        result.contentType
            = reply->header(QNetworkRequest::ContentTypeHeader).toString().section(u';', 0, 0).trimmed().toLower();
        if (result.body.isEmpty()) {
            result.error = tr("the server sent an empty page");
        }
    }
    reply->deleteLater();
    return result;
}

} // namespace Attache::Import
