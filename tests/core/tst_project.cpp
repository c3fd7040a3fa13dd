// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "db/backup.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "personaldictionary.h"
#include "project.h"
#include "projectheader.h"
#include "tempproject.h"
#include "testclock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Attache;

class TestProject : public QObject
{
    Q_OBJECT

private:
    /** Writes a plain SQLite database with the given header fields, outside Attaché's code. */
    static void writeSqlite(const QString &path, quint32 applicationId, int userVersion)
    {
        const QString name = QStringLiteral("raw-sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    /** Runs statements on a project file through a plain connection, as someone editing a shared file would. */
    static void tamper(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("tamper");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    /** A closed project with one article and one backup per reason, made a minute apart (newest last). */
    static QString projectWithBackups(const QTemporaryDir &dir, const QStringList &reasons)
    {
        const QString path = dir.filePath(QStringLiteral("shared.attache"));
        ProjectError error;
        std::unique_ptr<Project> project = Project::create(path, &error);
        if (!project) {
            return {};
        }
        Article article;
        article.rawText = article.cleanText = QStringLiteral("Kept in the backup.");
        project->articles()->add(article);
        Test::TestClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC));
        for (const QString &reason : reasons) {
            clock.advance(60);
            QString message;
            if (Db::Backup::create(project->database(), path, reason, Db::Backup::kDefaultKeep, &message).isEmpty()) {
                return {};
            }
        }
        return path;
    }

    /**
     * A closed project with one backup and a large article whose pages, past the schema, are then
     * overwritten: it opens, and only reading every page finds the damage. "" on failure.
     */
    static QString damagedInside(const QTemporaryDir &dir)
    {
        const QString path = projectWithBackups(dir, {QStringLiteral("manual")});
        if (path.isEmpty()) {
            return {};
        }
        {
            ProjectError error;
            const std::unique_ptr<Project> project = Project::open(path, &error);
            Article article;
            article.rawText = article.cleanText = QString(200000, u'x');
            if (!project || project->articles()->add(article).id <= 0) {
                return {};
            }
        }
        return Test::scribble(path, QFileInfo(path).size() / 2, 16384) ? path : QString();
    }

    /** Overwrites part of a closed project past its header, as a failing disk might. */
    static bool scribble(const QString &path) { return Test::scribble(path, 100, 3900); }

private Q_SLOTS:
    void restoreRefusesProjectOpenElsewhere()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        QString message;
        const QString backup = project->backup(&message);
        QVERIFY2(!backup.isEmpty(), qPrintable(message));
        const QByteArray before = Test::fileDigest(backup);
        QString aside;
        ProjectError error;
        QVERIFY(!Project::restore(project.path(), backup, &aside, &error));
        QCOMPARE(int(error.code), int(ProjectError::Code::Locked));
        QVERIFY(aside.isEmpty());
        QCOMPARE(Test::fileDigest(backup), before);
        project.close();
        QVERIFY2(Project::restore(project.path(), backup, &aside, &error), qPrintable(error.message));
        QVERIFY(QFileInfo(aside).isFile());
        QCOMPARE(Test::fileDigest(backup), before);
    }

