// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleimporter.h"
#include "import/urlfetcher.h"
#include "importgolden.h"

#include <QFile>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Attache;
using namespace Attache::Import;

namespace {

/** Just enough HTTP/1.0 for the fetcher: one canned response per path; "/slow" never answers. */
class TinyHttpServer final : public QObject
{
    Q_OBJECT

public:
    TinyHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    void add(const QByteArray &path, const QByteArray &response) { m_responses.insert(path, response); }

    static QByteArray ok(const QByteArray &type, const QByteArray &body)
    {
        return "HTTP/1.0 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void answer(QTcpSocket *socket)
    {
        m_pending[socket] += socket->readAll();
        if (!m_pending.value(socket).contains("\r\n\r\n")) {
            return;
        }
        const QByteArray path = m_pending.take(socket).split(' ').value(1);
        if (path == "/slow") {
            return;
        }
        socket->write(
            m_responses.value(path, "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_responses;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

QByteArray fixture(const QString &relativePath)
{
    QFile file(Test::importDataDir() + u'/' + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUrlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsPagesAndFollowsRedirects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::newRow("html") << QStringLiteral("/article")
                              << QStringLiteral("China and Russia deepen ties as West weighs sanctions");
        QTest::newRow("redirect") << QStringLiteral("/old")
                                  << QStringLiteral("China and Russia deepen ties as West weighs sanctions");
        QTest::newRow("pdf") << QStringLiteral("/paper")
                             << QStringLiteral("Beijing and Moscow test the limits of a partnership");
        QTest::newRow("text") << QStringLiteral(
            "/wire") << QStringLiteral("Russia and China pledge closer financial ties as West weighs sanctions");
    }

    void importsPagesAndFollowsRedirects()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        TinyHttpServer server;
        server.add("/article",
                   TinyHttpServer::ok("text/html; charset=utf-8",
                                      fixture(QStringLiteral("html-newsarticle-jsonld/input.html"))));
        server.add("/old", "HTTP/1.0 301 Moved Permanently\r\nLocation: /article\r\nContent-Length: 0\r\n\r\n");
        server.add("/paper", TinyHttpServer::ok("application/pdf", fixture(QStringLiteral("pdf-two-pages/input.pdf"))));
        server.add("/wire", TinyHttpServer::ok("text/plain", fixture(QStringLiteral("reuters-wire/input.txt"))));

        const ImportResult result = ArticleImporter::importUrl(QUrl(server.url(path)));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, title);
        QCOMPARE(result.article.sourceKind, Article::SourceKind::Url);
        QCOMPARE(result.article.sourcePath, server.url(path));
        QVERIFY(!result.article.url.isEmpty());
        if (path == u"/article" || path == u"/old") {
            QCOMPARE(result.article.url, QStringLiteral("https://news.example.com/world/china-russia-ties"));
        }
    }

    void failures_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not-found") << QStringLiteral("/missing") << QStringLiteral("HTTP 404");
        QTest::newRow("too-large") << QStringLiteral("/huge") << QStringLiteral("too large");
        QTest::newRow("empty") << QStringLiteral("/empty") << QStringLiteral("empty");
        QTest::newRow("timeout") << QStringLiteral("/slow") << QStringLiteral("timed out");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/a") << QStringLiteral("not an http");
        QTest::newRow("refused") << QStringLiteral("http://127.0.0.1:1/") << QStringLiteral("download failed");
        QTest::newRow("redirect-loop") << QStringLiteral("/loop") << QStringLiteral("download failed");
    }

    void failures()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        TinyHttpServer server;
        server.add("/huge", "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: 62914560\r\n\r\n<html>");
        server.add("/empty", TinyHttpServer::ok("text/html", QByteArray()));
        // More than kMaxRedirects hops: the fetch gives up instead of following forever.
        server.add("/loop", "HTTP/1.0 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n");
        const QUrl target(url.startsWith(u'/') ? server.url(url) : url);
        const UrlFetcher::Result result = UrlFetcher::fetch(target, 1500);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason, Qt::CaseInsensitive), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestUrlImporter)
#include "tst_urlimporter.moc"
