// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleimporter.h"
#include "import/markdownimporter.h"
#include "importgolden.h"

#include <QTest>

using namespace Attache;
using namespace Attache::Import;

class TestMarkdownImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QStringList cases = Test::importCases(QStringLiteral("input.md"));
        QVERIFY(!cases.isEmpty());
        for (const QString &name : cases) {
            QTest::newRow(qPrintable(name)) << Test::importDataDir() + u'/' + name;
        }
    }

    void golden()
    {
        QFETCH(QString, caseDir);
        const ImportResult result = ArticleImporter::importFile(caseDir + QStringLiteral("/input.md"));
        Test::verifyGolden(result, Test::readExpected(caseDir));
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(result.article.sourceKind, Article::SourceKind::Markdown);
    }

    void titleFromFirstHeading_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::newRow("atx") << QByteArray("Intro line.\n\n## The *real* title\n\nBody, with a [link](http://x).\n")
                             << QStringLiteral("The real title") << QStringLiteral("Intro line.\n\nBody, with a link.");
        QTest::newRow("setext") << QByteArray("Summit ends\n===========\n\nLeaders \"agreed\" on little.\n")
                                << QStringLiteral("Summit ends") << QStringLiteral("Leaders \"agreed\" on little.");
        QTest::newRow("no-heading") << QByteArray("Plain first line\n\nSecond paragraph.\n")
                                    << QStringLiteral("Plain first line") << QStringLiteral("Second paragraph.");
        QTest::newRow("entities") << QByteArray("# Ports &amp; grain\n\nPoland &amp; Turkey met &mdash; the talks "
                                                "went on&hellip; &#171;yes&#x00BB;, &quot;no&quot;.\n")
                                  << QStringLiteral("Ports & grain")
                                  << QStringLiteral("Poland & Turkey met — the talks went on… «yes», \"no\".");
        QTest::newRow("inline html, images and code")
            << QByteArray("# Title\n\nA <b>bold</b> claim ![a map](map.png)about `a &amp; b` and **more**"
                          " [here](http://x).\n")
            << QStringLiteral("Title") << QStringLiteral("A bold claim about a &amp; b and more here.");
        QTest::newRow("lists, quotes and tables")
            << QByteArray("# Title\n\n> Quoted line\n> goes on.\n\n1. first\n2. second\n\n| Port | Tonnes |\n"
                          "|------|--------|\n| Constanța | 1 200 |\n\nThe end of the article.\n")
            << QStringLiteral("Title")
            << QStringLiteral("Quoted line goes on.\n\n• first\n\n• second\n\nPort | Tonnes\n\nConstanța | 1 200\n\n"
                              "The end of the article.");
    }

    void titleFromFirstHeading()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, title);
        QFETCH(QString, text);
        const ImportResult result = MarkdownImporter::importBytes(markdown, QStringLiteral("a.md"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, title);
        QCOMPARE(result.article.cleanText, text);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace") << QByteArray("\n\n  \n") << QStringLiteral("whitespace");
        QTest::newRow("binary") << QByteArray("# x\0\0\0", 6) << QStringLiteral("binary");
        QTest::newRow("title-only") << QByteArray("# Only a title\n") << QStringLiteral("no article text");
    }

    void badInput()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, reason);
        const ImportResult result = MarkdownImporter::importBytes(markdown, QStringLiteral("bad.md"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason, Qt::CaseInsensitive), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
