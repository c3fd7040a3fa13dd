// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Attache::Test::runCli;
using namespace Qt::StringLiterals;

class TestCliSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    bool write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    /** "kind:article" for each JSON line, sorted. */
    static QStringList found(const QByteArray &out)
    {
        QStringList result;
        for (const QByteArray &line : out.trimmed().split('\n')) {
            if (line.isEmpty()) {
                continue;
            }
            const QJsonObject hit = QJsonDocument::fromJson(line).object();
            result.append(hit.value(u"kind"_s).toString() + u':'
                          + QString::number(hit.value(u"article_id"_s).toInteger()));
        }
        result.sort();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(u"s.attache"_s);
        QVERIFY(write(u"a.txt"_s,
                      "Grid talks in Riga\n\n\"The cable must be finished before winter,\" said Latvian Foreign "
                      "Minister Edgars Rinkēvičs.\n"));
        QVERIFY(write(u"b.md"_s,
                      "---\ntitle: Trade summit in Hanoi\noutlet: Reuters\ndate: 2024-05-10\n---\n\n"
                      "\"Tariffs will fall next year,\" said Swedish Trade Minister Marta Lindqvist.\n\n"
                      "Zelenskyy was not invited to the summit on tariffs.\n"));
        QCOMPARE(runCli({u"new"_s, m_project}).exitCode, 0);
        QCOMPARE(runCli({u"import"_s, m_project, m_dir.filePath(u"a.txt"_s), m_dir.filePath(u"b.md"_s)}).exitCode, 0);
        QCOMPARE(runCli({u"annotate"_s, m_project, u"1"_s, u"--from"_s, u"0"_s, u"--to"_s, u"4"_s, u"--note"_s,
                         u"Interconnectors"_s, u"--tag"_s, u"Energy"_s})
                     .exitCode,
                 0);
    }

    void findsQuotesBySpeaker()
    {
        const auto result
            = runCli({u"search"_s, m_project, u"winter"_s, u"--speaker"_s, u"Edgars Rinkēvičs"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject hit = QJsonDocument::fromJson(lines.constFirst()).object();
        QCOMPARE(hit.value(u"kind"_s).toString(), u"quote"_s);
        QCOMPARE(hit.value(u"article_id"_s).toInt(), 1);
        QCOMPARE(hit.value(u"speaker"_s).toString(), u"Edgars Rinkēvičs"_s);
        QVERIFY(hit.value(u"snippet"_s).toString().contains(u"[winter]"_s));

        const auto plain = runCli({u"search"_s, m_project, u"rinkevics"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith("article\t1\tGrid talks in Riga\t"));
    }

    void snippetsKeepEveryCharacter_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("matched") << QStringList {u"sarunas"_s};
        QTest::newRow("filtered, no query") << QStringList {u"--outlet"_s, u"Rīgas Vēstis"_s};
    }

    /** Snippets come back exactly, in JSON and in text, their cut marked with "…" (never "â€¦"). */
    void snippetsKeepEveryCharacter()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"chars.attache"_s);
        // Long enough that every snippet is cut.
        QString text = u"---\ntitle: Jūras ceļi «海路»\noutlet: Rīgas Vēstis\n---\n\n"_s;
        for (int i = 0; i < 12; ++i) {
            text += u"Rīgā un Kyjivā «Чёрное море» · 黑海航运 „Gespräch“ sarunas turpinās. "_s;
        }
        QFile file(dir.filePath(u"chars.md"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        QCOMPARE(runCli({u"new"_s, project}).exitCode, 0);
        QCOMPARE(runCli({u"import"_s, project, file.fileName()}).exitCode, 0);

        const auto json = runCli(QStringList {u"search"_s, project} + arguments + QStringList {u"--json"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject hit = QJsonDocument::fromJson(json.out.trimmed().split('\n').constFirst()).object();
        QCOMPARE(hit.value(u"article_title"_s).toString(), u"Jūras ceļi «海路»"_s);
        const QString snippet = hit.value(u"snippet"_s).toString();
        QVERIFY2(snippet.contains(u'…'), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"«Чёрное море» · 黑海航运 „Gespräch“"_s), qPrintable(snippet));
        QVERIFY2(!snippet.contains(u'â') && !snippet.contains(u'Â'), qPrintable(snippet));

        const auto plain = runCli(QStringList {u"search"_s, project} + arguments);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        const QString out = QString::fromUtf8(plain.out);
        QVERIFY2(out.contains(u"Jūras ceļi «海路»"_s) && out.contains(QString(snippet).replace(u'\n', u' ')),
                 qPrintable(out));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("query only") << QStringList {u"tariffs"_s} << QStringList {u"article:2"_s, u"quote:2"_s};
        QTest::newRow("kind without query")
            << QStringList {u"--kind"_s, u"official"_s} << QStringList {u"quote:1"_s, u"quote:2"_s};
        QTest::newRow("kind nobody has") << QStringList {u"--kind"_s, u"journalist"_s} << QStringList {};
        QTest::newRow("institution nobody has") << QStringList {u"--institution"_s, u"Nowhere"_s} << QStringList {};
        QTest::newRow("outlet") << QStringList {u"--outlet"_s, u"reuters"_s}
                                << QStringList {u"article:2"_s, u"quote:2"_s};
        QTest::newRow("outlet and query") << QStringList {u"tariffs OR cable"_s, u"--outlet"_s, u"Reuters"_s}
                                          << QStringList {u"article:2"_s, u"quote:2"_s};
        QTest::newRow("dated articles only") << QStringList {u"--from"_s, u"2024-01-01"_s, u"--to"_s, u"2024-12-31"_s}
                                             << QStringList {u"article:2"_s, u"quote:2"_s};
        QTest::newRow("date excludes") << QStringList {u"tariffs"_s, u"--to"_s, u"2024-05-09"_s} << QStringList {};
        QTest::newRow("tag") << QStringList {u"--tag"_s, u"energy"_s}
                             << QStringList {u"annotation:1"_s, u"article:1"_s, u"quote:1"_s};
        QTest::newRow("tag and kind") << QStringList {u"--tag"_s, u"Energy"_s, u"--kind"_s, u"official"_s}
                                      << QStringList {u"quote:1"_s};
        QTest::newRow("limit") << QStringList {u"--kind"_s, u"official"_s, u"--limit"_s, u"1"_s}
                               << QStringList {u"quote:2"_s};
    }

    void filters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const auto result = runCli(QStringList {u"search"_s, m_project} + arguments + QStringList {u"--json"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(found(result.out), expected);
    }

    void savedSearches()
    {
        const QStringList search {u"search"_s,   m_project,   u"tariffs OR cable"_s, u"--kind"_s,
                                  u"official"_s, u"--from"_s, u"2024-01-01"_s,       u"--json"_s};
        const auto direct = runCli(search);
        QCOMPARE(direct.exitCode, 0);
        QCOMPARE(found(direct.out), QStringList {u"quote:2"_s});
        const auto saving = runCli(search + QStringList {u"--save"_s, u"Officials this year"_s});
        QCOMPARE(saving.exitCode, 0);
        QCOMPARE(saving.out, direct.out);

        const auto saved = runCli({u"search"_s, m_project, u"--saved"_s, u"officials THIS year"_s, u"--json"_s});
        QCOMPARE(saved.exitCode, 0);
        QCOMPARE(saved.out, direct.out);

        // Names are unique; a missing name is an input error.
        const auto again = runCli(search + QStringList {u"--save"_s, u"Officials this year"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());
        const auto missing = runCli({u"search"_s, m_project, u"--saved"_s, u"Nothing"_s});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err.count('\n'), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString project = u"x.attache"_s;
        QTest::newRow("no query") << QStringList {u"search"_s, project} << 1;
        QTest::newRow("empty query") << QStringList {u"search"_s, project, u" "_s} << 1;
        QTest::newRow("bad limit") << QStringList {u"search"_s, project, u"a"_s, u"--limit"_s, u"0"_s} << 1;
        QTest::newRow("bad kind") << QStringList {u"search"_s, project, u"a"_s, u"--kind"_s, u"minister"_s} << 1;
        QTest::newRow("bad date") << QStringList {u"search"_s, project, u"a"_s, u"--from"_s, u"10/05/2024"_s} << 1;
        QTest::newRow("dates reversed") << QStringList {u"search"_s,     project,   u"--from"_s,
                                                        u"2024-05-01"_s, u"--to"_s, u"2024-04-01"_s}
                                        << 1;
        QTest::newRow("saved with a query") << QStringList {u"search"_s, project, u"a"_s, u"--saved"_s, u"Mine"_s} << 1;
        QTest::newRow("saved with a filter")
            << QStringList {u"search"_s, project, u"--saved"_s, u"Mine"_s, u"--tag"_s, u"Energy"_s} << 1;
        QTest::newRow("save without a name") << QStringList {u"search"_s, project, u"a"_s, u"--save"_s, u" "_s} << 1;
        QTest::newRow("missing project") << QStringList {u"search"_s, u"/nonexistent/x.attache"_s, u"a"_s} << 2;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const auto result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
