// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "db/migrator.h"
#include "project.h"
#include "tempproject.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Attache;
using Attache::Test::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        const auto version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("attache-cli " ATTACHE_VERSION));
        const auto help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("new PROJECT"));
        QVERIFY(help.out.contains("info PROJECT [--json]"));
        const auto commandHelp = runCli({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--json"));
    }

    void usageErrorsExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frob")};
        QTest::newRow("new without a path") << QStringList {QStringLiteral("new")};
        QTest::newRow("info with two paths")
            << QStringList {QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("info with a bad option")
            << QStringList {QStringLiteral("info"), QStringLiteral("x"), QStringLiteral("--yaml")};
    }

    void usageErrorsExitOne()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.startsWith("attache-cli: "));
    }

    void newThenInfoJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.attache"));
        const auto created = runCli({QStringLiteral("new"), path});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(QFile::exists(path));

        const auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(info.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QStringLiteral("schema_version")).toInt(), Db::Migrator::latestVersion());
        QCOMPARE(object.value(QStringLiteral("path")).toString(), path);
        QCOMPARE(object.value(QStringLiteral("counts")).toObject().value(QStringLiteral("articles")).toInt(-1), 0);

        const auto plain = runCli({QStringLiteral("info"), path});
        QCOMPARE(plain.exitCode, 0);
        const QByteArray expectedVersion = "Schema version: " + QByteArray::number(Db::Migrator::latestVersion());
        QVERIFY(plain.out.contains(expectedVersion));
    }

    void relativePathsResolveAgainstWorkingDirectory()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli({QStringLiteral("new"), QStringLiteral("rel.attache")}, dir.path()).exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("rel.attache"))));
        QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("rel.attache")}, dir.path()).exitCode, 0);
    }

    void inputErrorsExitTwo_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("expectedMessage");
        QTest::newRow("info on a missing file")
            << QStringLiteral("info") << QByteArray() << QByteArray("does not exist");
        QTest::newRow("info on a text file")
            << QStringLiteral("info") << QByteArray("hello\n") << QByteArray("not an Attaché project");
        QTest::newRow("new over an existing file")
            << QStringLiteral("new") << QByteArray("keep me") << QByteArray("already exists");
    }

    void inputErrorsExitTwo()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, expectedMessage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.attache"));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const auto result = runCli({command, path});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains(expectedMessage), result.err.constData());
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content);
        }
    }

    void projectOpenInAnotherProcessIsLocked()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        const auto result = runCli({QStringLiteral("info"), project.path()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("open in another Attaché"), result.err.constData());
        project.close();
        QCOMPARE(runCli({QStringLiteral("info"), project.path()}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
