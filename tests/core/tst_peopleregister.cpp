// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"
#include "analysis/quoteextractor.h"
#include "articlestore.h"
#include "db/sql.h"
#include "tempproject.h"

#include <QSqlQuery>
#include <QSqlRecord>
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
    qint64 addArticle(Test::TempProject &project, const QString &text, const QString &title = u"Test"_s,
                      const QDate &published = {})
    {
        Article article;
        article.title = title;
        article.outlet = u"Daily"_s;
        article.published = published;
        article.rawText = text;
        article.cleanText = text;
        const ArticleStore::AddResult added = project->articles()->add(article);
        return added.id;
    }

    /**
     * Saves kFirst's analysis (Ben Okafor and an unnamed official) into a new article, then makes Okafor
     * known some other way: "other article" quotes him again, "set-role" edits him, "reassign" names him
     * in a correction. Returns the article's id and Okafor's, or zeros when a step failed.
     */
    std::pair<qint64, qint64> quoteOkafor(Test::TempProject &project, PeopleRegister &people, const QString &before)
    {
        const qint64 first = addArticle(project, kFirst);
        QString error;
        if (!people.saveAnalysis(first, QuoteExtractor::analyze(kFirst), &error)) {
            return {0, 0};
        }
        const qint64 okafor = people.findPerson(u"Ben Okafor"_s);
        bool ok = okafor > 0;
        if (before == u"other article") {
            ok = ok && people.saveAnalysis(addArticle(project, kSecond), QuoteExtractor::analyze(kSecond), &error);
        } else if (before == u"set-role") {
            ok = ok && people.setRole(okafor, u"economist"_s, &error);
        } else if (before == u"reassign") {
            ok = ok && people.reassignQuote(first, u"The sanctions have not worked,"_s, okafor, &error);
        }
        return ok ? std::pair {first, okafor} : std::pair<qint64, qint64> {0, 0};
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

    /**
     * Everything the register holds about people, as sorted text, to compare before and after an undo.
     * An unnamed source is made afresh by every analysis, so its id is left out.
     */
    QStringList registerState(Test::TempProject &project)
    {
        QStringList state;
        QSqlQuery query(project->database());
        const QString id = u"CASE WHEN p.kind = 'unnamed' THEN 'unnamed' ELSE p.id END"_s;
        const QStringList statements {
            u"SELECT 'person', "_s + id + u", name, role, institution, kind, user_edited FROM people p"_s,
            u"SELECT 'alias', "_s + id + u", alias FROM person_aliases a JOIN people p ON p.id = a.person_id"_s,
            u"SELECT 'correction', id, action, person_id, other_id, value FROM corrections"_s,
            u"SELECT 'quote', article_id, start_pos, text, "_s + id
                + u", rejected FROM quotes q LEFT JOIN people p ON p.id = q.person_id"_s};
        for (const QString &statement : statements) {
            if (!Db::exec(query, statement)) {
                return {u"failed: "_s + statement};
            }
            while (query.next()) {
                QStringList row;
                for (int column = 0; column < query.record().count(); ++column) {
                    row.append(query.value(column).toString());
                }
                state.append(row.join(u'|'));
            }
        }
        state.sort();
        return state;
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
        QCOMPARE(record.kind, SpeakerKind::Expert);
        QVERIFY(record.role.contains(u"Lisbon Policy Institute"_s));
        // Two unnamed officials in two articles are not known to be the same person.
        int unnamed = 0;
        for (const PeopleRegister::Person &p : people.people()) {
            unnamed += int(p.kind == SpeakerKind::Unnamed);
        }
        QCOMPARE(unnamed, 2);
        // Saving again replaces, never duplicates.
        QVERIFY(people.saveAnalysis(first, QuoteExtractor::analyze(kFirst), &error));
        QCOMPARE(person(people, okafor).quotes, 2);
    }

    void reanalysisRemovesOnlyPeopleLeftWithNothing_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("kept");
        QTest::newRow("quoted nowhere else") << u""_s << false;
        QTest::newRow("quoted in another article") << u"other article"_s << true;
        QTest::newRow("edited by the user") << u"set-role"_s << true;
        QTest::newRow("named by a correction") << u"reassign"_s << true;
    }

    void reanalysisRemovesOnlyPeopleLeftWithNothing()
    {
        QFETCH(QString, before);
        QFETCH(bool, kept);
        Test::TempProject project;
        PeopleRegister people(project->database());
        const auto [first, okafor] = quoteOkafor(project, people, before);
        QVERIFY(first > 0 && okafor > 0);
        QString error;
        const int corrections = Db::scalar(project->database(), u"SELECT COUNT(*) FROM corrections"_s).toInt();

        // The article now quotes someone else only: Okafor and its unnamed official lose their quotes here.
        const QString edited = u"\"Nothing is agreed yet,\" said Clara Dubois."_s;
        QVERIFY2(people.saveAnalysis(first, QuoteExtractor::analyze(edited), &error), qPrintable(error));
        QCOMPARE(people.person(okafor).id == okafor, kept);
        QVERIFY(people.findPerson(u"Clara Dubois"_s) > 0);
        int unnamed = 0;
        for (const PeopleRegister::Person &p : people.people()) {
            unnamed += int(p.kind == SpeakerKind::Unnamed);
            QVERIFY2(p.quotes > 0 || p.id == okafor, qPrintable(p.name));
        }
        // Only the other article's own unnamed official is left.
        QCOMPARE(unnamed, before == u"other article" ? 1 : 0);
        QCOMPARE(Db::scalar(project->database(), u"SELECT COUNT(*) FROM corrections"_s).toInt(), corrections);
    }

    void removingAnArticleLetsGoOfPeopleOnlyItQuoted_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("kept");
        QTest::newRow("quoted nowhere else") << u""_s << false;
        QTest::newRow("quoted in another article") << u"other article"_s << true;
        QTest::newRow("edited by the user") << u"set-role"_s << true;
    }

    void removingAnArticleLetsGoOfPeopleOnlyItQuoted()
    {
        QFETCH(QString, before);
        QFETCH(bool, kept);
        Test::TempProject project;
        PeopleRegister people(project->database());
        const auto [first, okafor] = quoteOkafor(project, people, before);
        QVERIFY(first > 0 && okafor > 0);
        QString error;
        QVERIFY2(project->articles()->remove(first, &error), qPrintable(error));
        QCOMPARE(people.person(okafor).id == okafor, kept);
        for (const PeopleRegister::Person &p : people.people()) {
            QVERIFY2(p.quotes > 0 || p.id == okafor, qPrintable(p.name));
        }
    }

    void correctionsSurviveReanalysis_data()
    {
        QTest::addColumn<QString>("correction");
        QTest::newRow("not a quote") << u"reject"_s;
        QTest::newRow("reassign") << u"reassign"_s;
        QTest::newRow("rename") << u"rename"_s;
        QTest::newRow("set role and kind") << u"set-role"_s;
        QTest::newRow("set institution") << u"set-institution"_s;
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
            other = p.kind == SpeakerKind::Unnamed ? p.id : other;
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
        } else if (correction == u"set-institution") {
            QVERIFY(people.setInstitution(okafor, u"Lisbon Policy Institute"_s, &error));
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
            QCOMPARE(person(people, okafor).kind, SpeakerKind::Other);
        } else if (correction == u"set-institution") {
            QCOMPARE(people.person(okafor).institution, u"Lisbon Policy Institute"_s);
            QCOMPARE(people.person(okafor).articles, 2);
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

    void countsArticlesAndInstitutions()
    {
        Test::TempProject project;
        PeopleRegister people(project->database());
        const qint64 first = addArticle(project, kFirst);
        const qint64 second = addArticle(project, kSecond);
        QString error;
        QVERIFY(people.saveAnalysis(first, QuoteExtractor::analyze(kFirst), &error));
        QVERIFY(people.saveAnalysis(second, QuoteExtractor::analyze(kSecond), &error));
        const qint64 okafor = people.findPerson(u"Okafor"_s);
        QCOMPARE(people.person(okafor).articles, 2);
        QCOMPARE(people.person(okafor).quotes, 2);
        QVERIFY(people.person(okafor).institution.isEmpty());
        QVERIFY(people.setInstitution(okafor, u"Lisbon Policy Institute"_s, &error));
        QCOMPARE(Db::scalar(project->database(), u"SELECT action FROM corrections WHERE id = ?"_s,
                            {people.lastCorrectionId()})
                     .toString(),
                 u"set-institution"_s);
        QCOMPARE(person(people, okafor).institution, u"Lisbon Policy Institute"_s);
        QCOMPARE(people.person(0).id, 0);
        QVERIFY(people.rejectQuote(second, u"Markets will adapt,"_s, &error));
        QCOMPARE(people.person(okafor).articles, 1);
    }

    void quotesOfArePublishedDateOrder_data()
    {
        QTest::addColumn<QList<QDate>>("dates");
        QTest::addColumn<QStringList>("expected");
        const QDate june(2026, 6, 1);
        const QDate may(2026, 5, 1);
        QTest::newRow("newest imported first") << QList<QDate> {june, may} << QStringList {u"B"_s, u"A"_s};
        QTest::newRow("oldest imported first") << QList<QDate> {may, june} << QStringList {u"A"_s, u"B"_s};
        QTest::newRow("undated last") << QList<QDate> {QDate(), may} << QStringList {u"B"_s, u"A"_s};
    }

    void quotesOfArePublishedDateOrder()
    {
        QFETCH(QList<QDate>, dates);
        QFETCH(QStringList, expected);
        Test::TempProject project;
        PeopleRegister people(project->database());
        const QString second = kFirst + u"\n\n\"Later words,\" Okafor added."_s;
        const qint64 a = addArticle(project, kFirst, u"A"_s, dates.at(0));
        const qint64 b = addArticle(project, second, u"B"_s, dates.at(1));
        QString error;
        QVERIFY(people.saveAnalysis(a, QuoteExtractor::analyze(kFirst), &error));
        QVERIFY(people.saveAnalysis(b, QuoteExtractor::analyze(second), &error));
        const QList<PeopleRegister::PersonQuote> quotes = people.quotesOf(people.findPerson(u"Okafor"_s));
        QCOMPARE(quotes.size(), 3);
        QStringList titles;
        for (const PeopleRegister::PersonQuote &quote : quotes) {
            if (titles.isEmpty() || titles.constLast() != quote.title) {
                titles.append(quote.title);
            }
            QCOMPARE(quote.outlet, u"Daily"_s);
            const QString text = quote.articleId == a ? kFirst : second;
            QCOMPARE(text.mid(quote.start, quote.end - quote.start), quote.text);
        }
        QCOMPARE(titles, expected);
        // Within an article, in text order.
        const qsizetype firstOfB = quotes.at(0).articleId == b ? 0 : 1;
        QVERIFY(quotes.at(firstOfB).start < quotes.at(firstOfB + 1).start);
        QCOMPARE(quotes.at(firstOfB).kind, u"direct"_s);
        QCOMPARE(quotes.at(0).published.isEmpty(), !dates.at(expected.constFirst() == u"A" ? 0 : 1).isValid());
    }

    void personCorrectionsSurviveReanalyzeAll()
    {
        Test::TempProject project;
        PeopleRegister people(project->database());
        const QString third = u"\"We will see,\" said Benedict Okafor."_s;
        addArticle(project, kFirst);
        addArticle(project, kSecond);
        addArticle(project, third);
        QString error;
        QCOMPARE(people.reanalyzeAll(&error), 3);
        const qint64 okafor = people.findPerson(u"Ben Okafor"_s);
        const qint64 benedict = people.findPerson(u"Benedict Okafor"_s);
        QVERIFY(okafor > 0 && benedict > 0 && okafor != benedict);
        QVERIFY(people.mergePeople(okafor, benedict, &error));
        QVERIFY(people.setRole(okafor, u"economist"_s, &error));
        QVERIFY(people.setKind(okafor, SpeakerKind::Journalist, &error));
        QVERIFY(people.setInstitution(okafor, u"Lisbon Policy Institute"_s, &error));
        const qint64 split = people.splitAlias(okafor, u"Okafor"_s, &error);
        QVERIFY(split > 0);
        QCOMPARE(people.reanalyzeAll(&error), 3);
        const PeopleRegister::Person kept = people.person(okafor);
        QCOMPARE(kept.role, u"economist"_s);
        QCOMPARE(kept.kind, SpeakerKind::Journalist);
        QCOMPARE(kept.institution, u"Lisbon Policy Institute"_s);
        QCOMPARE(people.findPerson(u"Benedict Okafor"_s), okafor);
        QCOMPARE(people.findPerson(u"Okafor"_s), split);
        QVERIFY(!kept.aliases.contains(u"Okafor"_s));
        // The first article names him in full, the third as Benedict; the second only as "Okafor".
        QCOMPARE(kept.quotes, 2);
        QCOMPARE(kept.articles, 2);
        QCOMPARE(people.person(split).quotes, 1);
    }

    void restoreUndoesMergeAndSplitExactly_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("merge") << u"merge"_s;
        QTest::newRow("merge three") << u"merge three"_s;
        QTest::newRow("split") << u"split"_s;
    }

    void restoreUndoesMergeAndSplitExactly()
    {
        QFETCH(QString, step);
        Test::TempProject project;
        PeopleRegister people(project->database());
        const QString third = u"\"We will see,\" said Benedict Okafor."_s;
        const qint64 first = addArticle(project, kFirst);
        addArticle(project, kSecond);
        addArticle(project, third);
        QString error;
        QCOMPARE(people.reanalyzeAll(&error), 3);
        const qint64 okafor = people.findPerson(u"Ben Okafor"_s);
        const qint64 benedict = people.findPerson(u"Benedict Okafor"_s);
        qint64 unnamed = 0;
        for (const PeopleRegister::Person &p : people.people()) {
            unnamed = p.kind == SpeakerKind::Unnamed ? p.id : unnamed;
        }
        // A correction that names the merged person must come back with it.
        QVERIFY(people.reassignQuote(first, u"We are watching closely,"_s, benedict, &error));
        QVERIFY(people.setRole(benedict, u"banker"_s, &error));
        // Re-analysis drops people left with nothing (the official whose quote moved): start from that.
        QCOMPARE(people.reanalyzeAll(&error), 3);
        const QStringList before = registerState(project);
        QList<qint64> involved {okafor};
        QList<qint64> made;
        QList<qint64> corrections;
        bool reanalyze = false;
        if (step.startsWith(u"merge")) {
            involved << benedict;
            if (step == u"merge three") {
                involved << unnamed;
            }
            const PeopleRegister::Snapshot snapshot = people.snapshotPeople(involved);
            for (qsizetype i = 1; i < involved.size(); ++i) {
                QVERIFY2(people.mergePeople(okafor, involved.at(i), &error), qPrintable(error));
                corrections << people.lastCorrectionId();
            }
            QCOMPARE(people.person(benedict).id, 0);
            QVERIFY(registerState(project) != before);
            QVERIFY2(people.restorePeople(snapshot, made, corrections, reanalyze, &error), qPrintable(error));
        } else {
            const PeopleRegister::Snapshot snapshot = people.snapshotPeople(involved);
            QCOMPARE(snapshot.articles.size(), 2);
            made << people.splitAlias(okafor, u"Okafor"_s, &error);
            corrections << people.lastCorrectionId();
            reanalyze = true;
            QVERIFY(people.reanalyzeArticles(snapshot.articles, &error));
            QCOMPARE(people.person(made.constFirst()).quotes, 1);
            QVERIFY2(people.restorePeople(snapshot, made, corrections, reanalyze, &error), qPrintable(error));
        }
        QCOMPARE(registerState(project), before);
        QCOMPARE(people.person(benedict).role, u"banker"_s);
    }
};

QTEST_GUILESS_MAIN(TestPeopleRegister)
#include "tst_peopleregister.moc"
