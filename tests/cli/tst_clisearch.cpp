// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Attache::Test::runCli;

class TestCliSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("s.attache"));
        QFile file(m_dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Grid talks in Riga\n\n\"The cable must be finished before winter,\" said Latvian Foreign Minister "
                   "Edgars Rinkēvičs.\n");
        file.close();
        QCOMPARE(runCli({QStringLiteral("new"), m_project}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import"), m_project, file.fileName()}).exitCode, 0);
    }

    void findsQuotesBySpeaker()
    {
        const auto result
            = runCli({QStringLiteral("search"), m_project, QStringLiteral("winter"), QStringLiteral("--speaker"),
                      QStringLiteral("Edgars Rinkēvičs"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject hit = QJsonDocument::fromJson(lines.constFirst()).object();
        QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("quote"));
        QCOMPARE(hit.value(QStringLiteral("article_id")).toInt(), 1);
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[winter]")));

        const auto plain = runCli({QStringLiteral("search"), m_project, QStringLiteral("rinkevics")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith("article\t1\tGrid talks in Riga\t"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no query") << QStringList {QStringLiteral("search"), QStringLiteral("x.attache")} << 1;
        QTest::newRow("bad limit") << QStringList {QStringLiteral("search"), QStringLiteral("x.attache"),
                                                   QStringLiteral("a"), QStringLiteral("--limit"), QStringLiteral("0")}
                                   << 1;
        QTest::newRow("missing project") << QStringList {QStringLiteral("search"),
                                                         QStringLiteral("/nonexistent/x.attache"), QStringLiteral("a")}
                                         << 2;
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
