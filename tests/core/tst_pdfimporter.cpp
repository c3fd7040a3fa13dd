// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleimporter.h"
#include "import/pdfimporter.h"
#include "importgolden.h"

#include <QFile>
#include <QTest>

using namespace Attache;
using namespace Attache::Import;

class TestPdfImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QStringList cases = Test::importCases(QStringLiteral("input.pdf"));
        QVERIFY(!cases.isEmpty());
        for (const QString &name : cases) {
            QTest::newRow(qPrintable(name)) << Test::importDataDir() + u'/' + name;
        }
    }

    void golden()
    {
        QFETCH(QString, caseDir);
        const ImportResult result = ArticleImporter::importFile(caseDir + QStringLiteral("/input.pdf"));
        Test::verifyGolden(result, Test::readExpected(caseDir));
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(result.article.sourceKind, Article::SourceKind::Pdf);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("reason");
        QFile file(Test::importDataDir() + QStringLiteral("/pdf-two-pages/input.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        QTest::newRow("truncated") << good.left(200) << QStringLiteral("not a readable PDF");
        QTest::newRow("garbage") << QByteArray("%PDF-1.7\n\x01\x02 garbage garbage\n%%EOF\n")
                                 << QStringLiteral("not a readable PDF");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QFile encrypted(Test::importDataDir() + QStringLiteral("/bad/encrypted.pdf"));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        QTest::newRow("encrypted") << encrypted.readAll() << QStringLiteral("encrypted");
    }

    void badInput()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, reason);
        const ImportResult result = PdfImporter::importBytes(pdf, QStringLiteral("bad.pdf"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason, Qt::CaseInsensitive), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