    void createSetsIdentityAndPragmas()
    {
        Test::TempProject project;
        QVERIFY2(project.isValid(), qPrintable(project.errorString()));
        const QSqlDatabase db = project->database();
        QCOMPARE(Db::scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(Project::kApplicationId));
        QCOMPARE(project->schemaVersion(), Db::Migrator::latestVersion());
        QCOMPARE(Db::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(Db::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(Db::scalar(db, QStringLiteral("PRAGMA locking_mode")).toString(), QStringLiteral("exclusive"));
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        ProjectError error;
        QVERIFY(!Project::create(path, &error));
        QCOMPARE(error.code, ProjectError::Code::AlreadyExists);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }

    void roundTripAfterReopen()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        Article article;
        article.title = QStringLiteral("Envoys meet in Geneva");
        article.rawText = QStringLiteral("Envoys meet in Geneva\n\nTalks resumed.\nPhoto: Agency");
        article.cleanText = QStringLiteral("Talks resumed.");
        article.excluded = {{38, 51, QStringLiteral("credit")}};
        const qint64 id = project->articles()->add(article).id;
        QVERIFY(id > 0);
        const QString path = project.path();
        project.close();

        ProjectError error;
        const std::unique_ptr<Project> reopened = Project::open(path, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        const std::optional<Article> stored = reopened->articles()->article(id);
        QVERIFY(stored);
        QCOMPARE(stored->title, article.title);
        QCOMPARE(stored->cleanText, article.cleanText);
        QCOMPARE(stored->excluded, article.excluded);
        QCOMPARE(reopened->counts().articles, 1);
    }

    void badFilesAreRejectedUntouched_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<int>("expectedCode");
        QTest::newRow("empty file") << QByteArray("empty") << int(ProjectError::Code::NotAProject);
        QTest::newRow("text file") << QByteArray("text") << int(ProjectError::Code::NotAProject);
        QTest::newRow("binary file") << QByteArray("binary") << int(ProjectError::Code::NotAProject);
        QTest::newRow("other sqlite database") << QByteArray("sqlite") << int(ProjectError::Code::NotAProject);
        QTest::newRow("damaged project") << QByteArray("damaged") << int(ProjectError::Code::Damaged);
        QTest::newRow("truncated project") << QByteArray("truncated") << int(ProjectError::Code::Damaged);
        QTest::newRow("newer version") << QByteArray("newer") << int(ProjectError::Code::TooNew);
        QTest::newRow("missing file") << QByteArray("missing") << int(ProjectError::Code::NotFound);
    }

    void badFilesAreRejectedUntouched()
    {
        QFETCH(QByteArray, kind);
        QFETCH(int, expectedCode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.attache"));
        if (kind == "text" || kind == "binary" || kind == "empty") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == "text") {
                file.write("Minutes of the meeting\nNothing to see here.\n");
            } else if (kind == "binary") {
                QByteArray bytes(4096, '\0');
                for (int i = 0; i < bytes.size(); ++i) {
                    bytes[i] = char((i * 37) ^ 0x5a);
                }
                file.write(bytes);
            }
        } else if (kind == "sqlite") {
            writeSqlite(path, 0, 0);
        } else if (kind == "newer") {
            writeSqlite(path, Project::kApplicationId, Db::Migrator::latestVersion() + 1);
        } else if (kind == "damaged" || kind == "truncated") {
            {
                ProjectError error;
                auto project = Project::create(path, &error);
                QVERIFY(project);
                Article article;
                article.rawText = article.cleanText = QString(20000, u'x');
                QVERIFY(project->articles()->add(article).id > 0);
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 8192);
            if (kind == "truncated") {
                QVERIFY(file.resize(size / 2 + 100));
            } else {
                // Scribble over the schema page and beyond, keeping the 100-byte file header intact.
                file.seek(100);
                file.write(QByteArray(4000, '\x7f'));
            }
        }
        const QByteArray before = Test::fileDigest(path);

        ProjectError error;
        QVERIFY(!Project::open(path, &error));
        QCOMPARE(int(error.code), expectedCode);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(!error.message.contains(u'\n'), qPrintable(error.message));
        QCOMPARE(Test::fileDigest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void deferredCheckStillRejectsBeforeReading_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<int>("expectedCode");
        QTest::newRow("damaged schema page") << QByteArray("damaged") << int(ProjectError::Code::Damaged);
        QTest::newRow("other sqlite database") << QByteArray("sqlite") << int(ProjectError::Code::NotAProject);
        QTest::newRow("newer version") << QByteArray("newer") << int(ProjectError::Code::TooNew);
        QTest::newRow("open elsewhere") << QByteArray("locked") << int(ProjectError::Code::Locked);
    }

    void deferredCheckStillRejectsBeforeReading()
    {
        QFETCH(QByteArray, kind);
        QFETCH(int, expectedCode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.attache"));
        std::unique_ptr<Project> holder;
        ProjectError error;
        if (kind == "sqlite") {
            writeSqlite(path, 0, 0);
        } else if (kind == "newer") {
            writeSqlite(path, Project::kApplicationId, Db::Migrator::latestVersion() + 1);
        } else {
            holder = Project::create(path, &error);
            QVERIFY(holder);
            if (kind == "damaged") {
                holder.reset();
                QVERIFY(scribble(path));
            }
        }
        const QByteArray before = Test::fileDigest(path);
        QVERIFY(!Project::open(path, &error, Project::IntegrityCheck::Deferred));
        QCOMPARE(int(error.code), expectedCode);
        if (!holder) {
            QCOMPARE(Test::fileDigest(path), before);
        }
    }

    void deferredCheckFindsDamageAfterOpening()
    {
        QTemporaryDir dir;
        const QString path = damagedInside(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray damaged = Test::fileDigest(path);
        ProjectError error;
        std::unique_ptr<Project> project = Project::open(path, &error, Project::IntegrityCheck::Deferred);
        QVERIFY2(project, qPrintable(error.message));
        QVERIFY(!project->verifyIntegrity(&error));
        QCOMPARE(error.code, ProjectError::Code::Damaged);
        QCOMPARE(error.backup, Db::Backup::list(path).constFirst());
        QVERIFY2(error.message.contains(error.backup), qPrintable(error.message));
        project.reset();
        QCOMPARE(Test::fileDigest(path), damaged);
        // Checked before opening, the same file is refused at once.
        QVERIFY(!Project::open(path, &error, Project::IntegrityCheck::BeforeOpening));
        QCOMPARE(error.code, ProjectError::Code::Damaged);
    }

    void damageInsideIsFoundWhereItMatters()
    {
        QTemporaryDir dir;
        const QString path = damagedInside(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray damaged = Test::fileDigest(path);
        const QStringList backups = Db::Backup::list(path);

        // Closed cleanly, the project opens without reading every page: damage there is not looked for.
        ProjectError error;
        std::unique_ptr<Project> project = Project::open(path, &error);
        QVERIFY2(project, qPrintable(error.message));
        // A backup reads every page, and refuses to put a damaged copy among the intact ones.
        QString message;
        QVERIFY(project->backup(&message).isEmpty());
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        QCOMPARE(Db::Backup::list(path), backups);
        QCOMPARE(QDir(Db::Backup::folderFor(path)).entryList(QDir::Files).size(), backups.size());
        project.reset();
        QCOMPARE(Test::fileDigest(path), damaged);

        // A write-ahead log left beside it says the last session did not end cleanly: then it is read in full.
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.close();
        QVERIFY(!Project::open(path, &error));
        QCOMPARE(error.code, ProjectError::Code::Damaged);
        QCOMPARE(error.backup, backups.constFirst());
        QCOMPARE(Test::fileDigest(path), damaged);
    }

    void deferredCheckPassesAnIntactProject()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        const QString path = project.path();
        project.close();
        ProjectError error;
        const std::unique_ptr<Project> reopened = Project::open(path, &error, Project::IntegrityCheck::Deferred);
        QVERIFY2(reopened, qPrintable(error.message));
        QVERIFY2(reopened->verifyIntegrity(&error), qPrintable(error.message));
    }

    void openingChangesNothing()
    {
        Test::TempProject project;
        Article article;
        article.rawText = article.cleanText = QStringLiteral("Unchanged by reading.");
        QVERIFY(project->articles()->add(article).id > 0);
        const QString path = project.path();
        project.close();
        const QByteArray before = Test::fileDigest(path);
        ProjectError error;
        {
            const std::unique_ptr<Project> reopened = Project::open(path, &error);
            QVERIFY2(reopened, qPrintable(error.message));
            QCOMPARE(reopened->counts().articles, 1);
        }
        QCOMPARE(Test::fileDigest(path), before);
    }

    void secondOpenIsLocked()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        ProjectError error;
        QVERIFY(!Project::open(project.path(), &error));
        QCOMPARE(error.code, ProjectError::Code::Locked);
        QVERIFY(error.message.contains(QStringLiteral("open in another Attaché")));
        const QString path = project.path();
        project.close();
        QVERIFY2(Project::open(path, &error), qPrintable(error.message));
    }

    void versionOneProjectIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.attache"));
        QVERIFY(
            QFile::copy(qEnvironmentVariable("ATTACHE_TEST_DATA") + QStringLiteral("/db/project_v1.attache"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ProjectError error;
        const std::unique_ptr<Project> project = Project::open(path, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->schemaVersion(), Db::Migrator::latestVersion());
        QCOMPARE(project->counts().articles, 1);

        // The version 1 file was copied aside, whole and still version 1, before the upgrade.
        const QStringList backups = Db::Backup::list(path);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.constFirst().endsWith(QStringLiteral("before-v%1.attache").arg(Db::Migrator::latestVersion())));
        const ProjectHeader header = ProjectHeader::read(backups.constFirst());
        QCOMPARE(header.applicationId, Project::kApplicationId);
        QCOMPARE(header.userVersion, 1);
        QCOMPARE(project->counts().annotations, 1);
        QCOMPARE(project->articles()->article(1)->cleanText, QStringLiteral("The envoy said talks went well."));
        QVERIFY(project->dictionary()->words().isEmpty());
        QString message;
        QVERIFY2(project->dictionary()->add(QStringLiteral("Rinkēvičs"), &message), qPrintable(message));
        QCOMPARE(project->dictionary()->words(), QStringList {QStringLiteral("Rinkēvičs")});
    }

    void backupsRotate()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        Article article;
        article.rawText = article.cleanText = QStringLiteral("Kept in every backup.");
        QVERIFY(project->articles()->add(article).id > 0);
        QString error;
        Test::TestClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC));
        for (int i = 0; i < 4; ++i) {
            clock.advance(60);
            QVERIFY2(
                !Db::Backup::create(project->database(), project.path(), QStringLiteral("manual"), 3, &error).isEmpty(),
                qPrintable(error));
        }
        const QStringList backups = Db::Backup::list(project.path());
        QCOMPARE(backups.size(), 3);
        QVERIFY(backups.at(0).contains(QStringLiteral("20260301-090400")));
        ProjectError openError;
        const std::unique_ptr<Project> copy = Project::open(backups.at(0), &openError);
        QVERIFY2(copy, qPrintable(openError.message));
        QCOMPARE(copy->counts().articles, 1);
    }

