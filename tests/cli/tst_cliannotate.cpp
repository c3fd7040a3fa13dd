// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "clirunner.h"
#include "project.h"
#include "tagstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Attache;
using Attache::Test::runCli;

class TestCliAnnotate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_text;

    QJsonObject annotate(const QStringList &options)
    {
        const auto result = runCli(QStringList {QStringLiteral("annotate"), m_project, QStringLiteral("1")} + options
                                   + QStringList {QStringLiteral("--json")});
        if (result.exitCode != 0) {
            qWarning() << result.err;
        }
        return QJsonDocument::fromJson(result.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("a.attache"));
        const QString article = m_dir.filePath(QStringLiteral("article.txt"));
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("EU 🇪🇺 envoys meet\n\nThe 🇪🇺 envoy said the talks were useful.\n");
        file.close();
        QCOMPARE(runCli({QStringLiteral("new"), m_project}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import"), m_project, article}).exitCode, 0);
        const auto show = runCli({QStringLiteral("show"), m_project, QStringLiteral("1"), QStringLiteral("--json")});
        m_text = QJsonDocument::fromJson(show.out).object().value(QStringLiteral("text")).toString();
        QVERIFY(m_text.startsWith(QStringLiteral("The 🇪🇺 envoy")));
    }

    void passageOffsetsCountCodePoints()
    {
        // "envoy" starts after "The " (4) + the flag (2 code points) + " " (1).
        const QJsonObject object
            = annotate({QStringLiteral("--from"), QStringLiteral("7"), QStringLiteral("--to"), QStringLiteral("12"),
                        QStringLiteral("--note"), QStringLiteral("Which envoy?"), QStringLiteral("--tag"),
                        QStringLiteral("Diplomacy"), QStringLiteral("--color"), QStringLiteral("#FFE066")});
        QCOMPARE(object.value(QStringLiteral("exact")).toString(), QStringLiteral("envoy"));
        QCOMPARE(object.value(QStringLiteral("color")).toString(), QStringLiteral("#ffe066"));
        QCOMPARE(object.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("Diplomacy"));
    }

    void wholeArticleNoteAndTagReuse()
    {
        const QJsonObject object = annotate({QStringLiteral("--note"), QStringLiteral("Compare with Reuters"),
                                             QStringLiteral("--tag"), QStringLiteral("diplomacy")});
        QVERIFY(object.value(QStringLiteral("start")).isNull());
        QCOMPARE(object.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("Diplomacy"));
        ProjectError error;
        const std::unique_ptr<Project> project = Project::open(m_project, &error);
        QVERIFY(project);
        QCOMPARE(project->tags()->tags().size(), 1);
        QCOMPARE(project->annotations()->annotationsFor(1).size(), 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("bad colour") << QStringList {QStringLiteral("1"),     QStringLiteral("--from"),
                                                    QStringLiteral("0"),     QStringLiteral("--to"),
                                                    QStringLiteral("3"),     QStringLiteral("--color"),
                                                    QStringLiteral("yellow")}
                                    << 1;
        QTest::newRow("from without to") << QStringList {QStringLiteral("1"), QStringLiteral("--from"),
                                                         QStringLiteral("0")}
                                         << 1;
        QTest::newRow("empty range") << QStringList {QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("4"),
                                                     QStringLiteral("--to"), QStringLiteral("4")}
                                     << 1;
        QTest::newRow("nothing to note") << QStringList {QStringLiteral("1")} << 1;
        QTest::newRow("past the end") << QStringList {
            QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--to"),
            QStringLiteral("5000")} << 2;
        QTest::newRow("unknown article") << QStringList {QStringLiteral("99"), QStringLiteral("--note"),
                                                         QStringLiteral("x")}
                                         << 2;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const auto result = runCli(QStringList {QStringLiteral("annotate"), m_project} + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliAnnotate)
#include "tst_cliannotate.moc"
