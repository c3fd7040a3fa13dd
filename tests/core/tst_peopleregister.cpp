// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"
#include "analysis/quoteextractor.h"
#include "articlestore.h"
#include "db/sql.h"
#include "tempproject.h"

#include <QTest>

using namespace Attache;
using namespace Attache::Analysis;
using namespace Qt::StringLiterals;

namespace {

const QString kFirst = u"Ben Okafor, a senior fellow at the Lisbon Policy Institute, spoke on Monday. \"The sanctions "
                       "have not worked,\" Okafor said.\n\n\"We are watching closely,\" a senior NATO official said."_s;
const QString kSecond = u"\"Markets will adapt,\" Okafor told reporters.\n\n\"Nothing is agreed yet,\" a senior NATO "
                        "official said."_s;

} // namespace

class TestPeopleRegister : public QObject
{
    Q_OBJECT

private:
    qint64 addArticle(Test::TempProject &project, const QString &text)
    {
        Article article;
        article.title = u"Test"_s;
        article.rawText = text;
        article.cleanText = text;
        const ArticleStore::AddResult added = project->articles()->add(article);
        return added.id;
    }

    PeopleRegister::Person person(PeopleRegister &people, qint64 id)
    {
        for (const PeopleRegister::Person &p : people.people()) {
            if (p.id == id) {
                return p;
            }
        }
        return {};
    }

private Q_SLOTS:
    void mergesAcrossArticles()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        PeopleRegister people(project->database());
        const qint64 first = addArticle(project, kFirst);
        const qint64 second = addArticle(project, kSecond);
        QVERIFY(first > 0 && second > 0);
        QString error;
        QVERIFY2(people.saveAnalysis(first, QuoteExtractor::analyze(kFirst), &error), qPrintable(error));
        QVERIFY2(people.saveAnalysis(second, QuoteExtractor::analyze(kSecond), &error), qPrintable(error));
        const qint64 okafor = people.findPerson(u"Ben Okafor"_s);
        QVERIFY(okafor > 0);
        QCOMPARE(people.findPerson(u"Okafor"_s), okafor);
        const PeopleRegister::Person record = person(people, okafor);
        QCOMPARE(record.quotes, 2);
        QCOMPARE(record.kind, u"expert"_s);
        QVERIFY(record.role.contains(u"Lisbon Policy Institute"_s));
        // Two unnamed officials in two articles are not known to be the same person.
        int unnamed = 0;
        for (const PeopleRegister::Person &p : people.people()) {
            unnamed += p.kind == u"unnamed";
        }
        QCOMPARE(unnamed, 2);
        // Saving again replaces, never duplicates.
        QVERIFY(people.saveAnalysis(first, QuoteExtractor::analyze(kFirst), &error));
        QCOMPARE(person(people, okafor).quotes, 2);
    }

    void correctionsSurviveReanalysis_data()
    {
        QTest::addColumn<QString>("correction");
        QTest::newRow("not a quote") << u"reject"_s;
        QTest::newRow("reassign") << u"reassign"_s;
        QTest::newRow("rename") << u"rename"_s;
        QTest::newRow("set role and kind") << u"set-role"_s;
        QTest::newRow("merge") << u"merge"_s;
        QTest::newRow("split") << u"split"_s;
    }

    void correctionsSurviveReanalysis()
    {
        QFETCH(QString, correction);
        Test::TempProject project;
        PeopleRegister people(project->database());
        const qint64 first = addArticle(project, kFirst);
        QString error;
        QVERIFY(people.saveAnalysis(first, QuoteExtractor::analyze(kFirst), &error));
        const qint64 okafor = people.findPerson(u"Ben Okafor"_s);
        const QString quote = u"The sanctions have not worked,"_s;
        const auto quoteField = [&](const char *field) {
            return Db::scalar(project->database(),
                              u"SELECT "_s + QLatin1StringView(field)
                                  + u" FROM quotes WHERE article_id = ? AND text = ?"_s,
                              {first, quote});
        };
        qint64 other = 0;
        for (const PeopleRegister::Person &p : people.people()) {
            other = p.kind == u"unnamed" ? p.id : other;
        }
        if (correction == u"reject") {
            QVERIFY(people.rejectQuote(first, quote, &error));
        } else if (correction == u"reassign") {
            QVERIFY(people.reassignQuote(first, quote, other, &error));
        } else if (correction == u"rename") {
            QVERIFY(people.renamePerson(okafor, u"Benjamin Okafor"_s, &error));
        } else if (correction == u"set-role") {
            QVERIFY(people.setRole(okafor, u"economist"_s, &error));
            QVERIFY(people.setKind(okafor, SpeakerKind::Other, &error));
        } else if (correction == u"merge") {
            // The engine cannot know that "Benedict Okafor" is "Ben Okafor"; the user can.
            const QString third = u"\"We will see,\" said Benedict Okafor."_s;
            const qint64 thirdId = addArticle(project, third);
            QVERIFY(people.saveAnalysis(thirdId, QuoteExtractor::analyze(third), &error));
            other = people.findPerson(u"Benedict Okafor"_s);
            QVERIFY(other > 0 && other != okafor);
            QVERIFY(people.mergePeople(okafor, other, &error));
            QVERIFY(people.saveAnalysis(thirdId, QuoteExtractor::analyze(third), &error));
        } else if (correction == u"split") {
            QVERIFY(people.splitAlias(okafor, u"Okafor"_s, &error) > 0);
        }
        // Re-analysis of this article and a later one must not undo any of it.
        QVERIFY(people.saveAnalysis(first, QuoteExtractor::analyze(kFirst), &error));
        const qint64 second = addArticle(project, kSecond);
        QVERIFY(people.saveAnalysis(second, QuoteExtractor::analyze(kSecond), &error));
        if (correction == u"reject") {
            QCOMPARE(quoteField("rejected").toInt(), 1);
            QCOMPARE(person(people, okafor).quotes, 1);
        } else if (correction == u"reassign") {
            QCOMPARE(quoteField("person_id").toLongLong(), other);
            QCOMPARE(quoteField("confirmed").toInt(), 1);
        } else if (correction == u"rename") {
            QCOMPARE(person(people, okafor).name, u"Benjamin Okafor"_s);
            QCOMPARE(people.findPerson(u"Ben Okafor"_s), okafor);
            QCOMPARE(person(people, okafor).quotes, 2);
        } else if (correction == u"set-role") {
            QCOMPARE(person(people, okafor).role, u"economist"_s);
            QCOMPARE(person(people, okafor).kind, u"other"_s);
        } else if (correction == u"merge") {
            for (const PeopleRegister::Person &p : people.people()) {
                QVERIFY(p.name != u"Benedict Okafor");
            }
            QCOMPARE(people.findPerson(u"Benedict Okafor"_s), okafor);
            QCOMPARE(person(people, okafor).quotes, 3);
        } else if (correction == u"split") {
            const qint64 split = people.findPerson(u"Okafor"_s);
            QVERIFY(split != okafor);
            QCOMPARE(person(people, split).quotes, 1); // the later article names only "Okafor"
        }
        const QVariant count = Db::scalar(project->database(), u"SELECT COUNT(*) FROM corrections"_s);
        QVERIFY(count.toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestPeopleRegister)
#include "tst_peopleregister.moc"