    void backupNeverReplacesAFileAndLeavesNothingElse()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        Article article;
        article.rawText = article.cleanText = QStringLiteral("Kept in the backup.");
        QVERIFY(project->articles()->add(article).id > 0);
        // A clock standing still gives the second backup the first one's name.
        const Test::TestClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC));
        QString error;
        const QString first = project->backup(&error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        const QByteArray digest = Test::fileDigest(first);
        QVERIFY(project->backup(&error).isEmpty());
        QCOMPARE(error, QStringLiteral("%1 already exists").arg(first));
        QCOMPARE(Test::fileDigest(first), digest);
        QCOMPARE(QDir(Db::Backup::folderFor(project.path())).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QFileInfo(first).fileName()});
    }

    void changeLogIsAppendOnly()
    {
        Test::TempProject project;
        Article article;
        article.rawText = article.cleanText = QStringLiteral("Body");
        QVERIFY(project->articles()->add(article).id > 0);
        QCOMPARE(Db::scalar(project->database(), QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 1);
        QSqlQuery query(project->database());
        QString error;
        QVERIFY(!Db::exec(query, QStringLiteral("UPDATE change_log SET action = 'forged'"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("append-only")));
        QVERIFY(!Db::exec(query, QStringLiteral("DELETE FROM change_log"), {}, &error));
        QCOMPARE(Db::scalar(project->database(), QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 1);
    }

    void foreignKeysCascade()
    {
        Test::TempProject project;
        Article article;
        article.rawText = article.cleanText = QStringLiteral("Body");
        article.excluded = {{0, 2, QStringLiteral("caption")}};
        const qint64 id = project->articles()->add(article).id;
        QString error;
        QVERIFY2(project->articles()->remove(id, &error), qPrintable(error));
        QCOMPARE(Db::scalar(project->database(), QStringLiteral("SELECT count(*) FROM excluded_ranges")).toInt(), 0);
        QSqlQuery query(project->database());
        QVERIFY(!Db::exec(query,
                          QStringLiteral("INSERT INTO quotes (article_id, start_pos, end_pos, text, kind) "
                                         "VALUES (?, 0, 1, 'x', 'direct')"),
                          {id + 100}, &error));
    }

    void hostileSchemaIsRefusedUntouched_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger added") << QStringList {QStringLiteral(
            "CREATE TRIGGER wipe AFTER INSERT ON articles BEGIN DELETE FROM tags; END")}
                                       << QStringLiteral("trigger wipe");
        QTest::newRow("view calling a function")
            << QStringList {QStringLiteral("CREATE VIEW spy AS SELECT load_extension('/tmp/evil.so') AS x")}
            << QStringLiteral("view spy");
        QTest::newRow("unexpected table")
            << QStringList {QStringLiteral("CREATE TABLE extra (payload BLOB)")} << QStringLiteral("table extra");
        QTest::newRow("index on an expression")
            << QStringList {QStringLiteral("CREATE INDEX articles_evil ON articles (abs(id))")}
            << QStringLiteral("index articles_evil");
        QTest::newRow("our trigger rewritten")
            << QStringList {QStringLiteral("DROP TRIGGER change_log_no_delete"),
                            QStringLiteral("CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
                                           "BEGIN SELECT 1; END")}
            << QStringLiteral("trigger change_log_no_delete differs");
        QTest::newRow("generated column added")
            << QStringList {QStringLiteral("ALTER TABLE tags ADD COLUMN g AS (hex(zeroblob(100000000)))")}
            << QStringLiteral("table tags differs");
    }

    void hostileSchemaIsRefusedUntouched()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.attache"));
        {
            ProjectError error;
            QVERIFY(Project::create(path, &error));
        }
        tamper(path, statements);
        const QByteArray before = Test::fileDigest(path);

        ProjectError error;
        QVERIFY(!Project::open(path, &error));
        QCOMPARE(error.code, ProjectError::Code::Untrusted);
        QVERIFY2(error.message.contains(named), qPrintable(error.message));
        QCOMPARE(Test::fileDigest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QDir(Db::Backup::folderFor(path)).exists());
        // A hostile file is no way back either.
        QString aside;
        const QString other = dir.filePath(QStringLiteral("other.attache"));
        QVERIFY(Project::create(other, &error));
        QVERIFY(!Project::restore(other, path, &aside, &error));
        QCOMPARE(error.code, ProjectError::Code::Untrusted);
    }

    void hostileLogIsRefusedAndLeftAsItWas_data()
    {
        QTest::addColumn<bool>("withShm");
        QTest::newRow("log and its index") << true;
        QTest::newRow("log without its index") << false;
    }

    void hostileLogIsRefusedAndLeftAsItWas()
    {
        QFETCH(bool, withShm);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.attache"));
        {
            ProjectError error;
            QVERIFY(Project::create(path, &error));
        }
        // The trigger is committed to the write-ahead log only: the tampering connection never merges it.
        const QString name = QStringLiteral("tamper-log");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(sqlite3_db_config(Db::nativeHandle(db), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr), SQLITE_OK);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY2(
                query.exec(QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON articles BEGIN DELETE FROM tags; END")),
                qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        const QStringList files {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
        QVERIFY(QFileInfo(files.at(1)).size() > 0);
        if (!withShm) {
            QVERIFY(QFile::remove(files.at(2)));
        }
        QList<QByteArray> before;
        for (const QString &file : files) {
            before.append(QFileInfo::exists(file) ? Test::fileDigest(file) : QByteArray());
        }

        ProjectError error;
        QVERIFY(!Project::open(path, &error));
        QCOMPARE(error.code, ProjectError::Code::Untrusted);
        QVERIFY2(error.message.contains(QStringLiteral("trigger wipe")), qPrintable(error.message));
        QVERIFY2(error.message.startsWith(path), qPrintable(error.message));
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(QFileInfo::exists(files.at(i)) ? Test::fileDigest(files.at(i)) : QByteArray(), before.at(i));
        }
    }

    void connectionIsHardened()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        const QSqlDatabase db = project->database();
        QCOMPARE(Db::scalar(db, QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
        QCOMPARE(Db::scalar(db, QStringLiteral("PRAGMA cell_size_check")).toInt(), 1);
        // Defensive mode: the schema cannot be edited as plain rows.
        QSqlQuery query(db);
        QVERIFY(Db::exec(query, QStringLiteral("PRAGMA writable_schema = ON")));
        QCOMPARE(Db::scalar(db, QStringLiteral("PRAGMA writable_schema")).toInt(), 0);
        // Our own schema (full-text triggers included) still works with untrusted schema code.
        Article article;
        article.rawText = article.cleanText = QStringLiteral("Searchable words.");
        QVERIFY(project->articles()->add(article).id > 0);
        QCOMPARE(Db::scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'words'"))
                     .toInt(),
                 1);
    }

    void damagedProjectNamesNewestIntactBackup()
    {
        QTemporaryDir dir;
        const QString path = projectWithBackups(dir, {QStringLiteral("manual"), QStringLiteral("scheduled")});
        QVERIFY(!path.isEmpty());
        const QStringList backups = Db::Backup::list(path);
        QCOMPARE(backups.size(), 2);
        // The newest backup is damaged as well, so the older one is the way back.
        QVERIFY(scribble(backups.at(0)));
        QVERIFY(scribble(path));
        const QByteArray damaged = Test::fileDigest(path);
        const QByteArray newestDamaged = Test::fileDigest(backups.at(0));

        ProjectError error;
        QVERIFY(!Project::open(path, &error));
        QCOMPARE(error.code, ProjectError::Code::Damaged);
        QCOMPARE(error.backup, backups.at(1));
        QVERIFY2(error.message.contains(backups.at(1)), qPrintable(error.message));
        QCOMPARE(Project::newestIntactBackup(path), backups.at(1));
        QCOMPARE(Test::fileDigest(path), damaged);
        QCOMPARE(Test::fileDigest(backups.at(0)), newestDamaged);

        QString aside;
        QVERIFY2(Project::restore(path, error.backup, &aside, &error), qPrintable(error.message));
        QCOMPARE(Test::fileDigest(aside), damaged);
        const std::unique_ptr<Project> restored = Project::open(path, &error);
        QVERIFY2(restored, qPrintable(error.message));
        QCOMPARE(restored->counts().articles, 1);
    }

    void backupNamesSayWhenAndWhy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QString>("reason");
        const QDateTime march(QDate(2026, 3, 1), QTime(9, 4, 0, 250), QTimeZone::UTC);
        QTest::newRow("manual") << QStringLiteral("notes-20260301-090400-250-manual.attache") << march
                                << QStringLiteral("manual");
        QTest::newRow("dashed project and reason")
            << QStringLiteral("my-notes-20260301-090400-250-before-v3.attache") << march << QStringLiteral("before-v3");
        QTest::newRow("not made by Attaché") << QStringLiteral("copy.attache") << QDateTime() << QString();
        QTest::newRow("impossible date") << QStringLiteral("notes-20261399-090400-250-manual.attache") << QDateTime()
                                         << QString();
    }

    void backupNamesSayWhenAndWhy()
    {
        QFETCH(QString, name);
        QFETCH(QDateTime, created);
        QFETCH(QString, reason);
        const Db::Backup::Info info = Db::Backup::describe(QStringLiteral("/x/notes.backups/") + name);
        QCOMPARE(info.created, created);
        QCOMPARE(info.reason, reason);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
