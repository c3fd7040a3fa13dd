// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quoteextractor.h"
#include "articlestore.h"
#include "db/sql.h"
#include "peoplestore.h"
#include "tempproject.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Attache;
using namespace Qt::StringLiterals;

namespace {
const QString kText = u"Ben Okafor, a senior fellow at the Lisbon Policy Institute, spoke on Monday. \"The sanctions "
                      "have not worked,\" Okafor said.\n\n\"We will see,\" said Tomas Varga, the foreign minister."_s;
} // namespace

class TestPeopleStore : public QObject
{
    Q_OBJECT

private:
    static qint64 addArticle(Test::TempProject &project, const QString &text)
    {
        Article article;
        article.title = u"Test"_s;
        article.rawText = article.cleanText = text;
        return project->articles()->add(article).id;
    }

private Q_SLOTS:
    void articlesBringAndTakeTheirQuotes()
    {
        Test::TempProject project;
        QVERIFY2(project.isValid(), qPrintable(project.errorString()));
        PeopleStore *people = project->people();
        QSignalSpy analysed(people, &PeopleStore::articleAnalysisChanged);
        const qint64 id = addArticle(project, kText);
        QVERIFY(id > 0);
        QCOMPARE(analysed.size(), 1);
        QCOMPARE(analysed.constFirst().constFirst().toLongLong(), id);
        QVERIFY(people->hasAnalysis(id));
        QVERIFY(people->findPerson(u"Ben Okafor"_s) > 0);

        QString error;
        QVERIFY2(project->articles()->remove(id, &error), qPrintable(error));
        QCOMPARE(analysed.size(), 2);
        QCOMPARE(people->findPerson(u"Ben Okafor"_s), 0);
    }

    void everyWriteIsAnnounced()
    {
        Test::TempProject project;
        QVERIFY2(project.isValid(), qPrintable(project.errorString()));
        PeopleStore *people = project->people();
        const qint64 article = addArticle(project, kText);
        const qint64 okafor = people->findPerson(u"Ben Okafor"_s);
        const qint64 varga = people->findPerson(u"Tomas Varga"_s);
        QVERIFY(okafor > 0 && varga > 0);
        QSignalSpy changed(people, &PeopleStore::peopleChanged);
        QString error;

        QVERIFY2(people->setKind(okafor, Analysis::SpeakerKind::Expert, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(people->person(okafor).kind, Analysis::SpeakerKind::Expert);
        QVERIFY2(people->renamePerson(okafor, u"Benjamin Okafor"_s, &error), qPrintable(error));
        QCOMPARE(changed.size(), 2);
        QVERIFY2(people->reassignQuote(article, u"We will see,"_s, okafor, &error), qPrintable(error));
        QCOMPARE(changed.size(), 3);
        QVERIFY2(people->withdrawCorrection(people->lastCorrectionId(), &error), qPrintable(error));
        QCOMPARE(changed.size(), 4);

        // A write that fails (there is no such person) says nothing.
        QVERIFY(!people->reassignQuote(article, u"We will see,"_s, okafor + varga + 100, &error));
        QCOMPARE(changed.size(), 4);
    }

    void analysisOfAnArticleNeverAnalysed()
    {
        Test::TempProject project;
        QVERIFY2(project.isValid(), qPrintable(project.errorString()));
        PeopleStore *people = project->people();
        const qint64 id = addArticle(project, kText);
        // As in projects made before analysis was stored.
        QSqlQuery query(project->database());
        QVERIFY(Db::exec(query, u"DELETE FROM quotes WHERE article_id = ?"_s, {id}));
        QVERIFY(!people->hasAnalysis(id));
        const std::optional<Article> article = project->articles()->article(id);
        QVERIFY(article);

        const Analysis::AnalysisResult onTheSpot = people->analysisOf(*article);
        QCOMPARE(onTheSpot.quotes.size(), Analysis::QuoteExtractor::analyze(kText).quotes.size());

        QSignalSpy analysed(people, &PeopleStore::articleAnalysisChanged);
        QVERIFY(people->analyzeIfNeeded(*article));
        QCOMPARE(analysed.size(), 1);
        QVERIFY(people->hasAnalysis(id));
        QVERIFY(people->analyzeIfNeeded(*article));
        QCOMPARE(analysed.size(), 1);
    }

    void quoteSpanFindsTheQuote()
    {
        Test::TempProject project;
        QVERIFY2(project.isValid(), qPrintable(project.errorString()));
        const qint64 id = addArticle(project, kText);
        const QVariant quoteId
            = Db::scalar(project->database(), u"SELECT id FROM quotes WHERE article_id = ? ORDER BY start_pos"_s, {id});
        QVERIFY(quoteId.isValid());
        const auto span = project->people()->quoteSpan(quoteId.toLongLong());
        QVERIFY(span);
        QCOMPARE(kText.mid(span->first, span->second - span->first), u"The sanctions have not worked,"_s);
        QVERIFY(!project->people()->quoteSpan(quoteId.toLongLong() + 1000));
    }
};

QTEST_GUILESS_MAIN(TestPeopleStore)
#include "tst_peoplestore.moc"
