// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"
#include "analysis/quoteextractor.h"
#include "articlestore.h"
#include "clirunner.h"
#include "tempproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Attache;
using namespace Qt::StringLiterals;
using Attache::Test::runCli;

namespace {

const QString kMay = u"\"The sanctions have not worked,\" said Ben Okafor, a senior fellow at the Lisbon Policy "
                     "Institute.\n\n\"Nothing is agreed yet,\" a senior NATO official said."_s;
const QString kJune = u"\"Markets will adapt,\" Ben Okafor told reporters.\n\n\"We wait,\" Okafor added."_s;

} // namespace

class TestCliSpeakers : public QObject
{
    Q_OBJECT

private:
    /** A project with Okafor quoted in a June article imported first and a May article imported second. */
    QString makeProject(Test::TempProject &project)
    {
        if (!addArticles(project)) {
            return {};
        }
        const QString path = project.path();
        project.close();
        return path;
    }

    bool addArticles(Test::TempProject &project)
    {
        Analysis::PeopleRegister people(project->database());
        for (const auto &[text, date, title] :
             {std::tuple {kJune, QDate(2026, 6, 2), u"June"_s}, std::tuple {kMay, QDate(2026, 5, 4), u"May"_s}}) {
            Article article;
            article.title = title;
            article.outlet = u"Daily"_s;
            article.published = date;
            article.rawText = article.cleanText = text;
            const qint64 id = project->articles()->add(article).id;
            if (id <= 0 || !people.saveAnalysis(id, Analysis::QuoteExtractor::analyze(text))) {
                return false;
            }
        }
        return people.setInstitution(people.findPerson(u"Ben Okafor"_s), u"Lisbon Policy Institute"_s);
    }

private Q_SLOTS:
    void listsInstitutionAndArticles()
    {
        Test::TempProject project;
        const QString path = makeProject(project);
        QVERIFY(!path.isEmpty());
        const auto listed = runCli({u"speakers"_s, path, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray speakers = QJsonDocument::fromJson(listed.out).object().value(u"speakers").toArray();
        QJsonObject okafor;
        for (const QJsonValue &value : speakers) {
            if (value.toObject().value(u"name").toString() == u"Ben Okafor") {
                okafor = value.toObject();
            }
        }
        QCOMPARE(okafor.value(u"institution").toString(), u"Lisbon Policy Institute"_s);
        QCOMPARE(okafor.value(u"articles").toInt(), 2);
        QCOMPARE(okafor.value(u"quotes").toInt(), 3);
        // The keys from before are all still there.
        for (const char *key : {"id", "name", "aliases", "role", "kind", "quotes"}) {
            QVERIFY2(okafor.contains(QLatin1StringView(key)), key);
        }
        QVERIFY(speakers.at(0).toObject().value(u"institution").isNull()
                || speakers.at(1).toObject().value(u"institution").isNull());

        const auto text = runCli({u"speakers"_s, path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Ben Okafor (expert, ")
                     && text.out.contains("Lisbon Policy Institute): 3 quotes in 2 articles"),
                 text.out.constData());
    }

    void personQuotesInDateOrder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("full name") << u"Ben Okafor"_s;
        QTest::newRow("alias, other case") << u"okafor"_s;
    }

    void personQuotesInDateOrder()
    {
        QFETCH(QString, name);
        Test::TempProject project;
        const QString path = makeProject(project);
        QVERIFY(!path.isEmpty());
        const auto result = runCli({u"speakers"_s, path, u"--person"_s, name, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(u"person").toObject().value(u"name").toString(), u"Ben Okafor"_s);
        const QJsonArray quotes = object.value(u"quotes").toArray();
        QCOMPARE(quotes.size(), 3);
        QCOMPARE(quotes.at(0).toObject().value(u"title").toString(), u"May"_s);
        QCOMPARE(quotes.at(0).toObject().value(u"published").toString(), u"2026-05-04"_s);
        QCOMPARE(quotes.at(0).toObject().value(u"text").toString(), u"The sanctions have not worked,"_s);
        QCOMPARE(quotes.at(1).toObject().value(u"text").toString(), u"Markets will adapt,"_s);
        QCOMPARE(quotes.at(2).toObject().value(u"text").toString(), u"We wait,"_s);
        for (const QJsonValue &value : quotes) {
            const QJsonObject quote = value.toObject();
            QCOMPARE(quote.value(u"outlet").toString(), u"Daily"_s);
            QCOMPARE(quote.value(u"kind").toString(), u"direct"_s);
            QVERIFY(quote.value(u"article_id").toInteger() > 0);
            const QString source = quote.value(u"title").toString() == u"May" ? kMay : kJune;
            const qint64 start = quote.value(u"start").toInteger();
            QCOMPARE(source.mid(start, quote.value(u"end").toInteger() - start), quote.value(u"text").toString());
        }

        const auto text = runCli({u"speakers"_s, path, u"--person"_s, name});
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(0), "Ben Okafor: 3 quotes in 2 articles");
        QCOMPARE(lines.at(1), "2026-05-04  May (Daily)");
        QVERIFY(lines.at(2).contains("The sanctions have not worked,"));
        QVERIFY(lines.at(3).startsWith("2026-06-02  June"));
    }

    void unknownPersonIsAnInputError()
    {
        Test::TempProject project;
        const QString path = makeProject(project);
        const auto result = runCli({u"speakers"_s, path, u"--person"_s, u"Nobody Here"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("Nobody Here"));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSpeakers)
#include "tst_clispeakers.moc"
