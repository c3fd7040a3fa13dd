// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quoteextractor.h"
#include "analysistesthelpers.h"

#include <QTest>

using namespace Attache::Analysis;
using namespace Qt::StringLiterals;
using Attache::Test::findSpeaker;

class TestAttribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifiesSpeakers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("quotes");

        QTest::newRow("honorific and surname are one person")
            << u"Dr Nadia Farouk, director of the Middle East programme at the Hartwell Institute, said the plan "
               "was unworkable. \"It ignores the refugees,\" Dr Farouk added."_s
            << u"Nadia Farouk"_s << u"Farouk"_s << u"Hartwell Institute"_s << u"expert"_s << 1;
        QTest::newRow("title before the name")
            << u"\"We will respond in kind,\" said Kremlin spokesman Dmitry Orlov."_s << u"Dmitry Orlov"_s << QString()
            << u"spokesman"_s << u"official"_s << 1;
        QTest::newRow("of-phrase title") << u"\"Diplomacy is not dead,\" Secretary of State Laura Kim told reporters."_s
                                         << u"Laura Kim"_s << QString() << u"Secretary of State"_s << u"official"_s
                                         << 1;
        QTest::newRow("journalist from appositive")
            << u"\"The mood in the capital is grim,\" said Tom Reyes, a correspondent for the Daily Ledger."_s
            << u"Tom Reyes"_s << QString() << u"correspondent"_s << u"journalist"_s << 1;
        QTest::newRow("expert of a think tank")
            << u"\"Markets are nervous about the vote,\" said Hannah Cole of the Brookings Institution."_s
            << u"Hannah Cole"_s << QString() << u"Brookings Institution"_s << u"expert"_s << 1;
        QTest::newRow("role from an earlier mention")
            << u"Maj. Gen. Alan Price briefed reporters in Riga.\n\n\"The front is stable,\" Price said."_s
            << u"Alan Price"_s << u"Price"_s << u"Gen."_s << u"official"_s << 1;
        QTest::newRow("middle initial merges")
            << u"Georg K. Lindqvist, a professor at Uppsala University, studies the Arctic. \"The ice is "
               "going,\" Georg Lindqvist said. \"Fast,\" Lindqvist added."_s
            << u"Georg K. Lindqvist"_s << u"Lindqvist"_s << u"professor"_s << u"expert"_s << 2;
        QTest::newRow("organization with of")
            << u"The Indian Ministry of External Affairs said in a statement that \"all options remain open.\""_s
            << u"Indian Ministry of External Affairs"_s << QString() << QString() << u"organization"_s << 1;
        QTest::newRow("unnamed source")
            << u"\"The decision has been taken,\" a senior EU diplomat told reporters in Brussels."_s
            << u"a senior EU diplomat"_s << QString() << u"diplomat"_s << u"unnamed"_s << 1;
        QTest::newRow("description supplies the role")
            << u"Kaja Lind says the bloc cannot afford to blink. \"If we stop now, we reward aggression,\" the "
               "Estonian prime minister says."_s
            << u"Kaja Lind"_s << QString() << u"Estonian prime minister"_s << u"official"_s << 1;
        QTest::newRow("role before commas")
            << u"Ukraine's foreign minister, Dmytro Hrytsenko, thanked the Commission. \"Every sanction brings "
               "peace closer,\" Hrytsenko said."_s
            << u"Dmytro Hrytsenko"_s << u"Hrytsenko"_s << u"foreign minister"_s << u"official"_s << 1;
        QTest::newRow("hyphenated title is not a name")
            << u"\"The fighting must stop now,\" U.N. Secretary-General Maria Lund said."_s << u"Maria Lund"_s
            << QString() << u"Secretary-General"_s << u"official"_s << 1;
        QTest::newRow("shorter form of a long name")
            << u"Iran's chief negotiator, Ali Reza Kamali, rejected that. \"We came with serious proposals,\" "
               "Reza Kamali told state media."_s
            << u"Ali Reza Kamali"_s << u"Reza Kamali"_s << u"chief negotiator"_s << u"official"_s << 1;
        QTest::newRow("rank after a possessive role")
            << u"The coast guard rejected that account. Its spokesman, Commodore Jay Alcantara, posted a video. "
               "\"The aggressors are clear,\" Alcantara wrote."_s
            << u"Jay Alcantara"_s << u"Alcantara"_s << u"spokesman"_s << u"official"_s << 1;
        QTest::newRow("vice president of a think tank is an expert")
            << u"\"Neither side wants a crisis,\" said Paul Werner, vice president at the Lindgren Policy Institute."_s
            << u"Paul Werner"_s << QString() << u"vice president"_s << u"expert"_s << 1;
        QTest::newRow("president of a council stays an official")
            << u"\"The summit will go ahead,\" said Marta Vidal, president of the European Council."_s
            << u"Marta Vidal"_s << QString() << u"president"_s << u"official"_s << 1;
        QTest::newRow("policy director of an association is an expert")
            << u"\"The stockpile has grown sharply,\" said Karen Holt, director for arms control policy at the "
               "Nuclear Safety Association."_s
            << u"Karen Holt"_s << QString() << u"director"_s << u"expert"_s << 1;
        QTest::newRow("director of a ministry department is an official")
            << u"\"The exports will stop,\" said Jan Olsen, director of the trade department at the Ministry of "
               "Economy."_s
            << u"Jan Olsen"_s << QString() << u"director"_s << u"official"_s << 1;
        QTest::newRow("month as a first name")
            << u"\"It works,\" said April Lund, a correspondent for the Daily Ledger. In April the talks ended."_s
            << u"April Lund"_s << QString() << u"correspondent"_s << u"journalist"_s << 1;
        QTest::newRow("role with its place before commas")
            << u"\"We disagree,\" said envoy Li Wen. Norway's ambassador to Japan, Erik Dahl, was less "
               "diplomatic. In an interview, he warned that \"certain forces\" were at work."_s
            << u"Erik Dahl"_s << QString() << u"ambassador to Japan"_s << u"official"_s << 1;
        QTest::newRow("adviser at an NGO is an expert")
            << u"\"It is a ceasefire between rivals,\" said Dana Wolfe, a senior adviser at the Conflict Watch Group."_s
            << u"Dana Wolfe"_s << QString() << u"senior adviser"_s << u"expert"_s << 1;
        QTest::newRow("adviser to a president stays an official")
            << u"\"We will not wait,\" said Omar Haddad, an adviser to the president."_s << u"Omar Haddad"_s
            << QString() << u"adviser"_s << u"official"_s << 1;
        QTest::newRow("nationality as a surname")
            << u"Prof Tracey German, of King's College London, said it was political. \"The numbers matter less "
               "than the message,\" she said."_s
            << u"Tracey German"_s << QString() << u"King's College London"_s << u"expert"_s << 1;
        QTest::newRow("leader of a country") << u"\"The world is big enough,\" said Chinese leader Li Wen."_s
                                             << u"Li Wen"_s << QString() << u"Chinese leader"_s << u"official"_s << 1;
        QTest::newRow("community leader is not an official")
            << u"\"We were not consulted,\" said Ana Ruiz, a community leader in the valley."_s << u"Ana Ruiz"_s
            << QString() << u"community leader"_s << u"other"_s << 1;
        QTest::newRow("role for an institution before commas")
            << u"A spokesman for Iran's foreign ministry, Karim Nasser, dismissed the remarks as \"psychological "
               "warfare\"."_s
            << u"Karim Nasser"_s << QString() << u"spokesman for Iran's foreign ministry"_s << u"official"_s << 1;
        QTest::newRow("role, then the name between commas, after the quote")
            << u"\"There is no proposal for a common currency,\" Norway's foreign secretary, Lars Dahl, told "
               "reporters."_s
            << u"Lars Dahl"_s << QString() << u"foreign secretary"_s << u"official"_s << 1;
        QTest::newRow("vice president of a department is no official")
            << u"\"Every day costs lives,\" said Kate Moss, vice president of global policy at Relief Corps."_s
            << u"Kate Moss"_s << QString() << u"vice president of global policy"_s << u"expert"_s << 1;
        QTest::newRow("president of a country stays an official")
            << u"\"We will not yield,\" said Ana Costa, the president of the republic."_s << u"Ana Costa"_s << QString()
            << u"president"_s << u"official"_s << 1;
        QTest::newRow("envoy to an institution before commas")
            << u"\"We disagree,\" said envoy Li Wen. Sudan's envoy to the U.N., Omar Al-Harith Idris, welcomed it. "
               "In remarks to reporters, he said any solution had to \"come from the Sudanese themselves.\""_s
            << u"Omar Al-Harith Idris"_s << QString() << u"envoy to the U.N."_s << u"official"_s << 1;
        QTest::newRow("former official now at a think tank is an expert")
            << u"\"Both are wrong,\" said Aron Miller, a former State Department negotiator now at the Lindgren "
               "Endowment for Peace."_s
            << u"Aron Miller"_s << QString() << u"former State Department negotiator"_s << u"expert"_s << 1;
        QTest::newRow("head of a centre at a state body is an official")
            << u"\"These were legitimate targets,\" wrote Ivan Koval, who heads a centre at Norway's national "
               "security council."_s
            << u"Ivan Koval"_s << QString() << u"national security council"_s << u"official"_s << 1;
        QTest::newRow("rank as a surname")
            << u"\"We disagree,\" said Lars Dahl, leader of the Christian Democrats. Clara Major, head of research at "
               "the Baltic Institute, said it was overdue. \"Money must follow words,\" she said."_s
            << u"Clara Major"_s << QString() << u"head of research"_s << u"expert"_s << 1;
        QTest::newRow("leader of a party")
            << u"\"A collection of platitudes,\" said Lars Dahl, leader of the Christian Democrats."_s << u"Lars Dahl"_s
            << QString() << u"leader of the Christian Democrats"_s << u"official"_s << 1;
        QTest::newRow("who serves as")
            << u"\"Nobody wants escalation,\" said Priya Nair, who serves as senior analyst at the Delhi Policy "
               "Group."_s
            << u"Priya Nair"_s << QString() << u"Delhi Policy Group"_s << u"expert"_s << 1;
    }

    void identifiesSpeakers()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, alias);
        QFETCH(QString, role);
        QFETCH(QString, kind);
        QFETCH(int, quotes);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        const Speaker *speaker = findSpeaker(result, name);
        QVERIFY2(speaker, qPrintable(u"no speaker "_s + name));
        QCOMPARE(speaker->name, name);
        if (!alias.isEmpty()) {
            QVERIFY2(speaker->aliases.contains(alias), qPrintable(speaker->aliases.join(u", ")));
        }
        QVERIFY2(speaker->role.contains(role), qPrintable(speaker->role));
        QCOMPARE(speakerKindName(speaker->kind), kind);
        int direct = 0;
        for (const Quote &quote : result.quotes) {
            if (quote.kind != QuoteKind::Indirect && quote.speaker >= 0
                && result.speakers.at(quote.speaker).name == name) {
                ++direct;
            }
        }
        QCOMPARE(direct, quotes);
    }

    void mentionedPeopleAreNotSpeakers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("notSpeaker");

        QTest::newRow("mentioned president")
            << u"Under President Carl Jensen the pact was signed. \"It still holds,\" said envoy Omar Haddad."_s
            << u"Carl Jensen"_s;
        QTest::newRow("person inside the quote")
            << u"\"I told Carl Jensen the truth,\" said envoy Omar Haddad."_s << u"Carl Jensen"_s;
        QTest::newRow("subject of a reported clause")
            << u"The minister said Portugal would stay \"for as long as it takes.\" \"We agree,\" said Ana Reis."_s
            << u"Portugal"_s;
        QTest::newRow("object of told") << u"\"The port is closed,\" Haddad told Maria Holm of Radio Nord."_s
                                        << u"Maria Holm"_s;
    }

    void mentionedPeopleAreNotSpeakers()
    {
        QFETCH(QString, text);
        QFETCH(QString, notSpeaker);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        QVERIFY(!result.speakers.isEmpty());
        QVERIFY(!findSpeaker(result, notSpeaker));
    }

    void everyAttributionHasCueAndConfidence()
    {
        const AnalysisResult result = QuoteExtractor::analyze(
            u"\"First,\" said Omar Haddad. \"Second.\"\n\n\"Third point here.\"\n\nHaddad argued that it worked."_s);
        QVERIFY(result.quotes.size() >= 3);
        for (const Quote &quote : result.quotes) {
            QVERIFY(quote.speaker >= 0);
            QVERIFY(!quote.cue.isEmpty());
            QVERIFY(quote.confidence > 0.0 && quote.confidence <= 1.0);
            QCOMPARE(quote.needsReview, quote.confidence < QuoteExtractor::kReviewThreshold);
        }
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
