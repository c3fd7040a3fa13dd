// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "tempproject.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Attache::Test::runCli;

namespace {

const QString kScriptNote = QStringLiteral("<img src=x onerror=alert(1)>");
const QString kFormula = QStringLiteral("=cmd|' /C calc'!A0");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QJsonObject exportJson(const QStringList &filters)
    {
        const QString out = m_dir.filePath(QStringLiteral("filtered.json"));
        const auto result = runCli(QStringList {QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                                QStringLiteral("json"), QStringLiteral("-o"), out}
                                   + filters);
        if (result.exitCode != 0) {
            qWarning() << result.err;
        }
        return QJsonDocument::fromJson(readFile(out)).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("a.attache"));
        const QString article = m_dir.filePath(QStringLiteral("eu.txt"));
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("EU envoys meet\n\nThe \xF0\x9F\x87\xAA\xF0\x9F\x87\xBA envoy said the talks were useful.\n"
                   "\"We will keep talking,\" said Josep Borrell, the EU foreign policy chief.\n");
        file.close();
        QCOMPARE(runCli({QStringLiteral("new"), m_project}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import"), m_project, Attache::Test::sampleArticlePath()}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import"), m_project, article}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("annotate"), m_project, QStringLiteral("1"), QStringLiteral("--from"),
                         QStringLiteral("100"), QStringLiteral("--to"), QStringLiteral("140"), QStringLiteral("--note"),
                         kScriptNote, QStringLiteral("--tag"), kFormula})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("annotate"), m_project, QStringLiteral("2"), QStringLiteral("--from"),
                         QStringLiteral("7"), QStringLiteral("--to"), QStringLiteral("12"), QStringLiteral("--note"),
                         QStringLiteral("]]>"), QStringLiteral("--tag"), QStringLiteral("Diplomacy")})
                     .exitCode,
                 0);
        QCOMPARE(
            runCli({QStringLiteral("annotate"), m_project, QStringLiteral("2"), QStringLiteral("--note"), kFormula})
                .exitCode,
            0);
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::addColumn<QByteArray>("inertNote");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>")
                              << QByteArray("&lt;img src=x onerror=alert(1)&gt;");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-") << QByteArray();
        QTest::newRow("md") << QStringLiteral("md") << QByteArray("# ")
                            << QByteArray("\\<img src\\=x onerror\\=alert\\(1\\)\\>");
        QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK") << QByteArray();
        QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("\xEF\xBB\xBFtype,id,article_id")
                             << QByteArray("'=cmd|' /C calc'!A0");
        QTest::newRow("json") << QStringLiteral("json") << QByteArray("{")
                              << QByteArray("<img src=x onerror=alert(1)>");
        QTest::newRow("w3c") << QStringLiteral("w3c") << QByteArray("{") << QByteArray("\"value\": \"]]>\"");
        QTest::newRow("qdpx") << QStringLiteral("qdpx") << QByteArray("PK") << QByteArray();
    }

    void everyFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        QFETCH(QByteArray, inertNote);
        const QString out = m_dir.filePath(QStringLiteral("report.") + format);
        const auto result = runCli(
            {QStringLiteral("export"), m_project, QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.err.isEmpty());
        const QByteArray bytes = readFile(out);
        QVERIFY2(bytes.startsWith(magic), bytes.left(40).constData());
        if (!inertNote.isEmpty()) {
            QVERIFY(bytes.contains(inertNote));
        }
        if (format == u"html" || format == u"md") {
            // Markdown keeps the characters but backslash-escapes them; HTML turns them into entities.
            static const QRegularExpression liveTag(QStringLiteral("(?<!\\\\)<(img|script)"));
            QVERIFY(!liveTag.match(QString::fromUtf8(bytes)).hasMatch());
        }
    }

    void pdfPaperFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("points");
        const QString a4 = QStringLiteral("595 x 842");
        const QString letter = QStringLiteral("612 x 792");
        QTest::newRow("C") << QStringLiteral("C") << QStringList() << a4;
        QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << QStringList() << letter;
        QTest::newRow("en_GB") << QStringLiteral("en_GB.UTF-8") << QStringList() << a4;
        QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringList() << a4;
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA.UTF-8") << QStringList() << letter;
        QTest::newRow("en_US, asked for A4")
            << QStringLiteral("en_US.UTF-8") << QStringList {QStringLiteral("--page-size"), QStringLiteral("a4")} << a4;
        QTest::newRow("de_DE, asked for Letter")
            << QStringLiteral("de_DE.UTF-8") << QStringList {QStringLiteral("--page-size"), QStringLiteral("Letter")}
            << letter;
    }

    void pdfPaperFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, options);
        QFETCH(QString, points);
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty()) {
            QSKIP("poppler-utils is not installed");
        }
        const QString out = m_dir.filePath(QStringLiteral("paper.pdf"));
        const auto result = runCli(QStringList {QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                                QStringLiteral("pdf"), QStringLiteral("-o"), out}
                                       + options,
                                   {}, {QStringLiteral("LC_ALL=") + locale, QStringLiteral("LANG=") + locale});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QProcess info;
        info.start(pdfinfo, {out});
        QVERIFY(info.waitForFinished(60000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(points), qPrintable(text));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("articles");
        QTest::newRow("all") << QStringList() << 2;
        QTest::newRow("article") << QStringList {QStringLiteral("--article"), QStringLiteral("2")} << 1;
        QTest::newRow("two articles") << QStringList {QStringLiteral("--article"), QStringLiteral("1"),
                                                      QStringLiteral("--article"), QStringLiteral("2")}
                                      << 2;
        QTest::newRow("tag") << QStringList {QStringLiteral("--tag"), QStringLiteral("diplomacy")} << 1;
        QTest::newRow("speaker") << QStringList {QStringLiteral("--speaker"), QStringLiteral("Borrell")} << 1;
        QTest::newRow("tag and speaker") << QStringList {QStringLiteral("--tag"), QStringLiteral("Diplomacy"),
                                                         QStringLiteral("--speaker"), QStringLiteral("Wrobel")}
                                         << 0;
    }

    void filters()
    {
        QFETCH(QStringList, filters);
        QFETCH(int, articles);
        const QJsonObject report = exportJson(filters);
        QCOMPARE(report.value(QStringLiteral("articles")).toArray().size(), articles);
    }

    void speakerFilterKeepsTheirQuotes()
    {
        const QJsonObject report = exportJson({QStringLiteral("--speaker"), QStringLiteral("Borrell")});
        const QJsonArray quotes = report.value(QStringLiteral("quotes")).toArray();
        QVERIFY(!quotes.isEmpty());
        for (const QJsonValue &quote : quotes) {
            QCOMPARE(quote[QStringLiteral("speaker")].toString(), QStringLiteral("Josep Borrell"));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString out = QStringLiteral("never-written.html");
        QTest::newRow("unknown format") << QStringList {QStringLiteral("--format"), QStringLiteral("docx"),
                                                        QStringLiteral("-o"), out}
                                        << 1;
        QTest::newRow("no format") << QStringList {QStringLiteral("-o"), out} << 1;
        QTest::newRow("no output") << QStringList {QStringLiteral("--format"), QStringLiteral("html")} << 1;
        QTest::newRow("article not a number")
            << QStringList {QStringLiteral("--format"),  QStringLiteral("html"), QStringLiteral("-o"), out,
                            QStringLiteral("--article"), QStringLiteral("one")}
            << 1;
        QTest::newRow("unknown article") << QStringList {QStringLiteral("--format"),  QStringLiteral("html"),
                                                         QStringLiteral("-o"),        out,
                                                         QStringLiteral("--article"), QStringLiteral("99")}
                                         << 2;
        QTest::newRow("unknown tag") << QStringList {QStringLiteral("--format"), QStringLiteral("csv"),
                                                     QStringLiteral("-o"),       out,
                                                     QStringLiteral("--tag"),    QStringLiteral("Nope")}
                                     << 2;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const auto result = runCli(QStringList {QStringLiteral("export"), m_project} + arguments, m_dir.path());
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-written.html"))));
    }

    void neverWritesOverAProject_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("says");
        for (const char *format : {"csv", "html", "pdf", "json", "qdpx"}) {
            QTest::addRow("%s over the open project", format)
                << QString::fromLatin1(format) << QString() << QStringLiteral("is the open project");
            QTest::addRow("%s over another project", format)
                << QString::fromLatin1(format) << QStringLiteral("other.attache")
                << QStringLiteral("is an Attaché project");
        }
    }

    void neverWritesOverAProject()
    {
        QFETCH(QString, format);
        QFETCH(QString, target);
        QFETCH(QString, says);
        QString path = m_project;
        if (!target.isEmpty()) {
            // Named like a report: the file's content, not its name, makes it a project.
            path = m_dir.filePath(QStringLiteral("report.") + format);
            QFile::remove(path);
            QCOMPARE(runCli({QStringLiteral("new"), path}).exitCode, 0);
        }
        const QByteArray before = Attache::Test::fileDigest(path);
        const auto result = runCli(
            {QStringLiteral("export"), m_project, QStringLiteral("--format"), format, QStringLiteral("-o"), path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(says), result.err.constData());
        QCOMPARE(Attache::Test::fileDigest(path), before);
        QCOMPARE(runCli({QStringLiteral("info"), m_project}).exitCode, 0);
    }

    void writeErrorsSayWhy()
    {
        if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
            const auto full = runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                      QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("/dev/full")});
            QCOMPARE(full.exitCode, 2);
            QCOMPARE(full.err, QByteArray("attache-cli: cannot write /dev/full: the disk is full\n"));
            QVERIFY(full.out.isEmpty());
        }
        const QString missingFolder = m_dir.filePath(QStringLiteral("no-such-folder/report.csv"));
        const auto missing = runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("-o"), missingFolder});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(QString::fromUtf8(missing.err),
                 QStringLiteral("attache-cli: cannot write %1: the folder does not exist\n").arg(missingFolder));
        // A folder owned by someone else: root of the file system (unless this runs as the real root).
        if (QFileInfo(QStringLiteral("/")).isWritable()) {
            QSKIP("running as root: permissions do not stop this write");
        }
        const QString forbidden = QStringLiteral("/attache-test-report.csv");
        const auto denied = runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("-o"), forbidden});
        QCOMPARE(denied.exitCode, 2);
        QCOMPARE(QString::fromUtf8(denied.err),
                 QStringLiteral("attache-cli: cannot write %1: permission denied\n").arg(forbidden));
    }

    void badProject()
    {
        const QString notAProject = m_dir.filePath(QStringLiteral("eu.txt"));
        const auto result
            = runCli({QStringLiteral("export"), notAProject, QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.json"))});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count('\n'), 1);
        const auto missing = runCli({QStringLiteral("export"), m_dir.filePath(QStringLiteral("missing.attache")),
                                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                                     m_dir.filePath(QStringLiteral("x.json"))});
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
