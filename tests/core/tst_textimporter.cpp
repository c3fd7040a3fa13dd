// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/boilerplatefilter.h"
#include "import/languageguesser.h"
#include "import/textimporter.h"
#include "importgolden.h"
#include "tempproject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Attache;
using namespace Attache::Import;

class TestTextImporter : public QObject
{
    Q_OBJECT

private:
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QStringList cases = Test::importCases(QStringLiteral("input.txt"));
        QVERIFY(cases.size() >= 5);
        for (const QString &name : cases) {
            QTest::newRow(qPrintable(name)) << Test::importDataDir() + u'/' + name;
        }
    }

    void golden()
    {
        QFETCH(QString, caseDir);
        const ImportResult result = TextImporter::importFile(caseDir + QStringLiteral("/input.txt"));
        Test::verifyGolden(result, Test::readExpected(caseDir));
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(result.article.sourceKind, Article::SourceKind::Text);
        QVERIFY(result.article.sourcePath.endsWith(QStringLiteral("/input.txt")));
        QVERIFY(!result.article.rawText.contains(u'\r'));
    }

    void seedArticle_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("photos");
        QTest::addColumn<int>("paragraphCount");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QString>("kept");
        // The repository's own article: three photos, a subscription footer, a stray closing quote mark.
        QTest::newRow("black-sea-shipping-pact")
            << Test::sampleArticlePath().chopped(4) << 3 << 21
            << QStringList {QStringLiteral("Getty Images"), QStringLiteral("Polish Foreign Ministry"),
                            QStringLiteral("Reuters"), QStringLiteral("Ad free"), QStringLiteral("Editor's pick")}
            << QStringLiteral("But as for the grain corridor\" that Romania wants to join");
        // The shared seed: 48 blocks less the title, four photos and two promotions; its truncated
        // paragraph ("... territorial claims and") is body text all the same.
        QTest::newRow("shared-seed") << Test::sharedCorpusDir() + QStringLiteral("/seed-newsweek-putin-xi") << 4 << 41
                                     << QStringList {QStringLiteral("Getty Images"),
                                                     QStringLiteral("Presidential Press Office"),
                                                     QStringLiteral("Ad free")}
                                     << QStringLiteral("broad territorial claims and");
    }

    /** A messy article: exact title, none of its noise in the reading text, every quote-bearing paragraph kept. */
    void seedArticle()
    {
        QFETCH(QString, base);
        QFETCH(int, photos);
        QFETCH(int, paragraphCount);
        QFETCH(QStringList, absent);
        QFETCH(QString, kept);
        if (QTest::currentDataTag() == QByteArray("shared-seed") && !Test::hasSharedCorpus()) {
            QSKIP("the shared corpus is not beside this checkout");
        }
        const QJsonObject gold = QJsonDocument::fromJson(readFile(base + QStringLiteral(".gold.json"))).object();
        QVERIFY(!gold.isEmpty());
        const ImportResult result = TextImporter::importFile(base + QStringLiteral(".txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;

        QCOMPARE(article.title, gold.value(u"title").toString());
        QCOMPARE(article.language, QStringLiteral("en"));
        QVERIFY(!article.cleanText.startsWith(article.title));
        for (const QJsonValue &noise : gold.value(u"noise_lines").toArray()) {
            QVERIFY2(!article.cleanText.contains(noise.toString()), qPrintable(noise.toString()));
        }
        for (const QJsonValue &quote : gold.value(u"quotes").toArray()) {
            const QString text = quote[u"text"].toString();
            QVERIFY2(article.cleanText.contains(text), qPrintable(text));
        }
        // Every paragraph that quotes someone is body text, kept whole as one paragraph.
        const QStringList paragraphs = article.cleanText.split(QStringLiteral("\n\n"));
        const QStringList rawLines = article.rawText.split(u'\n');
        for (const QString &line : rawLines) {
            if (line.contains(u'"') || line.contains(u'\u201C')) {
                QVERIFY2(paragraphs.contains(line.trimmed()), qPrintable(line));
            }
        }
        // The photos: keyword line and caption each; the promotion blocks at the end.
        QStringList reasons;
        for (const ExcludedRange &range : article.excluded) {
            reasons << range.reason;
        }
        QCOMPARE(reasons.count(QStringLiteral("photo keywords")), photos);
        QCOMPARE(reasons.count(QStringLiteral("caption")), photos);
        QCOMPARE(reasons.count(QStringLiteral("title")), 1);
        QVERIFY(reasons.contains(QStringLiteral("promotion")));
        for (const ExcludedRange &range : article.excluded) {
            const QString text = article.rawText.mid(range.start, range.end - range.start);
            QVERIFY2(!article.cleanText.contains(text), qPrintable(text));
        }
        for (const QString &text : absent) {
            QVERIFY2(!article.cleanText.contains(text), qPrintable(text));
        }
        QVERIFY2(article.cleanText.contains(kept), qPrintable(kept));
        QCOMPARE(paragraphs.size(), paragraphCount);
    }

    void sectionLabelIsNotTheTitle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("section") << QStringLiteral(
            "World\n\nPutin and Xi hold video summit\n\nThe leaders met on Wednesday.")
                                 << QStringLiteral("Putin and Xi hold video summit");
        QTest::newRow("breadcrumb") << QStringLiteral(
            "News › World › Asia\n\nPutin and Xi hold video summit\n\nThe leaders met on Wednesday.")
                                    << QStringLiteral("Putin and Xi hold video summit");
        QTest::newRow("short-title-kept") << QStringLiteral("Summit diplomacy\n\nThe leaders met on Wednesday.")
                                          << QStringLiteral("Summit diplomacy");
    }

    void sectionLabelIsNotTheTitle()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        const ImportResult result = TextImporter::importBytes(text.toUtf8(), QStringLiteral("x.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, title);
        QCOMPARE(result.article.cleanText, QStringLiteral("The leaders met on Wednesday."));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace-only") << QByteArray(" \r\n\t\n   \n") << QStringLiteral("whitespace");
        QTest::newRow("nul-bytes") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20)
                                   << QStringLiteral("binary");
        QTest::newRow("control-characters")
            << QByteArray("\x01\x02\x03\x04 ab \x05\x06\x07\x08\x0e\x0f\x10 cd") << QStringLiteral("binary");
        QByteArray noise;
        for (int i = 0; i < 4096; ++i) {
            noise += char(0x80 + (i * 37) % 0x7f);
        }
        QTest::newRow("invalid-utf8-high-bytes") << noise << QStringLiteral("binary|encoding");
        QTest::newRow("utf16-odd-bytes") << QByteArray("\xff\xfe\x41\x00\x42", 5) << QStringLiteral("UTF-16");
        QTest::newRow("only-furniture") << QByteArray("\n\nAdvertisement\n\nShare this article\n")
                                        << QStringLiteral("no article text");
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ImportResult result = TextImporter::importBytes(bytes, QStringLiteral("bad.txt"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QRegularExpression(reason, QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(result.error));
        QVERIFY(!result.error.contains(u'\n'));
    }

    void tooLargeFileIsNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(60LL * 1024 * 1024)); // sparse: costs no disk space
        file.close();
        const ImportResult result = TextImporter::importFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("too large")), qPrintable(result.error));
    }

    void missingFile()
    {
        const ImportResult result = TextImporter::importFile(QStringLiteral("/nonexistent/article.txt"));
        QCOMPARE(result.error, QStringLiteral("no such file"));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("body");
        const QString title = QStringLiteral("Beijing rejects “bullying”\n\n");
        const QString body = QStringLiteral("Zhao said: “We oppose unilateral sanctions — full stop.” Café.");
        const QString document = title + body;
        QTest::newRow("utf8") << document.toUtf8() << body;
        QTest::newRow("utf8-bom") << QByteArray("\xef\xbb\xbf") + document.toUtf8() << body;
        QTest::newRow("utf16le-no-bom") << QByteArray(reinterpret_cast<const char *>(document.utf16()),
                                                      document.size() * 2)
                                        << body;
        // A file that mixes UTF-8 with stray Windows-1252 bytes keeps both readable.
        QTest::newRow("mixed") << document.toUtf8() + QByteArray(" \x93ok\x94.") << body + QStringLiteral(" “ok”.");
    }

    void legacyEncodings_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("language");
        const QString dir = qEnvironmentVariable("ATTACHE_TEST_DATA") + QStringLiteral("/encodings/");
        QTest::newRow("windows-1251") << dir + QStringLiteral("russian.windows-1251.txt")
                                      << dir + QStringLiteral("russian.utf8.txt") << QStringLiteral("ru");
        QTest::newRow("koi8-r") << dir + QStringLiteral("russian-plain.koi8-r.txt")
                                << dir + QStringLiteral("russian-plain.utf8.txt") << QStringLiteral("ru");
        QTest::newRow("gb18030") << dir + QStringLiteral("chinese-simplified.gb18030.txt")
                                 << dir + QStringLiteral("chinese-simplified.utf8.txt") << QStringLiteral("zh");
        QTest::newRow("big5") << dir + QStringLiteral("chinese-traditional.big5.txt")
                              << dir + QStringLiteral("chinese-traditional.utf8.txt") << QStringLiteral("zh");
        QTest::newRow("shift-jis") << dir + QStringLiteral("japanese.shift-jis.txt")
                                   << dir + QStringLiteral("japanese.utf8.txt") << QStringLiteral("ja");
    }

    /** A file in a legacy encoding (made with iconv from the UTF-8 one) reads as the UTF-8 original does. */
    void legacyEncodings()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, original);
        QFETCH(QString, language);
        const ImportResult expected = TextImporter::importFile(original);
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        const ImportResult result = TextImporter::importFile(legacy);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, expected.article.title);
        QCOMPARE(result.article.cleanText, expected.article.cleanText);
        QCOMPARE(result.article.language, language);
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, body);
        const ImportResult result = TextImporter::importBytes(bytes, QStringLiteral("x.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, QStringLiteral("Beijing rejects “bullying”"));
        QCOMPARE(result.article.cleanText, body);
        QCOMPARE(result.article.sourcePath, QStringLiteral("x.txt"));
    }

    void languageGuess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral(
            "The minister said that the talks with China were useful and that he was ready.")
                            << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral(
            "Der Minister sagte, dass die Gespräche mit China nicht einfach sind und auch "
            "nicht schnell enden.")
                            << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral(
            "Le ministre a dit que les discussions avec la Chine sont utiles pour les deux "
            "pays et qui est prêt.")
                            << QStringLiteral("fr");
        QTest::newRow("ru") << QStringLiteral("Министр заявил, что переговоры с Китаем были полезными.")
                            << QStringLiteral("ru");
        QTest::newRow("uk") << QStringLiteral("Міністр заявив, що переговори з Китаєм були корисними і їх продовжать.")
                            << QStringLiteral("uk");
        QTest::newRow("zh") << QStringLiteral("外交部发言人表示，中方坚决反对单边制裁，呼吁各方保持克制。")
                            << QStringLiteral("zh");
        QTest::newRow("lv") << QStringLiteral(
            "Ārlietu ministrs otrdien paziņoja, ka sarunas ar Ķīnu bija noderīgas un ka "
            "tās turpināsies nākamajā mēnesī Rīgā.")
                            << QStringLiteral("lv");
        QTest::newRow("too-short") << QStringLiteral("Xi met Putin.") << QString();
    }

    void languageGuess()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageGuesser::guess(text), language);
    }

    void lineReasons_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("keywords") << QStringLiteral("Iran, nuclear, talks, Vienna, Blinken")
                                  << QStringLiteral("photo keywords");
        QTest::newRow("sentence-with-commas")
            << QStringLiteral("Iran, Russia and China, he said, disagree.") << QString();
        QTest::newRow("getty") << QStringLiteral("Troops at a checkpoint on Monday. JOHN DOE/AFP via Getty Images")
                               << QStringLiteral("caption");
        QTest::newRow("ap-photo") << QStringLiteral("Protesters gather in Minsk. (AP Photo/Sergei Grits)")
                                  << QStringLiteral("caption");
        QTest::newRow("photograph") << QStringLiteral("A tanker in the Gulf. Photograph: Jon Gambrell/AP")
                                    << QStringLiteral("caption");
        QTest::newRow("credit-line") << QStringLiteral("Photo by Anna Moneymaker/Getty Images")
                                     << QStringLiteral("credit");
        QTest::newRow("byline") << QStringLiteral("By Ana Ruiz and Li Wei") << QStringLiteral("byline");
        QTest::newRow("by-in-sentence") << QStringLiteral("By Monday, the talks had collapsed.") << QString();
        QTest::newRow("ad") << QStringLiteral("Advertisement") << QStringLiteral("advertisement");
        QTest::newRow("newsletter") << QStringLiteral("Sign up for our newsletter") << QStringLiteral("promotion");
        QTest::newRow("share") << QStringLiteral("Share this article") << QStringLiteral("navigation");
        QTest::newRow("read-more") << QStringLiteral("Read more: Why the summit matters")
                                   << QStringLiteral("navigation");
        QTest::newRow("editors-pick") << QStringLiteral("Editor’s Picks") << QStringLiteral("promotion");
        QTest::newRow("wire-trailer") << QStringLiteral("(Reporting by Ana Ruiz; Editing by Li Wei)")
                                      << QStringLiteral("credit");
        QTest::newRow("dateline") << QStringLiteral("Updated 12/15/21 at 9:31 AM EST") << QStringLiteral("metadata");
        QTest::newRow("abbreviation-is-not-credit")
            << QStringLiteral("The sanctions were imposed by the U.S. Treasury Department") << QString();
        QTest::newRow("quote") << QStringLiteral("\"We will respond,\" the minister said.") << QString();
        QTest::newRow("standalone-credit") << QStringLiteral("Kevin Frayer/Getty Images") << QStringLiteral("credit");
        QTest::newRow("bbc-image-source") << QStringLiteral("Image source, Getty Images") << QStringLiteral("credit");
        QTest::newRow("listen") << QStringLiteral("Listen to this article") << QStringLiteral("navigation");
        QTest::newRow("copyright") << QStringLiteral("Copyright 2021 The Associated Press. All rights reserved.")
                                   << QStringLiteral("boilerplate");
        QTest::newRow("ap-file-caption") << QStringLiteral(
            "FILE - Blinken speaks in Washington, Dec. 15, 2021. (Mandel Ngan/Pool via AP, File)")
                                         << QStringLiteral("caption");
        QTest::newRow("contributed") << QStringLiteral(
            "Associated Press writer Ana Ruiz in Moscow contributed to this report.")
                                     << QStringLiteral("credit");
        QTest::newRow("separator") << QStringLiteral("___") << QStringLiteral("boilerplate");
        QTest::newRow("poll-in-parentheses")
            << QStringLiteral("Support fell, a poll found (Reuters/Ipsos).") << QString();
        QTest::newRow("getty-alone") << QStringLiteral("Getty Images") << QStringLiteral("credit");
        QTest::newRow("source") << QStringLiteral("Source: Reuters") << QStringLiteral("credit");
        QTest::newRow("ago") << QStringLiteral("5 hours ago") << QStringLiteral("metadata");
        QTest::newRow("ad-scroll") << QStringLiteral("Advertisement - Scroll to continue")
                                   << QStringLiteral("advertisement");
        QTest::newRow("twitter") << QStringLiteral("Twitter") << QStringLiteral("navigation");
        QTest::newRow("share-full") << QStringLiteral("Share full article") << QStringLiteral("navigation");
        QTest::newRow("comment-count") << QStringLiteral("Comments (12)") << QStringLiteral("navigation");
        QTest::newRow("images-in-body") << QStringLiteral(
            "Satellite images show new Russian deployments near the border.")
                                        << QString();
        QTest::newRow("reprint") << QStringLiteral("Request Reprint & Licensing") << QStringLiteral("navigation");
        QTest::newRow("slash-and-or") << QStringLiteral("Sanctions and/or tariffs") << QString();
        QTest::newRow("slash-in-body") << QStringLiteral("Talks on Quad/AUKUS continue. Officials met.") << QString();
    }

    void lineReasons()
    {
        QFETCH(QString, line);
        QFETCH(QString, reason);
        QCOMPARE(BoilerplateFilter::lineReason(line), reason);
    }
};

QTEST_GUILESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
