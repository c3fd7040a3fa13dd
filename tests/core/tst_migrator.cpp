// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/migrator.h"
#include "db/sql.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Attache::Db;

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

    QStringList tables() const
    {
        QStringList names;
        QSqlQuery query(m_db);
        if (exec(query, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            while (query.next()) {
                names.append(query.value(0).toString());
            }
        }
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
    }

    void bundledMigrationsAreNumberedFromOne()
    {
        const QList<Migration> &migrations = Migrator::bundled();
        QVERIFY(!migrations.isEmpty());
        for (qsizetype i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, int(i + 1));
            QVERIFY(!migrations.at(i).script.trimmed().isEmpty());
        }
        QCOMPARE(Migrator::latestVersion(), migrations.constLast().version);
    }

    void scriptsRunWhole_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("two statements") << QStringLiteral("CREATE TABLE t (x);\nINSERT INTO t VALUES ('a');")
                                        << QStringList {QStringLiteral("a")};
        QTest::newRow("comments") << QStringLiteral("-- a; comment\nCREATE TABLE t (x); /* b; */\n"
                                                    "INSERT INTO t VALUES ('a'); -- trailing")
                                  << QStringList {QStringLiteral("a")};
        QTest::newRow("semicolon in a string")
            << QStringLiteral("CREATE TABLE t (x);\nINSERT INTO t VALUES ('x;y'), ('it''s; fine');")
            << QStringList {QStringLiteral("x;y"), QStringLiteral("it's; fine")};
        QTest::newRow("trigger body") << QStringLiteral(
            "CREATE TABLE t (x);\nCREATE TABLE log (x);\n"
            "CREATE TRIGGER t_log AFTER INSERT ON t\nBEGIN\n  INSERT INTO log VALUES (new.x || ';');\n"
            "  INSERT INTO log VALUES ('end;');\nEND;\nINSERT INTO t VALUES ('a');\nDELETE FROM t;\n"
            "INSERT INTO t SELECT x FROM log;")
                                      << QStringList {QStringLiteral("a;"), QStringLiteral("end;")};
        QTest::newRow("no final semicolon")
            << QStringLiteral("CREATE TABLE t (x);\nINSERT INTO t VALUES ('a')") << QStringList {QStringLiteral("a")};
    }

    /** A migration runs as SQLite reads the script: comments, strings and trigger bodies as written. */
    void scriptsRunWhole()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, rows);
        QString error;
        QVERIFY2(Migrator::migrate(m_db, {{1, QStringLiteral("script"), script}}, &error), qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QStringList found;
        QSqlQuery query(m_db);
        QVERIFY(exec(query, QStringLiteral("SELECT x FROM t ORDER BY rowid")));
        while (query.next()) {
            found.append(query.value(0).toString());
        }
        QCOMPARE(found, rows);
    }

    void bundledSchemaApplies()
    {
        QString error;
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(), &error), qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), Migrator::latestVersion());
        const QStringList names = tables();
        for (const char *table :
             {"articles", "excluded_ranges", "people", "person_aliases", "mentions", "quotes", "corrections", "tags",
              "annotations", "annotation_tags", "article_tags", "change_log", "project_meta"}) {
            QVERIFY2(names.contains(QLatin1StringView(table)), table);
        }
        // Running again is a no-op.
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(), &error), qPrintable(error));
    }

    void savedSearchesArriveInVersionFour()
    {
        QString error;
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled().mid(0, 3), &error), qPrintable(error));
        QVERIFY(!tables().contains(QStringLiteral("saved_searches")));
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(), &error), qPrintable(error));
        QVERIFY(scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt() >= 4);
        QSqlQuery query(m_db);
        const QString insert = QStringLiteral("INSERT INTO saved_searches (name, speaker_kind, created_at, "
                                              "modified_at) VALUES (?, ?, '2026-01-01', '2026-01-01')");
        QVERIFY(exec(query, insert, {QStringLiteral("Experts"), QStringLiteral("expert")}));
        // Names are unique ignoring case; kinds are the people register's.
        QVERIFY(!exec(query, insert, {QStringLiteral("EXPERTS"), QStringLiteral("")}));
        QVERIFY(!exec(query, insert, {QStringLiteral("Ministers"), QStringLiteral("minister")}));
        QVERIFY(!exec(query, insert, {QStringLiteral("  "), QStringLiteral("")}));
    }

    void lookupsUseTheIndexesTheirVersionAdds_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("index");
        QTest::addColumn<int>("version");
        QTest::newRow("person by name ignoring case")
            << QStringLiteral("SELECT id FROM people WHERE name = ? COLLATE NOCASE AND kind <> 'unnamed' ORDER BY id "
                              "LIMIT 1")
            << QStringLiteral("people_name_nocase") << 5;
        QTest::newRow("person by alias ignoring case")
            << QStringLiteral("SELECT a.person_id FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE "
                              "a.alias = ? COLLATE NOCASE AND p.kind <> 'unnamed' ORDER BY a.person_id LIMIT 1")
            << QStringLiteral("person_aliases_alias_nocase") << 5;
        QTest::newRow("an article's corrections")
            << QStringLiteral("SELECT action, quote_text, person_id FROM corrections WHERE article_id = ? ORDER BY id")
            << QStringLiteral("corrections_article") << 5;
        QTest::newRow("a person's split names")
            << QStringLiteral("SELECT 1 FROM corrections WHERE action = 'split' AND person_id = ? AND value = ? "
                              "COLLATE NOCASE")
            << QStringLiteral("corrections_person") << 5;
        QTest::newRow("corrections naming the other person")
            << QStringLiteral("SELECT 1 FROM corrections WHERE other_id = ?") << QStringLiteral("corrections_other")
            << 5;
        QTest::newRow("the People view's counts")
            << QStringLiteral("SELECT person_id, COUNT(*), COUNT(DISTINCT article_id) FROM quotes WHERE rejected = 0 "
                              "AND person_id IS NOT NULL GROUP BY person_id")
            << QStringLiteral("COVERING INDEX quotes_person_counts") << 6;
    }

    void lookupsUseTheIndexesTheirVersionAdds()
    {
        QFETCH(QString, statement);
        QFETCH(QString, index);
        QFETCH(int, version);
        const auto plan = [this, &statement] {
            QSqlQuery query(m_db);
            QString steps;
            if (query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement)) {
                for (int i = 0; i < int(statement.count(u'?')); ++i) {
                    query.addBindValue(1);
                }
                if (query.exec()) {
                    while (query.next()) {
                        steps += query.value(3).toString() + u'\n';
                    }
                }
            }
            return steps;
        };
        QString error;
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled().mid(0, version - 1), &error), qPrintable(error));
        QVERIFY2(!plan().contains(index), qPrintable(plan()));
        // Rows from before the upgrade are indexed too.
        QSqlQuery query(m_db);
        QVERIFY(
            exec(query, QStringLiteral("INSERT INTO people (name, created_at) VALUES ('Anna Bauer', '2026-01-01')")));
        QVERIFY2(Migrator::migrate(m_db, Migrator::bundled(), &error), qPrintable(error));
        QVERIFY(scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt() >= version);
        QVERIFY2(plan().contains(index), qPrintable(plan()));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT id FROM people WHERE name = 'ANNA BAUER' COLLATE NOCASE")).toInt(),
                 1);
    }

    void stepsApplyInOrderFromCurrentVersion()
    {
        const QList<Migration> steps = {
            {1, QStringLiteral("first"), QStringLiteral("CREATE TABLE one (x);")},
            {2, QStringLiteral("second"), QStringLiteral("CREATE TABLE two (y); INSERT INTO one VALUES (2);")},
        };
        QString error;
        QVERIFY(Migrator::migrate(m_db, steps.mid(0, 1), &error));
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY2(Migrator::migrate(m_db, steps, &error), qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(tables(), (QStringList {QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM one")).toInt(), 1);
    }

    void failingStepRollsBackEverything()
    {
        const QList<Migration> steps = {
            {1, QStringLiteral("good"), QStringLiteral("CREATE TABLE one (x);")},
            {2, QStringLiteral("bad"), QStringLiteral("CREATE TABLE two (y); INSERT INTO missing VALUES (1);")},
        };
        QString error;
        QVERIFY(!Migrator::migrate(m_db, steps, &error));
        QVERIFY2(error.contains(QStringLiteral("0002")) && error.contains(QStringLiteral("bad")), qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(tables(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
