// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/serverlocation.h"
#include "testpostgres.h"

#include <QSqlQuery>
#include <QTest>

using namespace Attache;

/** Server locations: what they accept, what they refuse (passwords above all), and a real connection. */
class TestServerLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("shown");
        QTest::newRow("user, host, database")
            << QStringLiteral("postgresql://ana@db.example.org/russia_china") << QStringLiteral("ana")
            << QStringLiteral("db.example.org") << -1 << QStringLiteral("russia_china")
            << QStringLiteral("postgresql://ana@db.example.org/russia_china");
        QTest::newRow("port and TLS") << QStringLiteral("postgresql://ana@10.0.0.5:6543/desk?sslmode=verify-full")
                                      << QStringLiteral("ana") << QStringLiteral("10.0.0.5") << 6543
                                      << QStringLiteral("desk")
                                      << QStringLiteral("postgresql://ana@10.0.0.5:6543/desk?sslmode=verify-full");
        QTest::newRow("socket folder") << QStringLiteral("postgresql://ana@/desk?host=/run/postgresql")
                                       << QStringLiteral("ana") << QStringLiteral("/run/postgresql") << -1
                                       << QStringLiteral("desk")
                                       << QStringLiteral("postgresql://ana@/desk?host=/run/postgresql");
        QTest::newRow("short scheme, no user")
            << QStringLiteral("postgres://db.example.org/desk") << QString() << QStringLiteral("db.example.org") << -1
            << QStringLiteral("desk") << QStringLiteral("postgresql://db.example.org/desk");
    }

    void parsesLocations()
    {
        QFETCH(QString, text);
        QVERIFY(Db::ServerLocation::isServerLocation(text));
        QString error;
        const std::optional<Db::ServerLocation> location = Db::ServerLocation::parse(text, &error);
        QVERIFY2(location, qPrintable(error));
        QTEST(location->user, "user");
        QTEST(location->host, "host");
        QTEST(location->port, "port");
        QTEST(location->database, "database");
        QTEST(location->toString(), "shown");
        const std::optional<Db::ServerLocation> again = Db::ServerLocation::parse(location->toString(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toString(), location->toString());
    }

    void refusesLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password in the user part")
            << QStringLiteral("postgresql://ana:secret@db.example.org/desk") << QStringLiteral("password");
        QTest::newRow("empty password") << QStringLiteral("postgresql://ana:@db.example.org/desk")
                                        << QStringLiteral("password");
        QTest::newRow("password parameter")
            << QStringLiteral("postgresql://ana@db.example.org/desk?password=secret") << QStringLiteral("password");
        QTest::newRow("no database") << QStringLiteral("postgresql://ana@db.example.org") << QStringLiteral("database");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://ana@db.example.org/desk?options=-c%20x") << QStringLiteral("options");
        QTest::newRow("separator in a value")
            << QStringLiteral("postgresql://ana@db.example.org/desk?sslmode=require%3Bhost%3Devil")
            << QStringLiteral("sslmode");
        QTest::newRow("bad port") << QStringLiteral("postgresql://ana@db.example.org/desk?port=99999")
                                  << QStringLiteral("port");
        QTest::newRow("a file name") << QStringLiteral("/home/ana/desk.attache") << QStringLiteral("server location");
    }

    void refusesLocations()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Db::ServerLocation::parse(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("secret")));
        QVERIFY(!error.contains(u'\n'));
    }

    void connectsToTheServer()
    {
        ATTACHE_SKIP_WITHOUT_POSTGRES();
        Test::PostgresDatabase server;
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        const QString name = QStringLiteral("location-test");
        QString error;
        QVERIFY2(server.location().connect(name, &error), qPrintable(error));
        {
            QSqlQuery query(QSqlDatabase::database(name, false));
            QVERIFY(query.exec(QStringLiteral("SELECT current_database()")) && query.next());
            QCOMPARE(query.value(0).toString(), server.location().database);
        }
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }

    void aMissingDatabaseIsNamed()
    {
        ATTACHE_SKIP_WITHOUT_POSTGRES();
        Test::PostgresDatabase server;
        QVERIFY2(server.isValid(), qPrintable(server.errorString()));
        Db::ServerLocation missing = server.location();
        missing.database = QStringLiteral("no_such_desk");
        QString error;
        const QString name = QStringLiteral("missing-test");
        QVERIFY(!missing.connect(name, &error));
        QVERIFY2(error.contains(QStringLiteral("no_such_desk")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        // A failed connection leaves no name behind, so the caller can try again under it.
        QVERIFY(!QSqlDatabase::contains(name));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
