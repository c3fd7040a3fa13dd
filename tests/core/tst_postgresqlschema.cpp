// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/dialect.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "testpostgres.h"

#include <QSqlDatabase>
#include <QTest>

#include <memory>

using namespace Attache;
using namespace Attache::Db;

/**
 * The schema on a PostgreSQL server: the same numbered migrations as a file, the same tables and
 * columns, one transaction for all of them, and the search index kept by triggers.
 */
class TestPostgresqlSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::PostgresDatabase> m_server;
    QSqlDatabase m_db;

    static QStringList column(QSqlQuery &query)
    {
        QStringList values;
        while (query.next()) {
            values.append(query.value(0).toString());
        }
        return values;
    }

    /** Each table's columns in order ("table: a, b, c"), leaving out what only one dialect has. */
    static QStringList fileColumns(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (!exec(query,
                  QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                 "'sqlite%' AND name NOT LIKE 'search_index%' ORDER BY name"))) {
            return {};
        }
        QStringList result;
        for (const QString &table : column(query)) {
            QSqlQuery columns(db);
            exec(columns, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
            result.append(table + QStringLiteral(": ") + column(columns).join(QStringLiteral(", ")));
        }
        return result;
    }

    static QStringList serverColumns(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (!exec(query,
                  QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                 "'public' AND table_name NOT IN ('attache_project', 'search_index') "
                                 "ORDER BY table_name COLLATE \"C\""))) {
            return {};
        }
        QStringList result;
        for (const QString &table : column(query)) {
            QSqlQuery columns(db);
            exec(columns,
                 QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                                "AND table_name = ? ORDER BY ordinal_position"),
                 {table});
            result.append(table + QStringLiteral(": ") + column(columns).join(QStringLiteral(", ")));
        }
        return result;
    }

    int serverVersion()
    {
        int version = -1;
        QString error;
        return Dialect::postgresql().schemaVersion(m_db, &version, &error) ? version : -1;
    }

private Q_SLOTS:
    void sameNumberedMigrationsAsAFile()
    {
        const QList<Migration> &file = Migrator::bundled();
        const QList<Migration> &server = Migrator::bundled(Dialect::postgresql());
        QCOMPARE(server.size(), file.size());
        for (qsizetype i = 0; i < file.size(); ++i) {
            QCOMPARE(server.at(i).version, file.at(i).version);
            QCOMPARE(server.at(i).name, file.at(i).name);
            QVERIFY(server.at(i).script != file.at(i).script);
        }
    }

    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) == "sameNumberedMigrationsAsAFile") {
            return;
        }
        ATTACHE_SKIP_WITHOUT_POSTGRES();
        m_server = std::make_unique<Test::PostgresDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
        QString error;
        QVERIFY2(m_server->location().connect(QStringLiteral("schema"), &error), qPrintable(error));
        m_db = QSqlDatabase::database(QStringLiteral("schema"), false);
        QCOMPARE(Dialect::of(m_db), &Dialect::postgresql());
    }

    void cleanup()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("schema"));
        }
        m_server.reset();
    }

    void migratesAnEmptyDatabase()
    {
        QCOMPARE(serverVersion(), 0);
        QString error;
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(Dialect::postgresql()), &error), qPrintable(error));
        QCOMPARE(serverVersion(), Migrator::latestVersion());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT application_id FROM attache_project")).toLongLong(), 0x41545443);
        // Up to date: a second run changes nothing.
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(Dialect::postgresql()), &error), qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM attache_project")).toInt(), 1);
    }

    void sameTablesAndColumnsAsAFile()
    {
        QString error;
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(Dialect::postgresql()), &error), qPrintable(error));
        const QString name = QStringLiteral("schema-file");
        {
            QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            file.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(file.open());
            QVERIFY2(Migrator::migrate(file, Migrator::bundled(), &error), qPrintable(error));
            const QStringList expected = fileColumns(file);
            QVERIFY(expected.size() > 10);
            QCOMPARE(serverColumns(m_db), expected);
            file.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void aFailingStepChangesNothing()
    {
        QList<Migration> steps = Migrator::bundled(Dialect::postgresql()).mid(0, 2);
        // The failure comes after statements that worked, in the same script.
        steps.append({3, QStringLiteral("broken"),
                      QStringLiteral("CREATE TABLE half_done (x INTEGER);\nSELECT no_such_column FROM articles;")});
        QString error;
        QVERIFY(!Migrator::migrate(m_db, steps, &error));
        QVERIFY2(error.contains(QStringLiteral("migration 0003 (broken) failed")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no_such_column")), qPrintable(error));
        QCOMPARE(serverVersion(), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT to_regclass('articles') IS NULL")), QVariant(true));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT to_regclass('half_done') IS NULL")), QVariant(true));
    }

    void triggersKeepTheSearchIndex()
    {
        QString error;
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(Dialect::postgresql()), &error), qPrintable(error));
        QSqlQuery query(m_db);
        QVERIFY2(exec(query,
                      QStringLiteral("INSERT INTO articles (source_kind, title, raw_text, clean_text, content_hash, "
                                     "imported_at, modified_at) VALUES ('text', 'Grid talks', ?, ?, 'h', 'now', "
                                     "'now') RETURNING id"),
                      {QStringLiteral("The minister spoke."), QStringLiteral("The minister spoke.")}, &error)
                     && query.next(),
                 qPrintable(error));
        const qint64 article = query.value(0).toLongLong();
        QVERIFY2(exec(query,
                      QStringLiteral("INSERT INTO quotes (article_id, start_pos, end_pos, text, kind) VALUES (?, 0, "
                                     "5, 'sanctions hurt', 'direct') RETURNING id"),
                      {article}, &error)
                     && query.next(),
                 qPrintable(error));
        const qint64 quote = query.value(0).toLongLong();
        const auto matches = [this](const QString &word) {
            QSqlQuery found(m_db);
            exec(found,
                 QStringLiteral("SELECT rowid FROM search_index WHERE document @@ to_tsquery('simple', ?) "
                                "ORDER BY rowid"),
                 {word});
            QList<qint64> rowids;
            while (found.next()) {
                rowids.append(found.value(0).toLongLong());
            }
            return rowids;
        };
        QCOMPARE(matches(QStringLiteral("minister")), QList<qint64> {article * 4});
        QCOMPARE(matches(QStringLiteral("grid")), QList<qint64> {article * 4});
        QCOMPARE(matches(QStringLiteral("sanction:*")), QList<qint64> {quote * 4 + 2});
        // A rejected quote leaves the index; deleting the article takes everything of it along.
        QVERIFY(exec(query, QStringLiteral("UPDATE quotes SET rejected = 1 WHERE id = ?"), {quote}));
        QCOMPARE(matches(QStringLiteral("sanctions")), QList<qint64> {});
        QVERIFY(exec(query, QStringLiteral("DELETE FROM articles WHERE id = ?"), {article}));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM search_index")).toInt(), 0);
    }

    void changeLogIsAppendOnly()
    {
        QString error;
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(Dialect::postgresql()), &error), qPrintable(error));
        QSqlQuery query(m_db);
        QVERIFY(exec(query,
                     QStringLiteral("INSERT INTO change_log (at, entity, action) VALUES ('now', 'article', 'add')")));
        QVERIFY(!exec(query, QStringLiteral("UPDATE change_log SET action = 'none'"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        QVERIFY(!exec(query, QStringLiteral("DELETE FROM change_log"), {}, &error));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostgresqlSchema)
#include "tst_postgresqlschema.moc"
