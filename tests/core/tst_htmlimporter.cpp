// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleimporter.h"
#include "import/htmlimporter.h"
#include "importgolden.h"

#include <QFile>
#include <QTest>

using namespace Attache;
using namespace Attache::Import;

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QStringList cases = Test::importCases(QStringLiteral("input.html"));
        QVERIFY(cases.size() >= 3);
        for (const QString &name : cases) {
            QTest::newRow(qPrintable(name)) << Test::importDataDir() + u'/' + name;
        }
    }

    void golden()
    {
        QFETCH(QString, caseDir);
        const ImportResult result = ArticleImporter::importFile(caseDir + QStringLiteral("/input.html"));
        Test::verifyGolden(result, Test::readExpected(caseDir));
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(result.article.sourceKind, Article::SourceKind::Html);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("reason");
        QByteArray bomb = "<html><body>";
        for (int i = 0; i < 100000; ++i) {
            bomb += "<div>";
        }
        bomb += "deep";
        QTest::newRow("nesting-bomb") << bomb << QStringLiteral("nested too deeply");
        QByteArray inline_bomb = "<html><body><p>";
        for (int i = 0; i < 50000; ++i) {
            inline_bomb += "<b><i>";
        }
        QTest::newRow("inline-bomb") << inline_bomb << QStringLiteral("nested too deeply");
        QByteArray many = "<html><body>";
        for (int i = 0; i < 600000; ++i) {
            many += "<br>";
        }
        QTest::newRow("too-many-elements") << many << QStringLiteral("elements");
        QTest::newRow("empty") << QByteArray("   \n") << QStringLiteral("empty");
        QTest::newRow("no-text") << QByteArray("<!DOCTYPE html><html><head><title>T</title></head><body>"
                                               "<script>x()</script><img src=a.png></body></html>")
                                 << QStringLiteral("no visible text");
        QTest::newRow("only-navigation") << QByteArray("<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
                                                       "<footer>Privacy</footer></body></html>")
                                         << QStringLiteral("no article text");
        QTest::newRow("nul-bytes") << QByteArray("<html>\0\0\0<body>x</body></html>", 31) << QStringLiteral("binary");
        QTest::newRow("unknown-charset") << QByteArray("<html><head><meta charset=\"x-no-such-charset\"></head>"
                                                       "<body><p>text</p></body></html>")
                                         << QStringLiteral("character set");
    }

    void badInput()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, reason);
        const ImportResult result = HtmlImporter::importBytes(html, QStringLiteral("bad.html"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason, Qt::CaseInsensitive), qPrintable(result.error));
    }

    void hugeAttributeIsIgnored()
    {
        const QByteArray html = "<html><head><meta property=\"og:title\" content=\"" + QByteArray(2 * 1024 * 1024, 'x')
            + "\"></head><body><article><h1>Headline</h1><p>The minister said the talks, which lasted two days, "
              "had gone well.</p></article></body></html>";
        const ImportResult result = HtmlImporter::importBytes(html, QStringLiteral("big.html"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, QStringLiteral("Headline"));
    }

    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("doctype") << QByteArray("\n <!DOCTYPE html><p>x") << QStringLiteral("a.txt")
                                 << int(ArticleImporter::Format::Html);
        QTest::newRow("html-tag-after-comment")
            << QByteArray("<!-- saved --><html>") << QStringLiteral("a") << int(ArticleImporter::Format::Html);
        QTest::newRow("extension") << QByteArray("<p>fragment</p>") << QStringLiteral("a.htm")
                                   << int(ArticleImporter::Format::Html);
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << QStringLiteral("a.txt")
                             << int(ArticleImporter::Format::Pdf);
        QTest::newRow("markdown") << QByteArray("# Title\n") << QStringLiteral("a.md")
                                  << int(ArticleImporter::Format::Markdown);
        QTest::newRow("text") << QByteArray("Title\n\nBody <b>") << QStringLiteral("a.txt")
                              << int(ArticleImporter::Format::Text);
        QTest::newRow("png") << QByteArray("\x89PNG\r\n") << QStringLiteral("a.html")
                             << int(ArticleImporter::Format::Unsupported);
        QTest::newRow("zip") << QByteArray("PK\x03\x04") << QStringLiteral("a.txt")
                             << int(ArticleImporter::Format::Unsupported);
    }

    void sniffing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(int, format);
        QCOMPARE(int(ArticleImporter::detectFormat(bytes, name)), format);
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
