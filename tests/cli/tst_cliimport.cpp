// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "sizelimits.h"
#include "tempproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Attache;
using Attache::Test::runCli;

/** attache-cli import, list and show, run as the real binary. */
class TestCliImport : public QObject
{
    Q_OBJECT

private:
    static QString seedPath() { return Test::sampleArticlePath(); }

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty()) {
                objects << QJsonDocument::fromJson(line).object();
            }
        }
        return objects;
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static qint64 articleCount(const QString &project)
    {
        const auto info = runCli({QStringLiteral("info"), project, QStringLiteral("--json")});
        return QJsonDocument::fromJson(info.out).object()[u"counts"][u"articles"].toInteger(-1);
    }

    static QByteArray article(const QString &title, const QString &body)
    {
        return (title + QStringLiteral("\n\n") + body + u'\n').toUtf8();
    }

private Q_SLOTS:
    void importRefusesTooManyFiles()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        QTemporaryDir dir;
        // One past the limit; empty files are enough, since the count is checked before any is read.
        for (qsizetype i = 0; i <= Limits::kMaxImportFiles; ++i) {
            QFile file(dir.filePath(QStringLiteral("f%1.txt").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const auto result = runCli({QStringLiteral("import"), project.path(), dir.path()});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(QString::fromUtf8(result.err),
                 QStringLiteral("attache-cli: too many files to import at once (%1; the limit is %2); import the "
                                "folders in parts\n")
                     .arg(Limits::kMaxImportFiles + 1)
                     .arg(Limits::kMaxImportFiles));
        QCOMPARE(articleCount(project.path()), 0);
    }

    void importListShowSeed()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();

        const auto imported = runCli({QStringLiteral("import"), project.path(), seedPath(), QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.err.isEmpty()); // no progress: stderr is not a terminal
        const QList<QJsonObject> lines = jsonLines(imported.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines.constFirst();
        QCOMPARE(line[u"status"].toString(), QStringLiteral("imported"));
        QCOMPARE(line[u"path"].toString(), seedPath());
        QCOMPARE(
            line[u"title"].toString(),
            QStringLiteral("As Brussels Weighs Grain Tariffs, Poland and Turkey Sketch a Black Sea Shipping Pact"));
        const qint64 id = line[u"id"].toInteger();
        QVERIFY(id > 0);
        QVERIFY(line.contains(u"reason"));

        const auto list = runCli({QStringLiteral("list"), project.path(), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QList<QJsonObject> listed = jsonLines(list.out);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.constFirst()[u"id"].toInteger(), id);
        QCOMPARE(listed.constFirst()[u"title"].toString(), line[u"title"].toString());

        const auto plainList = runCli({QStringLiteral("list"), project.path()});
        QVERIFY(plainList.out.startsWith(QByteArray(QByteArray::number(id) + '\t')));

        const auto show
            = runCli({QStringLiteral("show"), project.path(), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        for (const char16_t *key : {u"id", u"title", u"outlet", u"authors", u"published", u"url", u"language",
                                    u"source_kind", u"source_path", u"text", u"raw_text", u"excluded"}) {
            QVERIFY2(shown.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
        }
        QCOMPARE(shown[u"id"].toInteger(), id);
        QCOMPARE(shown[u"source_kind"].toString(), QStringLiteral("text"));
        QCOMPARE(shown[u"source_path"].toString(), QFileInfo(seedPath()).absoluteFilePath());
        const QString text = shown[u"text"].toString();
        const QString raw = shown[u"raw_text"].toString();
        QVERIFY(text.contains(QStringLiteral("\"a fair hearing\"")));
        QVERIFY(!text.contains(QStringLiteral("Poland, Turkey, ship, grain, port, Constanta")));
        QVERIFY(!text.contains(QStringLiteral("Meridian Weekly")));
        const QJsonArray excluded = shown[u"excluded"].toArray();
        QVERIFY(excluded.size() >= 9); // title, three photos of two lines each, two footer blocks
        for (const QJsonValue &range : excluded) {
            const qsizetype start = range[u"start"].toInteger();
            const qsizetype end = range[u"end"].toInteger();
            QCOMPARE(range[u"text"].toString(), raw.mid(start, end - start));
            QVERIFY(!range[u"reason"].toString().isEmpty());
        }
        QCOMPARE(excluded.first()[u"reason"].toString(), QStringLiteral("title"));

        const auto plainShow = runCli({QStringLiteral("show"), project.path(), QString::number(id)});
        QCOMPARE(plainShow.exitCode, 0);
        QVERIFY(plainShow.out.contains("photo keywords\tPoland, Turkey, ship, grain, port, Constanta"));
    }

    void bundledSampleHasOutletAndDate()
    {
        // scripts/run builds the first project a new user sees from resources/sample: empty Outlet
        // and Published columns made the first look half blank.
        const QString data = qEnvironmentVariable("ATTACHE_TEST_DATA");
        if (data.isEmpty()) {
            QSKIP("run through ctest, which names the test data folder");
        }
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        const QString sample = QDir(data).absoluteFilePath(QStringLiteral("../../resources/sample"));
        QCOMPARE(runCli({QStringLiteral("import"), project.path(), sample}).exitCode, 0);
        const auto list = runCli({QStringLiteral("list"), project.path(), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QList<QJsonObject> listed = jsonLines(list.out);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.constFirst()[u"outlet"].toString(), QStringLiteral("Attaché Weekly"));
        QCOMPARE(listed.constFirst()[u"published"].toString(), QStringLiteral("2026-10-05"));
        QVERIFY(listed.constFirst()[u"title"].toString().startsWith(u"Baltic States Press EU"));
    }

    void duplicateIsReportedNotImported()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.txt"));
        QVERIFY(QFile::copy(seedPath(), copy));

        const auto first = runCli({QStringLiteral("import"), project.path(), seedPath()});
        QCOMPARE(first.exitCode, 0);
        const qint64 id = first.out.split('\t').constFirst().toLongLong();
        QVERIFY(id > 0);
        const auto second = runCli({QStringLiteral("import"), project.path(), copy, QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject line = jsonLines(second.out).constFirst();
        QCOMPARE(line[u"status"].toString(), QStringLiteral("duplicate"));
        QCOMPARE(line[u"id"].toInteger(), id);
        QVERIFY(line[u"reason"].toString().contains(QStringLiteral("duplicate")));
        QCOMPARE(articleCount(project.path()), 1);
    }

    void foldersRecurse()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b.txt")),
                          article(QStringLiteral("Second"), QStringLiteral("Talks resumed in Vienna on Monday."))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/a.txt")),
                          article(QStringLiteral("First"), QStringLiteral("\"We are ready,\" the envoy said."))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/photo.png")), QByteArray("\x89PNG\r\n", 6)));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("sub/page_files/ad-frame.html")),
                      QByteArray("<html><body><p>Buy now, the best offer of the year, only today!</p></body></html>")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".hidden/notes.txt")),
                          article(QStringLiteral("Hidden"), QStringLiteral("Not to be imported."))));

        const auto result = runCli({QStringLiteral("import"), project.path(), dir.path()});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith("\tSecond"));
        QVERIFY(lines.at(1).endsWith("\tFirst"));
        QCOMPARE(articleCount(project.path()), 2);
    }

    void importsEveryFormat()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        const QString data = qEnvironmentVariable("ATTACHE_TEST_DATA") + QStringLiteral("/import/");
        const QStringList inputs = {data + QStringLiteral("reuters-wire/input.txt"),
                                    data + QStringLiteral("html-newsarticle-jsonld/input.html"),
                                    data + QStringLiteral("markdown-frontmatter/input.md"),
                                    data + QStringLiteral("pdf-two-pages/input.pdf")};
        const auto result = runCli(QStringList {QStringLiteral("import"), project.path()} + inputs
                                   + QStringList {QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(result.out);
        QCOMPARE(lines.size(), 4);
        const QStringList kinds
            = {QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("markdown"), QStringLiteral("pdf")};
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i)[u"status"].toString(), QStringLiteral("imported"));
            const auto show = runCli({QStringLiteral("show"), project.path(),
                                      QString::number(lines.at(i)[u"id"].toInteger()), QStringLiteral("--json")});
            const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
            QCOMPARE(shown[u"source_kind"].toString(), kinds.at(i));
            QCOMPARE(shown[u"title"].toString(), lines.at(i)[u"title"].toString());
            QVERIFY(!shown[u"text"].toString().isEmpty());
        }
        const auto html = runCli({QStringLiteral("show"), project.path(),
                                  QString::number(lines.at(1)[u"id"].toInteger()), QStringLiteral("--json")});
        const QJsonObject shown = QJsonDocument::fromJson(html.out).object();
        QCOMPARE(shown[u"outlet"].toString(), QStringLiteral("The Daily Wire Service"));
        QCOMPARE(shown[u"published"].toString(), QStringLiteral("2021-12-15"));
        QCOMPARE(shown[u"url"].toString(), QStringLiteral("https://news.example.com/world/china-russia-ties"));
        QCOMPARE(shown[u"authors"].toArray().size(), 2);
    }

    void badInputsFailAndLeaveProjectUnchanged_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("whitespace") << QStringLiteral("blank.txt") << QByteArray("\n \n\t\n")
                                    << QStringLiteral("whitespace");
        QTest::newRow("binary") << QStringLiteral("data.txt") << QByteArray("ab\0cd\0\x01\x02", 8)
                                << QStringLiteral("binary");
        QByteArray invalid;
        for (int i = 0; i < 2000; ++i) {
            invalid += char(0xC0 + i % 0x3F);
        }
        QTest::newRow("invalid-utf8") << QStringLiteral("garbage.txt") << invalid << QStringLiteral("UTF-8");
        QTest::newRow("image") << QStringLiteral("photo.jpg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10)
                               << QStringLiteral("unsupported");
        QTest::newRow("huge") << QStringLiteral("huge.txt") << QByteArray() << QStringLiteral("too large");
        QTest::newRow("missing") << QStringLiteral("missing.txt") << QByteArray() << QStringLiteral("no such file");
    }

    void badInputsFailAndLeaveProjectUnchanged()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        // Unchanged means no article and no change logged; the file's bytes are not compared because
        // every open takes the lock with a write transaction, which bumps SQLite's change counter.
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        if (fileName == u"huge.txt") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(60LL * 1024 * 1024)); // sparse: no disk space used
        } else if (fileName != u"missing.txt") {
            QVERIFY(writeFile(path, content));
        }

        const auto result = runCli({QStringLiteral("import"), project.path(), path, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 2);
        const QList<QJsonObject> lines = jsonLines(result.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst()[u"status"].toString(), QStringLiteral("failed"));
        QCOMPARE(lines.constFirst()[u"path"].toString(), path);
        QVERIFY(lines.constFirst()[u"id"].isNull());
        const QString why = lines.constFirst()[u"reason"].toString();
        QVERIFY2(why.contains(reason, Qt::CaseInsensitive), qPrintable(why));
        QCOMPARE(articleCount(project.path()), 0);
        QVERIFY(runCli({QStringLiteral("list"), project.path()}).out.isEmpty());

        const auto plain = runCli({QStringLiteral("import"), project.path(), path});
        QCOMPARE(plain.exitCode, 2);
        QVERIFY(plain.out.startsWith(QByteArray("skipped\t" + path.toUtf8() + '\t')));
        QCOMPARE(QString::fromUtf8(plain.err),
                 QStringLiteral("attache-cli: 1 of 1 inputs could not be imported (the \"skipped\" lines say why)\n"));
    }

    void someImportedSomeFailedExitsThree()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.txt"));
        const QString bad = dir.filePath(QStringLiteral("bad.txt"));
        QVERIFY(writeFile(good, article(QStringLiteral("Title"), QStringLiteral("Body text of the article."))));
        QVERIFY(writeFile(bad, QByteArray()));
        const auto result = runCli({QStringLiteral("import"), project.path(), bad, good, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 3);
        const QList<QJsonObject> lines = jsonLines(result.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)[u"status"].toString(), QStringLiteral("failed"));
        QCOMPARE(lines.at(1)[u"status"].toString(), QStringLiteral("imported"));
        QCOMPARE(QString::fromUtf8(result.err),
                 QStringLiteral("attache-cli: 1 of 2 inputs could not be imported (the \"skipped\" lines say why)\n"));
    }

    void everySkippedFileOfAFolderHasItsLine()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("good.txt")),
                          article(QStringLiteral("Good"), QStringLiteral("Body text of the article."))));
        const QString pipe = dir.filePath(QStringLiteral("pipe.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        // Sparse: over the size limit without taking the space.
        const QString big = dir.filePath(QStringLiteral("big.txt"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(Limits::kMaxFileSize + 1));
        }
        const QString unreadable = dir.filePath(QStringLiteral("locked.txt"));
        QVERIFY(writeFile(unreadable, article(QStringLiteral("Locked"), QStringLiteral("Cannot be read."))));
        QVERIFY(QFile::setPermissions(unreadable, {}));
        const QString folder = dir.filePath(QStringLiteral("closed"));
        QVERIFY(writeFile(
            folder + QStringLiteral("/inside.txt"),
            article(QStringLiteral("Inside"), QStringLiteral("Read only by root, whom permissions do not stop."))));
        QVERIFY(QFile::setPermissions(folder, {}));
        // Permissions do not stop root (the sandbox's mapped root included).
        const bool permissionsHold = !QFileInfo(unreadable).isReadable();

        const auto result = runCli({QStringLiteral("import"), project.path(), dir.path()});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(result.exitCode, 3);
        QStringList expected {QStringLiteral("skipped\t%1\tfile too large (50 MB; the limit is 50 MB)").arg(big),
                              QStringLiteral("skipped\t%1\tnot a regular file").arg(pipe)};
        if (permissionsHold) {
            expected << QStringLiteral("skipped\t%1\tcannot read this folder: permission denied").arg(folder)
                     << QStringLiteral("skipped\t%1\tcannot read the file: permission denied").arg(unreadable);
        }
        QStringList lines = QString::fromUtf8(result.out).trimmed().split(u'\n');
        // Imported lines are "ID<TAB>TITLE"; as root, the locked file and folder are read as well.
        lines.removeIf([permissionsHold](const QString &line) {
            return line.endsWith(u"\tGood")
                || (!permissionsHold && (line.endsWith(u"\tLocked") || line.endsWith(u"\tInside")));
        });
        lines.sort();
        expected.sort();
        QCOMPARE(lines.join(u'\n'), expected.join(u'\n'));

        // Nothing importable at all: exit 2.
        QTemporaryDir onlyBad;
        QCOMPARE(::mkfifo(QFile::encodeName(onlyBad.filePath(QStringLiteral("pipe.md"))).constData(), 0600), 0);
        QCOMPARE(runCli({QStringLiteral("import"), project.path(), onlyBad.path()}).exitCode, 2);
    }

    void controlCharactersInNamesAreEscaped()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("two\nlines\tand tab\x1b.txt"));
        QVERIFY(writeFile(name, QByteArray()));
        const auto plain = runCli({QStringLiteral("import"), project.path(), dir.path()});
        QCOMPARE(plain.exitCode, 2);
        QCOMPARE(plain.out.count('\n'), 1);
        QVERIFY2(
            plain.out.startsWith(QByteArray("skipped\t" + dir.path().toUtf8() + "/two\\nlines\\tand tab\\x1b.txt\t")),
            plain.out.constData());
        const auto json = runCli({QStringLiteral("import"), project.path(), name, QStringLiteral("--json")});
        QCOMPARE(jsonLines(json.out).constFirst()[u"path"].toString(), name);
    }

    void unreachableUrlFails()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        const QString url = QStringLiteral("http://127.0.0.1:1/article");
        const auto result = runCli({QStringLiteral("import"), project.path(), url, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 2);
        const QJsonObject line = jsonLines(result.out).constFirst();
        QCOMPARE(line[u"path"].toString(), url);
        QCOMPARE(line[u"status"].toString(), QStringLiteral("failed"));
        QVERIFY2(line[u"reason"].toString().contains(QStringLiteral("download failed")),
                 qPrintable(line[u"reason"].toString()));
    }

    void emptyFolderFails()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        QTemporaryDir dir;
        const auto result = runCli({QStringLiteral("import"), project.path(), dir.path(), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(jsonLines(result.out).constFirst()[u"status"].toString(), QStringLiteral("failed"));
    }

    void usageAndProjectErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("import without paths") << QStringList {QStringLiteral("import"), QStringLiteral("P")} << 1;
        QTest::newRow("list with two projects")
            << QStringList {QStringLiteral("list"), QStringLiteral("P"), QStringLiteral("Q")} << 1;
        QTest::newRow("show without id") << QStringList {QStringLiteral("show"), QStringLiteral("P")} << 1;
        QTest::newRow("show with a bad id")
            << QStringList {QStringLiteral("show"), QStringLiteral("P"), QStringLiteral("x")} << 1;
        QTest::newRow("show an unknown id")
            << QStringList {QStringLiteral("show"), QStringLiteral("P"), QStringLiteral("99")} << 2;
        QTest::newRow("import into a missing project")
            << QStringList {QStringLiteral("import"), QStringLiteral("/nonexistent/p.attache"), seedPath()} << 2;
        QTest::newRow("list a missing project")
            << QStringList {QStringLiteral("list"), QStringLiteral("/nonexistent/p.attache")} << 2;
    }

    void usageAndProjectErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        Test::TempProject project;
        QVERIFY(project.isValid());
        project.close();
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), project.path());
        const auto result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.out.isEmpty());
    }

    void helpListsTheCommands()
    {
        const auto help = runCli({QStringLiteral("--help")});
        QVERIFY(help.out.contains("import PROJECT PATH|URL... [--json]"));
        QVERIFY(help.out.contains("list PROJECT [--json]"));
        QVERIFY(help.out.contains("show PROJECT ID [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
