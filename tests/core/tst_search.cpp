// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "search.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QTest>

using namespace Attache;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempProject> m_project;
    qint64 m_grid = 0;
    qint64 m_trade = 0;
    qint64 m_tag = 0;

    QList<SearchHit> find(const QString &query, const SearchFilter &filter = {}) const
    {
        QList<SearchHit> hits;
        QString error;
        if (!Search((*m_project)->database()).run(query, filter, 50, &hits, &error)) {
            qWarning() << error;
        }
        return hits;
    }

    static QStringList kinds(const QList<SearchHit> &hits)
    {
        QStringList result;
        for (const SearchHit &hit : hits) {
            result.append(SearchHit::kindName(hit.kind) + u':' + QString::number(hit.articleId));
        }
        result.sort();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<Test::TempProject>();
        Article grid;
        grid.title = QStringLiteral("Baltic grid talks stall");
        grid.rawText = grid.cleanText = QStringLiteral(
            "\"The cable must be finished before winter,\" said Latvian Foreign Minister Edgars Rinkēvičs.\n\n"
            "Officials in Brussels discussed SWIFT and sanctions.");
        m_grid = (*m_project)->articles()->add(grid).id;
        Article trade;
        trade.title = QStringLiteral("Trade summit in Hanoi");
        trade.rawText = trade.cleanText
            = QStringLiteral("\"Tariffs will fall next year,\" said Swedish Trade Minister Marta Lindqvist.\n\n"
                             "No sanctions were discussed.");
        m_trade = (*m_project)->articles()->add(trade).id;
        QString error;
        m_tag = (*m_project)->tags()->add({0, 0, QStringLiteral("Energy"), {}, {}}, &error);
        Annotation note;
        note.articleId = m_grid;
        note.note = QStringLiteral("Compare with the Estonian position on interconnectors");
        note.tagIds = {m_tag};
        QVERIFY((*m_project)->annotations()->add(note, &error));
    }

    void cleanup() { m_project.reset(); }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("word in text and quote")
            << QStringLiteral("cable") << QStringList {QStringLiteral("article:1"), QStringLiteral("quote:1")};
        QTest::newRow("accent-insensitive") << QStringLiteral("rinkevics") << QStringList {QStringLiteral("article:1")};
        QTest::newRow("case-insensitive title") << QStringLiteral("HANOI") << QStringList {QStringLiteral("article:2")};
        QTest::newRow("phrase") << QStringLiteral("\"tariffs will fall\"")
                                << QStringList {QStringLiteral("article:2"), QStringLiteral("quote:2")};
        QTest::newRow("prefix") << QStringLiteral("interconnect*") << QStringList {QStringLiteral("annotation:1")};
        QTest::newRow("boolean NOT") << QStringLiteral("sanctions NOT swift")
                                     << QStringList {QStringLiteral("article:2")};
        QTest::newRow("punctuation taken literally")
            << QStringLiteral("SWIFT.") << QStringList {QStringLiteral("article:1")};
        QTest::newRow("nothing") << QStringLiteral("embargo") << QStringList {};
    }

    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(kinds(find(query)), expected);
    }

    void filtersAndSnippets()
    {
        const QList<SearchHit> bySpeaker
            = find(QStringLiteral("said OR will OR must"), {QStringLiteral("marta lindqvist"), {}});
        QCOMPARE(kinds(bySpeaker), QStringList {QStringLiteral("quote:2")});
        QCOMPARE(bySpeaker.constFirst().speaker, QStringLiteral("Marta Lindqvist"));
        QCOMPARE(kinds(find(QStringLiteral("sanctions"), {{}, QStringLiteral("energy")})),
                 QStringList {QStringLiteral("article:1")});
        const QList<SearchHit> snippet = find(QStringLiteral("interconnectors"));
        QVERIFY2(snippet.constFirst().snippet.contains(QStringLiteral("[interconnectors]")),
                 qPrintable(snippet.constFirst().snippet));
        QCOMPARE(snippet.constFirst().articleTitle, QStringLiteral("Baltic grid talks stall"));
    }

    void indexFollowsEveryChange()
    {
        QString error;
        Article grid = *(*m_project)->articles()->article(m_grid);
        grid.title = QStringLiteral("Interconnector deal delayed");
        QVERIFY((*m_project)->articles()->updateMetadata(grid, &error));
        QVERIFY(kinds(find(QStringLiteral("delayed"))).contains(QStringLiteral("article:1")));
        QVERIFY(find(QStringLiteral("stall")).isEmpty());

        Analysis::PeopleRegister registry((*m_project)->database());
        QVERIFY(registry.rejectQuote(m_trade, QStringLiteral("Tariffs will fall next year,"), &error)
                || !error.isEmpty());
        QVERIFY(!kinds(find(QStringLiteral("tariffs"))).contains(QStringLiteral("quote:2")));

        const qint64 annotation = (*m_project)->annotations()->annotationsFor(m_grid).constFirst().id;
        QVERIFY((*m_project)->annotations()->remove(annotation, &error));
        QVERIFY(find(QStringLiteral("estonian")).isEmpty());

        QVERIFY((*m_project)->articles()->remove(m_trade, &error));
        QVERIFY(find(QStringLiteral("hanoi")).isEmpty());
        QVERIFY(find(QStringLiteral("tariffs")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
