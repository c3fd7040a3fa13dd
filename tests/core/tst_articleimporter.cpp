// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleimporter.h"
#include "importgolden.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Attache;
using namespace Attache::Import;

/** The dispatcher, and every importer behind it, against damaged and random input: an answer, never a crash. */
class TestArticleImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("text") << QStringLiteral("reuters-wire/input.txt");
        QTest::newRow("html") << QStringLiteral("html-newsarticle-jsonld/input.html");
        QTest::newRow("markdown") << QStringLiteral("markdown-frontmatter/input.md");
        QTest::newRow("pdf") << QStringLiteral("pdf-two-pages/input.pdf");
    }

    void damagedFixtures()
    {
        QFETCH(QString, fixture);
        QFile file(Test::importDataDir() + u'/' + fixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QRandomGenerator random(42);
        for (int round = 0; round < 150; ++round) {
            QByteArray damaged = original;
            const int flips = 1 + int(random.bounded(20));
            for (int i = 0; i < flips; ++i) {
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            }
            if (round % 3 == 0) {
                damaged.truncate(random.bounded(damaged.size()));
            }
            const ImportResult result = ArticleImporter::importBytes(damaged, fixture);
            QVERIFY(result.ok() || (!result.error.isEmpty() && !result.error.contains(u'\n')));
            if (result.ok()) {
                QVERIFY(!result.article.cleanText.isEmpty());
                for (const ExcludedRange &range : result.article.excluded) {
                    QVERIFY(range.start >= 0 && range.start < range.end && range.end <= result.article.rawText.size());
                }
            }
        }
    }

    void randomBytes()
    {
        QRandomGenerator random(7);
        const QStringList names = {QStringLiteral("a.txt"), QStringLiteral("a.html"), QStringLiteral("a.md"),
                                   QStringLiteral("a.pdf"), QStringLiteral("a")};
        const QList<QByteArray> prefixes
            = {"", "%PDF-1.4\n", "<html><body>", "# Title\n\n", "\xef\xbb\xbf", "\xff\xfe"};
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = prefixes.at(round % prefixes.size());
            const int size = int(random.bounded(3000));
            for (int i = 0; i < size; ++i) {
                // Mostly printable text with some markup and some bytes of anything.
                const quint32 pick = random.bounded(100);
                bytes += pick < 70 ? char(0x20 + random.bounded(0x5f))
                    : pick < 80    ? '\n'
                    : pick < 90    ? '<'
                                   : char(random.bounded(256));
            }
            const ImportResult result = ArticleImporter::importBytes(bytes, names.at(round % names.size()));
            QVERIFY(result.ok() || (!result.error.isEmpty() && !result.error.contains(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestArticleImporter)
#include "tst_articleimporter.moc"
