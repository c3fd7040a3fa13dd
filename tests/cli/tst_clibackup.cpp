// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "tempproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Attache;
using Attache::Test::runCli;

/** attache-cli backup, backups and restore, and the backup named when a project is damaged. */
class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static qint64 articleCount(const QString &project)
    {
        const auto info = runCli({QStringLiteral("info"), project, QStringLiteral("--json")});
        return QJsonDocument::fromJson(info.out).object()[u"counts"][u"articles"].toInteger(-1);
    }

    /**
     * Reads path the way another tool may, through a read-only SQLite connection: for a WAL
     * database that leaves an empty -wal and a -shm beside it.
     */
    static void lookReadOnly(const QString &path)
    {
        const QString name = QStringLiteral("reader");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            QUrl uri = QUrl::fromLocalFile(path);
            uri.setQuery(QStringLiteral("mode=ro"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next());
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
    }

    /** A closed project at dir/name with one imported article. */
    static QString projectWithOneArticle(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("work.attache"));
        const QString input = dir.filePath(QStringLiteral("first.txt"));
        if (runCli({QStringLiteral("new"), path}).exitCode != 0
            || !writeFile(input, "First report\n\nThe minister said nothing new.\n")
            || runCli({QStringLiteral("import"), path, input}).exitCode != 0) {
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void backupListRestore()
    {
        QTemporaryDir dir;
        const QString path = projectWithOneArticle(dir);
        QVERIFY(!path.isEmpty());

        const auto backup = runCli({QStringLiteral("backup"), path});
        QCOMPARE(backup.exitCode, 0);
        QVERIFY2(backup.out.startsWith(QByteArray("Backed up " + QFile::encodeName(path) + " to ")),
                 backup.out.constData());

        const auto list = runCli({QStringLiteral("backups"), path, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject entry = QJsonDocument::fromJson(lines.constFirst()).object();
        const QString backupPath = entry[u"path"].toString();
        QVERIFY(QFileInfo(backupPath).isFile());
        QVERIFY(backup.out.contains(QFile::encodeName(backupPath)));
        QVERIFY(entry[u"size"].toInteger() > 0);
        QVERIFY(!entry[u"modified"].toString().isEmpty());
        const auto plain = runCli({QStringLiteral("backups"), path});
        QVERIFY(plain.out.startsWith(QByteArray(QFile::encodeName(backupPath) + '\t')));

        const QString second = dir.filePath(QStringLiteral("second.txt"));
        QVERIFY(writeFile(second, "Second report\n\nThe ambassador disagreed.\n"));
        QCOMPARE(runCli({QStringLiteral("import"), path, second}).exitCode, 0);
        QCOMPARE(articleCount(path), 2);

        const QByteArray backupDigest = Test::fileDigest(backupPath);
        const auto restore = runCli({QStringLiteral("restore"), path, backupPath});
        QCOMPARE(restore.exitCode, 0);
        QVERIFY2(restore.out.contains("Restored "), restore.out.constData());
        QCOMPARE(articleCount(path), 1);
        QCOMPARE(Test::fileDigest(backupPath), backupDigest);

        // The replaced file is kept beside the project, whole.
        const QStringList aside
            = QDir(dir.path()).entryList({QStringLiteral("work-before-restore-*.attache")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(restore.out.contains(QFile::encodeName(dir.filePath(aside.constFirst()))));
        QCOMPARE(articleCount(dir.filePath(aside.constFirst())), 2);
    }

    void backupsAndRestoresLeaveNoJournals()
    {
        QTemporaryDir dir;
        const QString path = projectWithOneArticle(dir);
        QVERIFY(!path.isEmpty());
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(runCli({QStringLiteral("backup"), path}).exitCode, 0);
            const QString input = dir.filePath(QStringLiteral("more%1.txt").arg(i));
            QVERIFY(writeFile(input, QStringLiteral("Report %1\n\nThe envoy said more, %1 times.\n").arg(i).toUtf8()));
            QCOMPARE(runCli({QStringLiteral("import"), path, input}).exitCode, 0);
            lookReadOnly(path);
            const QList<QByteArray> backups = runCli({QStringLiteral("backups"), path}).out.trimmed().split('\n');
            const QString newest = QString::fromUtf8(backups.constFirst().split('\t').constFirst());
            QCOMPARE(runCli({QStringLiteral("restore"), path, newest}).exitCode, 0);
            QCOMPARE(articleCount(path), 1);
        }
        const QStringList journals {QStringLiteral("*-wal"), QStringLiteral("*-shm"), QStringLiteral("*-journal"),
                                    QStringLiteral("*.partial")};
        QCOMPARE(QDir(dir.path()).entryList(journals, QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(QDir(dir.filePath(QStringLiteral("work.backups"))).entryList(journals, QDir::Files | QDir::Hidden),
                 QStringList());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("work-before-restore-*.attache")}, QDir::Files).size(), 4);
    }

    void restoreMigratesAnOldBackupAndLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString path = projectWithOneArticle(dir);
        QVERIFY(!path.isEmpty());
        const QString old = qEnvironmentVariable("ATTACHE_TEST_DATA") + QStringLiteral("/db/project_v1.attache");
        const QByteArray before = Test::fileDigest(old);
        const auto restore = runCli({QStringLiteral("restore"), path, old});
        QCOMPARE(restore.exitCode, 0);
        QCOMPARE(Test::fileDigest(old), before);
        const auto info = runCli({QStringLiteral("info"), path});
        QCOMPARE(info.exitCode, 0);
        // Only the project, its moved-aside predecessor and the inputs remain: no staging copy or its backups.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*restoring*")}, QDir::AllEntries), QStringList());
    }

    void restoreRefusesWhatIsNotAProject_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("not a project\n") << QStringLiteral("not an Attaché project");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("missing file") << QByteArray("<missing>") << QStringLiteral("does not exist");
    }

    void restoreRefusesWhatIsNotAProject()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = projectWithOneArticle(dir);
        QVERIFY(!path.isEmpty());
        const QString bogus = dir.filePath(QStringLiteral("bogus.attache"));
        if (content != "<missing>") {
            QVERIFY(writeFile(bogus, content));
        }
        const QByteArray before = Test::fileDigest(path);
        const auto restore = runCli({QStringLiteral("restore"), path, bogus});
        QCOMPARE(restore.exitCode, 2);
        QVERIFY2(QString::fromUtf8(restore.err).contains(expected), restore.err.constData());
        QVERIFY(restore.err.count('\n') == 1);
        QCOMPARE(Test::fileDigest(path), before);
        // Nothing was left behind: no staging copy, nothing moved aside.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("work-*")}, QDir::Files), QStringList());
    }

    void damagedProjectNamesNewestBackup()
    {
        QTemporaryDir dir;
        const QString path = projectWithOneArticle(dir);
        QVERIFY(!path.isEmpty());
        QCOMPARE(runCli({QStringLiteral("backup"), path}).exitCode, 0);
        const auto list = runCli({QStringLiteral("backups"), path});
        const QByteArray newest = list.out.split('\t').constFirst();

        // Scribble over the schema page, keeping the 100-byte header so the file still looks like a project.
        QVERIFY(Test::scribble(path, 100, 3900));
        const auto info = runCli({QStringLiteral("info"), path});
        QCOMPARE(info.exitCode, 2);
        QVERIFY2(info.err.contains("is damaged"), info.err.constData());
        QVERIFY2(info.err.contains(QByteArray("the newest backup is " + newest)), info.err.constData());
        QVERIFY2(info.err.contains("attache-cli restore"), info.err.constData());

        QCOMPARE(runCli({QStringLiteral("restore"), path, QString::fromLocal8Bit(newest)}).exitCode, 0);
        QCOMPARE(articleCount(path), 1);
    }

    void checkReadsTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("work.attache"));
        const QString input = dir.filePath(QStringLiteral("long.txt"));
        QByteArray text = "A long report\n\n";
        for (int i = 0; i < 3000; ++i) {
            text += "Paragraph " + QByteArray::number(i) + " says the talks went on for another day.\n\n";
        }
        QVERIFY(writeFile(input, text));
        QCOMPARE(runCli({QStringLiteral("new"), path}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import"), path, input}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("backup"), path}).exitCode, 0);
        const QByteArray backup = runCli({QStringLiteral("backups"), path}).out.split('\t').constFirst();

        const auto intact = runCli({QStringLiteral("check"), path});
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.out, QByteArray(QFile::encodeName(path) + " is intact\n"));

        // Pages past the schema: a command that only needs the schema opens the project all the same.
        QVERIFY(Test::scribble(path, QFileInfo(path).size() / 2, 16384));
        QCOMPARE(articleCount(path), 1);
        const auto damaged = runCli({QStringLiteral("check"), path});
        QCOMPARE(damaged.exitCode, 2);
        QVERIFY2(damaged.err.contains("is damaged"), damaged.err.constData());
        QVERIFY2(damaged.err.contains(QByteArray("the newest backup is " + backup)), damaged.err.constData());
        QVERIFY(damaged.out.isEmpty());
        // A backup of the damaged file is refused, and the intact one stays the newest.
        const auto refused = runCli({QStringLiteral("backup"), path});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("damaged"), refused.err.constData());
        QCOMPARE(runCli({QStringLiteral("backups"), path}).out.split('\t').constFirst(), backup);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
