// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sql.h"
#include "savedsearchstore.h"
#include "tempproject.h"

#include <QSignalSpy>
#include <QTest>

using namespace Attache;

class TestSavedSearchStore : public QObject
{
    Q_OBJECT

private:
    static SavedSearch experts()
    {
        SavedSearch search;
        search.name = QStringLiteral("Experts on Reuters");
        search.query = QStringLiteral("\"power grid\" OR cable*");
        search.filter.kind = QStringLiteral("expert");
        search.filter.outlet = QStringLiteral("Reuters");
        search.filter.institution = QStringLiteral("Institute");
        search.filter.speaker = QStringLiteral("Jonas Müller");
        search.filter.tag = QStringLiteral("Energy");
        search.filter.from = QDate(2024, 1, 1);
        search.filter.to = QDate(2024, 12, 31);
        return search;
    }

private Q_SLOTS:
    void roundTripsEveryField()
    {
        Test::TempProject project;
        SavedSearchStore &store = *project->savedSearches();
        QSignalSpy added(&store, &SavedSearchStore::savedSearchAdded);
        QString error;
        SavedSearch search = experts();
        search.id = store.add(search, &error);
        QVERIFY2(search.id > 0, qPrintable(error));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.constFirst().constFirst().toLongLong(), search.id);
        QCOMPARE(*store.savedSearch(search.id), search);
        QCOMPARE(store.find(QStringLiteral("experts ON reuters"))->id, search.id);
        QVERIFY(!store.find(QStringLiteral("Experts")));

        SavedSearch filterOnly;
        filterOnly.name = QStringLiteral("All officials");
        filterOnly.filter.kind = QStringLiteral("official");
        filterOnly.id = store.add(filterOnly, &error);
        QVERIFY2(filterOnly.id > 0, qPrintable(error));
        QCOMPARE(store.savedSearches(), (QList<SavedSearch> {filterOnly, search}));
        QCOMPARE(Db::scalar(project->database(),
                            QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'saved_search'"))
                     .toInt(),
                 2);
    }

    void invalidSearchesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("no name") << QStringLiteral(" ") << QStringLiteral("cable") << QString() << QDate() << QDate();
        QTest::newRow("name in use, other case")
            << QStringLiteral("EXISTING") << QStringLiteral("cable") << QString() << QDate() << QDate();
        QTest::newRow("nothing to search")
            << QStringLiteral("Empty") << QStringLiteral("  ") << QString() << QDate() << QDate();
        QTest::newRow("unknown kind") << QStringLiteral("Ministers") << QString() << QStringLiteral("minister")
                                      << QDate() << QDate();
        QTest::newRow("dates reversed") << QStringLiteral("Backwards") << QStringLiteral("cable") << QString()
                                        << QDate(2024, 2, 1) << QDate(2024, 1, 1);
    }

    void invalidSearchesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        Test::TempProject project;
        SavedSearchStore &store = *project->savedSearches();
        QString error;
        QVERIFY(store.add({0, QStringLiteral("Existing"), QStringLiteral("grid"), {}}, &error));
        QSignalSpy added(&store, &SavedSearchStore::savedSearchAdded);
        SavedSearch search {0, name, query, {}};
        search.filter.kind = kind;
        search.filter.from = from;
        search.filter.to = to;
        QCOMPARE(store.add(search, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(added.size(), 0);
        QCOMPARE(store.savedSearches().size(), 1);

        // The same checks guard a change; a search may take its own name in another case.
        const SavedSearch before = store.savedSearches().constFirst();
        if (name.compare(before.name, Qt::CaseInsensitive) != 0) {
            search.id = before.id;
            QVERIFY(!store.update(search, &error));
            QCOMPARE(*store.savedSearch(before.id), before);
        }
    }

    void updateRenameAndRemove()
    {
        Test::TempProject project;
        SavedSearchStore &store = *project->savedSearches();
        QString error;
        SavedSearch search = experts();
        search.id = store.add(search, &error);
        const qint64 other = store.add({0, QStringLiteral("Tariffs"), QStringLiteral("tariff*"), {}}, &error);
        QVERIFY2(search.id > 0 && other > 0, qPrintable(error));
        QSignalSpy changed(&store, &SavedSearchStore::savedSearchChanged);
        QSignalSpy removed(&store, &SavedSearchStore::savedSearchRemoved);

        search.name = QStringLiteral("Grid experts");
        search.filter.outlet.clear();
        search.filter.to = QDate();
        QVERIFY2(store.update(search, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(*store.savedSearch(search.id), search);

        // Renaming onto another saved search's name is refused and changes nothing.
        SavedSearch clash = search;
        clash.name = QStringLiteral("tariffs");
        QVERIFY(!store.update(clash, &error));
        QVERIFY2(error.contains(QStringLiteral("tariffs")), qPrintable(error));
        QCOMPARE(*store.savedSearch(search.id), search);
        QCOMPARE(changed.size(), 1);

        QVERIFY(store.remove(search.id, &error));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!store.savedSearch(search.id));
        QVERIFY(!store.remove(search.id, &error));
        QCOMPARE(removed.size(), 1);

        // Putting it back (undo) keeps its id.
        QCOMPARE(store.add(search, &error), search.id);
        QCOMPARE(*store.savedSearch(search.id), search);
    }

    void savedSearchesTravelWithTheProject()
    {
        Test::TempProject project;
        QString error;
        {
            SavedSearchStore &store = *project->savedSearches();
            QVERIFY(store.add(experts(), &error));
        }
        const QString path = project.path();
        project.close();
        ProjectError openError;
        const std::unique_ptr<Project> reopened = Project::open(path, &openError);
        QVERIFY2(reopened, qPrintable(openError.message));
        SavedSearchStore store(reopened->database().connectionName());
        SavedSearch expected = experts();
        expected.id = 1;
        QCOMPARE(store.savedSearches(), QList<SavedSearch> {expected});
    }
};

QTEST_GUILESS_MAIN(TestSavedSearchStore)
#include "tst_savedsearchstore.moc"
