// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "db/sql.h"
#include "search.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QTest>

using namespace Attache;
using namespace Qt::StringLiterals;

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

    bool setPerson(const QString &name, const QString &kind, const QString &institution) const
    {
        QSqlQuery query((*m_project)->database());
        return Db::exec(query, QStringLiteral("UPDATE people SET kind = ?, institution = ? WHERE name = ?"),
                        {kind, institution, name})
            && query.numRowsAffected() == 1;
    }

    qint64 count(const QString &sql) const { return Db::scalar((*m_project)->database(), sql).toLongLong(); }

    /** The index holds exactly one entry per article, annotation and accepted quote, and FTS5 finds it sound. */
    bool indexIsConsistent() const
    {
        QSqlQuery check((*m_project)->database());
        if (!Db::exec(check, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('integrity-check')"))) {
            return false;
        }
        return count(QStringLiteral("SELECT count(*) FROM search_index"))
            == count(QStringLiteral("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM annotations) "
                                    "+ (SELECT count(*) FROM quotes WHERE rejected = 0)"))
            && count(QStringLiteral("SELECT count(*) FROM quotes q WHERE rejected = 0 AND NOT EXISTS (SELECT 1 "
                                    "FROM search_index s WHERE s.rowid = q.id * 4 + 2 AND s.body = q.text)"))
            == 0
            && count(QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_index s "
                                    "WHERE s.rowid = a.id * 4 AND s.title = a.title AND s.body = a.clean_text)"))
            == 0;
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<Test::TempProject>();
        Article grid;
        grid.title = QStringLiteral("Baltic grid talks stall");
        grid.outlet = QStringLiteral("Reuters");
        grid.published = QDate(2024, 3, 1);
        grid.rawText = grid.cleanText = QStringLiteral(
            "\"The cable must be finished before winter,\" said Latvian Foreign Minister Edgars Rinkēvičs.\n\n"
            "\"Delays are likely,\" said Jonas Müller, an analyst at the Baltic Institute.\n\n"
            "Officials in Brussels discussed SWIFT and sanctions.");
        m_grid = (*m_project)->articles()->add(grid).id;
        Article trade;
        trade.title = QStringLiteral("Trade summit in Hanoi");
        trade.outlet = QStringLiteral("AP");
        trade.published = QDate(2024, 5, 10);
        trade.rawText = trade.cleanText
            = QStringLiteral("\"Tariffs will fall next year,\" said Swedish Trade Minister Marta Lindqvist.\n\n"
                             "No sanctions were discussed. Zelenskyy was not invited.");
        m_trade = (*m_project)->articles()->add(trade).id;
        QVERIFY(setPerson(QStringLiteral("Edgars Rinkēvičs"), QStringLiteral("official"),
                          QStringLiteral("Ministry of Foreign Affairs")));
        QVERIFY(
            setPerson(QStringLiteral("Jonas Müller"), QStringLiteral("expert"), QStringLiteral("Baltic Institute")));
        QVERIFY(setPerson(QStringLiteral("Marta Lindqvist"), QStringLiteral("official"),
                          QStringLiteral("Ministry of Trade")));
        QString error;
        m_tag = (*m_project)->tags()->add({0, 0, QStringLiteral("Energy"), {}, {}}, &error);
        const qint64 gridTag = (*m_project)->tags()->add({0, m_tag, QStringLiteral("Grid"), {}, {}}, &error);
        const qint64 tradeTag = (*m_project)->tags()->add({0, 0, QStringLiteral("Trade"), {}, {}}, &error);
        QVERIFY2(gridTag > 0 && tradeTag > 0, qPrintable(error));
        Annotation note;
        note.articleId = m_grid;
        note.note = QStringLiteral("Compare with the Estonian position on interconnectors");
        note.tagIds = {gridTag};
        QVERIFY((*m_project)->annotations()->add(note, &error));
        QSqlQuery query((*m_project)->database());
        QVERIFY(Db::exec(query, QStringLiteral("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)"),
                         {m_trade, tradeTag}));
    }

    void cleanup() { m_project.reset(); }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString article1 = QStringLiteral("article:1");
        const QString article2 = QStringLiteral("article:2");
        QTest::newRow("word in text and quote")
            << QStringLiteral("cable") << QStringList {article1, QStringLiteral("quote:1")};
        QTest::newRow("accent-insensitive") << QStringLiteral("rinkevics") << QStringList {article1};
        QTest::newRow("accents as written") << QStringLiteral("Rinkēvičs") << QStringList {article1};
        QTest::newRow("umlaut as written") << QStringLiteral("Müller") << QStringList {article1};
        QTest::newRow("umlaut left out") << QStringLiteral("muller") << QStringList {article1};
        QTest::newRow("umlaut upper case") << QStringLiteral("MÜLLER") << QStringList {article1};
        QTest::newRow("name as written") << QStringLiteral("Zelenskyy") << QStringList {article2};
        QTest::newRow("name lower case") << QStringLiteral("zelenskyy") << QStringList {article2};
        QTest::newRow("case-insensitive title") << QStringLiteral("HANOI") << QStringList {article2};
        QTest::newRow("phrase") << QStringLiteral("\"tariffs will fall\"")
                                << QStringList {article2, QStringLiteral("quote:2")};
        QTest::newRow("phrase out of order") << QStringLiteral("\"fall will tariffs\"") << QStringList {};
        QTest::newRow("prefix") << QStringLiteral("interconnect*") << QStringList {QStringLiteral("annotation:1")};
        QTest::newRow("prefix in quotes")
            << QStringLiteral("tarif*") << QStringList {article2, QStringLiteral("quote:2")};
        QTest::newRow("implicit AND") << QStringLiteral("sanctions swift") << QStringList {article1};
        QTest::newRow("boolean AND") << QStringLiteral("sanctions AND zelenskyy") << QStringList {article2};
        QTest::newRow("boolean OR") << QStringLiteral("hanoi OR brussels") << QStringList {article1, article2};
        QTest::newRow("boolean NOT") << QStringLiteral("sanctions NOT swift") << QStringList {article2};
        QTest::newRow("grouping") << QStringLiteral("(hanoi OR brussels) NOT swift") << QStringList {article2};
        QTest::newRow("punctuation taken literally") << QStringLiteral("SWIFT.") << QStringList {article1};
        QTest::newRow("nothing") << QStringLiteral("embargo") << QStringList {};
    }

    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(kinds(find(query)), expected);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("institution");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        const QString article1 = QStringLiteral("article:1");
        const QString article2 = QStringLiteral("article:2");
        const QString note1 = QStringLiteral("annotation:1");
        const QString quote1 = QStringLiteral("quote:1");
        const QString quote2 = QStringLiteral("quote:2");
        const QStringList everything1 {note1, article1, quote1, quote1};
        const QStringList everything2 {article2, quote2};
        const QString none;
        const QDate any;
        QTest::newRow("speaker by name") << u"tariffs"_s << u"marta lindqvist"_s << none << none << none << none << any
                                         << any << QStringList {quote2};
        QTest::newRow("speaker keeps quotes only") << u"said OR likely"_s << u"Jonas Müller"_s << none << none << none
                                                   << none << any << any << QStringList {quote1};
        QTest::newRow("speaker without words")
            << none << u"JONAS Müller"_s << none << none << none << none << any << any << QStringList {quote1};
        QTest::newRow("kind official") << none << none << u"official"_s << none << none << none << any << any
                                       << QStringList {quote1, quote2};
        QTest::newRow("kind expert") << none << none << u"expert"_s << none << none << none << any << any
                                     << QStringList {quote1};
        QTest::newRow("kind nobody has") << none << none << u"journalist"_s << none << none << none << any << any
                                         << QStringList {};
        QTest::newRow("institution part")
            << none << none << none << u"baltic"_s << none << none << any << any << QStringList {quote1};
        QTest::newRow("institution shared")
            << none << none << none << u"Ministry"_s << none << none << any << any << QStringList {quote1, quote2};
        QTest::newRow("institution wildcard taken literally")
            << none << none << none << u"%"_s << none << none << any << any << QStringList {};
        QTest::newRow("parent tag takes its children")
            << none << none << none << none << u"energy"_s << none << any << any << everything1;
        QTest::newRow("child tag") << none << none << none << none << u"Grid"_s << none << any << any << everything1;
        QTest::newRow("article tag") << none << none << none << none << u"trade"_s << none << any << any << everything2;
        QTest::newRow("tag with words") << u"sanctions"_s << none << none << none << u"energy"_s << none << any << any
                                        << QStringList {article1};
        QTest::newRow("unknown tag") << none << none << none << none << u"shipping"_s << none << any << any
                                     << QStringList {};
        QTest::newRow("outlet") << none << none << none << none << none << u"reuters"_s << any << any << everything1;
        QTest::newRow("outlet with words")
            << u"sanctions"_s << none << none << none << none << u"AP"_s << any << any << QStringList {article2};
        QTest::newRow("from date") << none << none << none << none << none << none << QDate(2024, 4, 1) << any
                                   << everything2;
        QTest::newRow("to date") << none << none << none << none << none << none << any << QDate(2024, 4, 1)
                                 << everything1;
        QTest::newRow("dates inclusive") << none << none << none << none << none << none << QDate(2024, 3, 1)
                                         << QDate(2024, 5, 10)
                                         << QStringList {note1, article1, article2, quote1, quote1, quote2};
        QTest::newRow("kind and outlet") << none << none << u"official"_s << none << none << u"Reuters"_s << any << any
                                         << QStringList {quote1};
        QTest::newRow("kind and date") << none << none << u"official"_s << none << none << none << QDate(2024, 4, 1)
                                       << any << QStringList {quote2};
        QTest::newRow("words, tag and kind") << u"winter OR likely"_s << none << u"official"_s << none << u"energy"_s
                                             << none << any << any << QStringList {quote1};
        QTest::newRow("words and institution") << u"likely OR tariffs"_s << none << none << u"ministry"_s << none
                                               << none << any << any << QStringList {quote2};
        QTest::newRow("everything at once")
            << u"cable"_s << u"Edgars Rinkēvičs"_s << u"official"_s << u"foreign"_s << u"grid"_s << u"reuters"_s
            << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QStringList {quote1};
        QTest::newRow("filters that exclude each other")
            << none << none << u"expert"_s << none << u"trade"_s << none << any << any << QStringList {};
    }

    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QString, speaker);
        QFETCH(QString, kind);
        QFETCH(QString, institution);
        QFETCH(QString, tag);
        QFETCH(QString, outlet);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        QCOMPARE(kinds(find(query, {speaker, tag, kind, institution, outlet, from, to})), expected);
    }

    void invalidSearches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("no words, no filter") << QStringLiteral("  ") << QString() << QDate() << QDate();
        QTest::newRow("unknown kind") << QStringLiteral("cable") << QStringLiteral("minister") << QDate() << QDate();
        QTest::newRow("dates reversed") << QString() << QString() << QDate(2024, 5, 1) << QDate(2024, 4, 1);
    }

    void invalidSearches()
    {
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        SearchFilter filter;
        filter.kind = kind;
        filter.from = from;
        filter.to = to;
        QList<SearchHit> hits;
        QString error;
        QVERIFY(!Search((*m_project)->database()).run(query, filter, 50, &hits, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(hits.isEmpty());
    }

    void rankingSnippetsAndLimit()
    {
        const QList<SearchHit> hits = find(QStringLiteral("sanctions OR grid OR cable"));
        QVERIFY(hits.size() >= 3);
        for (qsizetype i = 1; i < hits.size(); ++i) {
            QVERIFY(hits.at(i - 1).rank <= hits.at(i).rank);
        }
        // The title weighs more than the body: the article with "grid" in its title comes first.
        QCOMPARE(kinds({hits.constFirst()}), QStringList {QStringLiteral("article:1")});

        SearchFilter lindqvist;
        lindqvist.speaker = QStringLiteral("marta lindqvist");
        const QList<SearchHit> bySpeaker = find(QStringLiteral("tariffs"), lindqvist);
        QCOMPARE(bySpeaker.constFirst().speaker, QStringLiteral("Marta Lindqvist"));
        QCOMPARE(bySpeaker.constFirst().articleTitle, QStringLiteral("Trade summit in Hanoi"));
        const QList<SearchHit> snippet = find(QStringLiteral("interconnectors"));
        QVERIFY2(snippet.constFirst().snippet.contains(QStringLiteral("[interconnectors]")),
                 qPrintable(snippet.constFirst().snippet));
        QCOMPARE(snippet.constFirst().articleTitle, QStringLiteral("Baltic grid talks stall"));

        QList<SearchHit> limited;
        QString error;
        QVERIFY(Search((*m_project)->database()).run(QStringLiteral("sanctions"), {}, 1, &limited, &error));
        QCOMPARE(limited.size(), 1);

        // Without words, the newest article comes first.
        SearchFilter outlets;
        outlets.from = QDate(2020, 1, 1);
        QCOMPARE(find({}, outlets).constFirst().articleId, m_trade);
        QCOMPARE(Search((*m_project)->database()).outlets(),
                 (QStringList {QStringLiteral("AP"), QStringLiteral("Reuters")}));
    }

    void limitKeepsTheBestWithTheirSnippets_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("prefix") << u"sanc* OR said OR grid"_s << QString();
        QTest::newRow("prefix, filtered") << u"cab* OR del* OR interconnect*"_s << u"reuters"_s;
        QTest::newRow("phrase") << u"\"foreign minister\" OR cable"_s << QString();
        QTest::newRow("near") << u"NEAR(said minister, 3)"_s << QString();
    }

    void limitKeepsTheBestWithTheirSnippets()
    {
        QFETCH(QString, query);
        QFETCH(QString, outlet);
        SearchFilter filter;
        filter.outlet = outlet;
        const QList<SearchHit> all = find(query, filter);
        QVERIFY(all.size() >= 2);
        for (const SearchHit &hit : all) {
            QVERIFY2(hit.snippet.contains(Search::kSnippetOpen) && hit.snippet.contains(Search::kSnippetClose),
                     qPrintable(hit.snippet));
        }
        for (int limit = 1; limit < all.size(); ++limit) {
            QList<SearchHit> best;
            QString error;
            QVERIFY2(Search((*m_project)->database()).run(query, filter, limit, &best, &error), qPrintable(error));
            QCOMPARE(best.size(), limit);
            for (int i = 0; i < limit; ++i) {
                QCOMPARE(best.at(i).kind, all.at(i).kind);
                QCOMPARE(best.at(i).id, all.at(i).id);
                QCOMPARE(best.at(i).snippet, all.at(i).snippet);
            }
        }
    }

    void indexFollowsEveryChange()
    {
        QVERIFY(indexIsConsistent());
        QString error;
        Article grid = *(*m_project)->articles()->article(m_grid);
        grid.title = QStringLiteral("Interconnector deal delayed");
        QVERIFY((*m_project)->articles()->updateMetadata(grid, &error));
        QVERIFY(kinds(find(QStringLiteral("delayed"))).contains(QStringLiteral("article:1")));
        QVERIFY(find(QStringLiteral("stall")).isEmpty());
        QVERIFY(indexIsConsistent());

        // Metadata the filters read is used as it is now.
        grid.outlet = QStringLiteral("Bloomberg");
        QVERIFY((*m_project)->articles()->updateMetadata(grid, &error));
        SearchFilter bloomberg;
        bloomberg.outlet = QStringLiteral("bloomberg");
        QCOMPARE(kinds(find(QStringLiteral("delayed"), bloomberg)), QStringList {QStringLiteral("article:1")});

        Analysis::PeopleRegister registry((*m_project)->database());
        QVERIFY(registry.rejectQuote(m_trade, QStringLiteral("Tariffs will fall next year,"), &error)
                || !error.isEmpty());
        QVERIFY(!kinds(find(QStringLiteral("tariffs"))).contains(QStringLiteral("quote:2")));
        QVERIFY(indexIsConsistent());

        // Re-analysis rewrites the quotes; the index follows without doubling them.
        QVERIFY(registry.reanalyzeAll(&error) >= 0);
        QCOMPARE(kinds(find(QStringLiteral("cable"))),
                 (QStringList {QStringLiteral("article:1"), QStringLiteral("quote:1")}));
        QVERIFY(indexIsConsistent());

        Annotation annotation = (*m_project)->annotations()->annotationsFor(m_grid).constFirst();
        annotation.note = QStringLiteral("Latvia and Lithuania disagree");
        QVERIFY((*m_project)->annotations()->update(annotation, &error));
        QVERIFY(find(QStringLiteral("estonian")).isEmpty());
        QCOMPARE(kinds(find(QStringLiteral("lithuania"))), QStringList {QStringLiteral("annotation:1")});
        QVERIFY(indexIsConsistent());

        QVERIFY((*m_project)->annotations()->remove(annotation.id, &error));
        QVERIFY(find(QStringLiteral("lithuania")).isEmpty());
        QVERIFY(indexIsConsistent());

        QVERIFY((*m_project)->articles()->remove(m_trade, &error));
        QVERIFY(find(QStringLiteral("hanoi")).isEmpty());
        QVERIFY(find(QStringLiteral("tariffs")).isEmpty());
        QVERIFY(indexIsConsistent());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
