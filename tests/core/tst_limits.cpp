// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleimporter.h"
#include "import/batchimport.h"
#include "sizelimits.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Attache;
using Import::ArticleImporter;

/**
 * Each limit of sizelimits.h not already covered elsewhere (see docs/limits.md), just past its
 * value, with its one-line message.
 */
class TestLimits : public QObject
{
    Q_OBJECT

private:
    /** A valid PDF of pages empty pages, each its own object. */
    static QByteArray manyPagePdf(int pages)
    {
        QList<QByteArray> objects {"<< /Type /Catalog /Pages 2 0 R >>", {}};
        QByteArray kids;
        for (int i = 0; i < pages; ++i) {
            kids += QByteArray::number(i + 3) + " 0 R ";
            objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";
        }
        objects[1] = "<< /Type /Pages /Count " + QByteArray::number(pages) + " /Kids [" + kids + "] >>";
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            offsets << pdf.size();
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (const qsizetype offset : std::as_const(offsets)) {
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        }
        pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n";
        return pdf;
    }

private Q_SLOTS:
    void refusedPastTheLimit_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("sourceName");
        QTest::addColumn<QString>("expected");

        QTest::newRow("bytes over kMaxFileSize") << QByteArray(Limits::kMaxFileSize + 1, 'a')
                                                 << QStringLiteral("big.txt") << QStringLiteral("file too large");
        QByteArray elements = "<html><body><p>";
        for (int i = 0; i <= Limits::kMaxHtmlElements; ++i) {
            elements += "<br>";
        }
        elements += "</p></body></html>";
        QTest::newRow("html over kMaxHtmlElements")
            << elements << QStringLiteral("many.html")
            << QStringLiteral("HTML page too large (more than %1 elements)").arg(Limits::kMaxHtmlElements);
        QTest::newRow("pdf over kMaxPdfPages") << manyPagePdf(Limits::kMaxPdfPages + 1) << QStringLiteral("long.pdf")
                                               << QStringLiteral("too many pages (%1; the limit is %2)")
                                                      .arg(Limits::kMaxPdfPages + 1)
                                                      .arg(Limits::kMaxPdfPages);
    }

    void refusedPastTheLimit()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, sourceName);
        QFETCH(QString, expected);
        const Import::ImportResult result = ArticleImporter::importBytes(bytes, sourceName);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(!result.error.contains(u'\n'));
    }

    void longAttributeIsIgnored()
    {
        const QByteArray page = "<html><head><title>Summit</title><link rel=\"canonical\" href=\"%1\"></head><body>"
                                "<article><p>The summit ended without a statement, officials said.</p>"
                                "<p>Talks will resume next month in Geneva.</p></article></body></html>";
        const QByteArray shortUrl = "https://example.org/summit";
        QByteArray ok = page;
        const Import::ImportResult within
            = ArticleImporter::importBytes(ok.replace("%1", shortUrl), QStringLiteral("a.html"));
        QVERIFY2(within.ok(), qPrintable(within.error));
        QCOMPARE(within.article.url, QString::fromLatin1(shortUrl));

        QByteArray huge = page;
        const QByteArray longUrl = shortUrl + '/' + QByteArray(Limits::kMaxAttributeSize, 'x');
        const Import::ImportResult past
            = ArticleImporter::importBytes(huge.replace("%1", longUrl), QStringLiteral("a.html"));
        QVERIFY2(past.ok(), qPrintable(past.error));
        QVERIFY(past.article.url.isEmpty());
    }

    void folderWalkStopsAtMaxFiles()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i) {
            QFile file(dir.filePath(QStringLiteral("a%1.txt").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        bool truncated = false;
        QCOMPARE(Import::BatchImport::expandPaths({dir.path()}, 3, &truncated).size(), 3);
        QVERIFY(truncated);
        QCOMPARE(Import::BatchImport::expandPaths({dir.path()}, Limits::kMaxImportFiles, &truncated).size(), 5);
        QVERIFY(!truncated);
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
