// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "db/searchrank.h"
#include "db/sql.h"
#include "tempproject.h"

#include <QTest>

using namespace Attache;
using namespace Qt::StringLiterals;

// attache_rank must order exactly as FTS5's bm25() does, also after the rows it remembers change.
class TestSearchRank : public QObject
{
    Q_OBJECT

public:
    enum class Change { None, Committed, Uncommitted, RolledBack };
    Q_ENUM(Change)

private:
    std::unique_ptr<Test::TempProject> m_project;
    QList<qint64> m_articles;

    /** Every match's rowid with both scores; fails the test when the query does not run. */
    QList<std::tuple<qint64, double, double>> scores(const QString &match) const
    {
        QSqlQuery query((*m_project)->database());
        const QString sql = u"SELECT rowid, %1(search_index, 5.0, 1.0), bm25(search_index, 5.0, 1.0) "
                            u"FROM search_index WHERE search_index MATCH ? ORDER BY rowid"_s.arg(
                                QLatin1StringView(Db::SearchRank::kFunctionName));
        QString error;
        if (!Db::exec(query, sql, {match}, &error)) {
            qWarning() << error;
            return {};
        }
        QList<std::tuple<qint64, double, double>> rows;
        while (query.next()) {
            rows.append({query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble()});
        }
        return rows;
    }

    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query((*m_project)->database());
        return Db::exec(query, sql, values);
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<Test::TempProject>();
        QVERIFY2(m_project->isValid(), qPrintable(m_project->errorString()));
        m_articles.clear();
        const QStringList texts {
            u"Sanctions on oil were discussed in Brussels."_s,
            u"The minister said sanctions would stay. Sanctions, she said, work slowly; the embargo on oil and gas "
            u"would follow in spring, and the talks on the pipeline would resume after the summer."_s,
            u"Grid talks stalled over the cable. Nobody mentioned oil."_s,
            u"Sanctions sanctions sanctions."_s,
        };
        for (const QString &text : texts) {
            Article article;
            article.title = text.section(u' ', 0, 2);
            article.rawText = article.cleanText = text;
            m_articles.append((*m_project)->articles()->add(article).id);
        }
    }

    void cleanup() { m_project.reset(); }

    void ranksAsBm25_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<Change>("change");
        const QStringList matches {u"sanctions"_s, u"sanc* OR oil"_s, u"\"the minister\" OR cable"_s, u"oil NOT grid"_s,
                                   u"NEAR(talks cable, 5)"_s};
        for (const QString &match : matches) {
            for (const Change change : {Change::None, Change::Committed, Change::Uncommitted, Change::RolledBack}) {
                QTest::addRow("%s, %s", qPrintable(match), QMetaEnum::fromType<Change>().valueToKey(int(change)))
                    << match << change;
            }
        }
    }

    void ranksAsBm25()
    {
        QFETCH(QString, match);
        QFETCH(Change, change);
        // Ranked once first, so that the lengths are remembered before the rows change.
        QVERIFY(!scores(match).isEmpty());
        if (change != Change::None) {
            QVERIFY(exec(u"BEGIN"_s));
            // The shortest article grows many times over, so a stale length would change its score.
            QVERIFY(exec(u"UPDATE articles SET clean_text = clean_text || ? WHERE id = ?"_s,
                         {QString(u" and more words about oil, sanctions and the grid cable"_s).repeated(20),
                          m_articles.constFirst()}));
            if (change == Change::Committed) {
                QVERIFY(exec(u"COMMIT"_s));
            } else if (change == Change::RolledBack) {
                QVERIFY(exec(u"ROLLBACK"_s));
            }
        }
        for (int round = 0; round < 2; ++round) {
            const auto rows = scores(match);
            QVERIFY(!rows.isEmpty());
            for (const auto &[rowid, rank, bm25] : rows) {
                QVERIFY2(qFuzzyCompare(rank, bm25),
                         qPrintable(u"row %1: %2 against bm25 %3"_s.arg(rowid).arg(rank).arg(bm25)));
            }
        }
        if (change == Change::Uncommitted) {
            QVERIFY(exec(u"ROLLBACK"_s));
            const auto rows = scores(match);
            for (const auto &[rowid, rank, bm25] : rows) {
                QVERIFY2(qFuzzyCompare(rank, bm25),
                         qPrintable(u"row %1 after rollback: %2 against bm25 %3"_s.arg(rowid).arg(rank).arg(bm25)));
            }
        }
    }

    void installRefusesAnotherDriver()
    {
        QString error;
        QVERIFY(!Db::SearchRank::install(QSqlDatabase(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchRank)
#include "tst_searchrank.moc"
