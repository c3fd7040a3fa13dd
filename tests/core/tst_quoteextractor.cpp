// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quoteextractor.h"
#include "analysis/speakerkind.h"
#include "analysistesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Attache::Analysis;
using namespace Qt::StringLiterals;
using Attache::Test::findQuote;
using Attache::Test::findSpeaker;
using Attache::Test::speakerName;

class TestQuoteExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("kind");

        QTest::newRow("straight marks, name then cue")
            << u"\"We will not retreat from the coast,\" Admiral Karin Holt told reporters on Monday."_s
            << u"We will not retreat from the coast,"_s << u"Karin Holt"_s << u"direct"_s;
        QTest::newRow("curly marks, inverted cue")
            << u"\u201CThe talks are over,\u201D said Foreign Minister Tomas Varga."_s << u"The talks are over,"_s
            << u"Tomas Varga"_s << u"direct"_s;
        QTest::newRow("inverted cue with appositive")
            << u"\"Nothing has been agreed,\" said Dmitry Orlov, the Kremlin's chief negotiator."_s
            << u"Nothing has been agreed,"_s << u"Dmitry Orlov"_s << u"direct"_s;
        QTest::newRow("partial quote inside a sentence")
            << u"Senator Maria Lopes promised \"swift and painful\" retaliation if the border was crossed."_s
            << u"swift and painful"_s << u"Maria Lopes"_s << u"partial"_s;
        QTest::newRow("participle calling after the main clause")
            << u"Foreign Minister Anna Berg criticised the deal, calling it \"a dangerous precedent\" for the region."_s
            << u"a dangerous precedent"_s << u"Anna Berg"_s << u"partial"_s;
        QTest::newRow("accused someone of")
            << u"Irina Volkova, the ministry's spokeswoman, accused the west of \"adding fuel to the fire\"."_s
            << u"adding fuel to the fire"_s << u"Irina Volkova"_s << u"partial"_s;
        QTest::newRow("fragment verb inside reported speech")
            << u"A Danish government spokesperson said Oslo welcomed the agreement and would \"work closely with "
               "partners\" on it."_s
            << u"work closely with partners"_s << u"a Danish government spokesperson"_s << u"partial"_s;
        QTest::newRow("speech verb inside reported speech")
            << u"Premier Lars Dahl said on Monday that Oslo would respond \"in kind\" to the drills."_s << u"in kind"_s
            << u"Lars Dahl"_s << u"partial"_s;
        QTest::newRow("sources familiar with")
            << u"Sources familiar with the planning said the drills would continue until June."_s
            << u"the drills would continue until June"_s << u"sources familiar with the planning"_s << u"indirect"_s;
        QTest::newRow("people close to") << u"People close to the talks said a deal was near."_s << u"a deal was near"_s
                                         << u"people close to the talks"_s << u"indirect"_s;
        QTest::newRow("subject with a who-clause")
            << u"A Gulf official who requested anonymity said: \"Everyone is hedging.\""_s << u"Everyone is hedging."_s
            << u"a Gulf official"_s << u"direct"_s;
        QTest::newRow("embassy in a capital")
            << u"The Russian embassy in London said the deployment would \"only increase tension\" there."_s
            << u"only increase tension"_s << u"Russian embassy in London"_s << u"partial"_s;
        QTest::newRow("attributed at the end")
            << u"Russia launched a drone attack on Kyiv overnight, Ukraine's air force said on Sunday."_s
            << u"Russia launched a drone attack on Kyiv overnight"_s << u"Ukraine's air force"_s << u"indirect"_s;
        QTest::newRow("attributed at the end, then an aside")
            << u"The missile flew about 600 kilometers, the Joint Chiefs of Staff said, hours before the talks began."_s
            << u"The missile flew about 600 kilometers"_s << u"Joint Chiefs of Staff"_s << u"indirect"_s;
        QTest::newRow("attributed at the end, after a dateline")
            << u"OSLO, Norway (AP) \u2014 The ferry sank near the coast on Tuesday, the Norwegian foreign ministry said."_s
            << u"The ferry sank near the coast on Tuesday"_s << u"Norwegian foreign ministry"_s << u"indirect"_s;
        QTest::newRow("it after an institution")
            << u"The missile flew 600 kilometers, the Joint Chiefs of Staff said. It called the launch \"a clear "
               "provocation\"."_s
            << u"a clear provocation"_s << u"Joint Chiefs of Staff"_s << u"partial"_s;
        QTest::newRow("one of them")
            << u"Two Western diplomats told Reuters that allies had briefed Moscow. \"Nobody wants surprises,\" one "
               "of them said."_s
            << u"Nobody wants surprises,"_s << u"two Western diplomats"_s << u"direct"_s;
        QTest::newRow("one of the officials")
            << u"\"Nobody wants surprises,\" one of the officials said."_s << u"Nobody wants surprises,"_s
            << u"one of the officials"_s << u"direct"_s;
        QTest::newRow("pronoun after a bare full name")
            << u"Rafael Moreno spoke in Vienna. He told reporters that the cameras had been \"offline for months\"."_s
            << u"offline for months"_s << u"Rafael Moreno"_s << u"partial"_s;
        QTest::newRow("according to a statement from")
            << u"\"The world is watching,\" according to a statement from the Danish Foreign Ministry."_s
            << u"The world is watching,"_s << u"Danish Foreign Ministry"_s << u"direct"_s;
        QTest::newRow("dismissed as")
            << u"A spokesman for the foreign ministry, Karim Nasser, dismissed the remarks as \"psychological "
               "warfare\"."_s
            << u"psychological warfare"_s << u"Karim Nasser"_s << u"partial"_s;
        QTest::newRow("pronoun after an unknown aside")
            << u"\"Why should we wait?\" asked President Ana Costa. President Jon Berg, the summit host, struck a "
               "cautious note. The bloc, he said, was \"not seeking to compete with anyone.\""_s
            << u"not seeking to compete with anyone."_s << u"Jon Berg"_s << u"partial"_s;
        QTest::newRow("second fragment in the same sentence")
            << u"Ambassador Lars Dahl argued that the text \"ignored the facts\" and had been drafted \"without "
               "consultation.\""_s
            << u"without consultation."_s << u"Lars Dahl"_s << u"partial"_s;
        QTest::newRow("unnamed source with a participle phrase")
            << u"\"The window is closing,\" an Egyptian official involved in the talks told reporters."_s
            << u"The window is closing,"_s << u"an Egyptian official"_s << u"direct"_s;
        QTest::newRow("quoted as saying, reported")
            << u"The news agency quoted an unnamed emergency official as saying that debris had damaged a roof."_s
            << u"debris had damaged a roof"_s << u"an unnamed emergency official"_s << u"indirect"_s;
        QTest::newRow("quoted as saying, a fragment")
            << u"Xinhua quoted Foreign Ministry spokesperson Lin Wei as saying that Oslo \"calls for restraint.\""_s
            << u"calls for restraint."_s << u"Lin Wei"_s << u"partial"_s;
        QTest::newRow("attributed at the end, then a clause")
            << u"Norway will raise defence spending this year, Prime Minister Anna Berg said on Wednesday as she "
               "presented the country's first security strategy to parliament."_s
            << u"Norway will raise defence spending this year"_s << u"Anna Berg"_s << u"indirect"_s;
        QTest::newRow("attributed at the end by a person")
            << u"The talks will resume next week, Foreign Minister Anna Berg said."_s
            << u"The talks will resume next week"_s << u"Anna Berg"_s << u"indirect"_s;
        QTest::newRow("von der particles")
            << u"\"Europe stands united,\" Commission President Anna von der Berg wrote on X."_s
            << u"Europe stands united,"_s << u"Anna von der Berg"_s << u"direct"_s;
        QTest::newRow("decimal point inside the sentence")
            << u"Minister Anna Berg criticised the $1.2 billion sale, calling it \"a serious violation\" of the "
               "accords."_s
            << u"a serious violation"_s << u"Anna Berg"_s << u"partial"_s;
        QTest::newRow("participle after a dateline")
            << u"OSLO, June 12 (Reuters) - Norway on Monday criticised the $1.2 billion sale, calling it \"a "
               "serious violation\" of the accords."_s
            << u"a serious violation"_s << u"Norway"_s << u"partial"_s;
        QTest::newRow("time between subject and cue")
            << u"Premier Lars Dahl last week said that Oslo \"will not be rushed\" on the question."_s
            << u"will not be rushed"_s << u"Lars Dahl"_s << u"partial"_s;
        QTest::newRow("weekday between subject and cue")
            << u"The Norwegian government on Tuesday warned the bloc against delay, calling the plan \"reckless\"."_s
            << u"reckless"_s << u"Norwegian government"_s << u"partial"_s;
        QTest::newRow("object-taking cue with a clause")
            << u"Norway warned the sale would damage ties with Moscow."_s << u"the sale would damage ties with Moscow"_s
            << u"Norway"_s << u"indirect"_s;
        QTest::newRow("partial clause after said that")
            << u"Lopes said that the embargo \"will stay until the last soldier has left.\""_s
            << u"will stay until the last soldier has left."_s << u"Lopes"_s << u"partial"_s;
        QTest::newRow("quote split around the cue")
            << u"Admiral Karin Holt spoke at the port. \"The ceasefire is fragile,\" Holt said. \"Any provocation "
               "could end it.\""_s
            << u"Any provocation could end it."_s << u"Karin Holt"_s << u"direct"_s;
        QTest::newRow("quote over two paragraphs")
            << u"Ben Okafor, a senior fellow at the Lisbon Policy Institute, said: \"The sanctions have not worked. "
               "The elite has adapted.\n\n\"What we see now is a quieter, more careful regime.\""_s
            << u"What we see now is a quieter, more careful regime."_s << u"Ben Okafor"_s << u"direct"_s;
        QTest::newRow("multi-paragraph quote attributed at its end")
            << u"\"The first winter was the hardest for the families.\n\n\"The second one will be worse,\" "
               "said aid worker Lucia Ferri."_s
            << u"The first winter was the hardest for the families."_s << u"Lucia Ferri"_s << u"direct"_s;
        QTest::newRow("colon after tweeted")
            << u"Minister Lena Park tweeted: \"Our door remains open to anyone who wants peace.\""_s
            << u"Our door remains open to anyone who wants peace."_s << u"Lena Park"_s << u"direct"_s;
        QTest::newRow("nested single quotes")
            << u"\"They call it a 'special operation', but it is a war,\" said Olena Marchuk, a lawmaker from Lviv."_s
            << u"They call it a 'special operation', but it is a war,"_s << u"Olena Marchuk"_s << u"direct"_s;
        QTest::newRow("transcript turn")
            << u"The interview has been edited for length.\n\nMARIA HOLM: I think the summit was a missed "
               "opportunity for both sides."_s
            << u"I think the summit was a missed opportunity for both sides."_s << u"Maria Holm"_s << u"transcript"_s;
        QTest::newRow("pronoun points back")
            << u"Defense Secretary Mark Dunn visited the base on Friday. \"Our troops are ready,\" he said."_s
            << u"Our troops are ready,"_s << u"Mark Dunn"_s << u"direct"_s;
        QTest::newRow("description points back")
            << u"Political analyst Rita Sandoval has followed the talks for years.\n\n\"Neither side wants to "
               "blink first,\" the analyst said."_s
            << u"Neither side wants to blink first,"_s << u"Rita Sandoval"_s << u"direct"_s;
        QTest::newRow("former chief described")
            << u"Former defense chief Paul Renner criticised the deal on Sunday.\n\n\"We were never consulted,\" "
               "the former defense chief told a radio station."_s
            << u"We were never consulted,"_s << u"Paul Renner"_s << u"direct"_s;
        QTest::newRow("quote-only paragraph continues the speaker")
            << u"\"The region needs calm,\" Foreign Minister Lena Park said.\n\n\"Calm is what we are offering "
               "today.\""_s
            << u"Calm is what we are offering today."_s << u"Lena Park"_s << u"direct"_s;
        QTest::newRow("unnamed source") << u"\"We have seen no sign of a withdrawal,\" a senior NATO official said."_s
                                        << u"We have seen no sign of a withdrawal,"_s << u"a senior NATO official"_s
                                        << u"direct"_s;
        QTest::newRow("ministry as speaker")
            << u"The Japanese Foreign Ministry said it was \"deeply concerned\" by the launch."_s
            << u"deeply concerned"_s << u"Japanese Foreign Ministry"_s << u"partial"_s;
        QTest::newRow("capital as speaker") << u"\"This is a provocation,\" Beijing said in a statement."_s
                                            << u"This is a provocation,"_s << u"Beijing"_s << u"direct"_s;
        QTest::newRow("according to")
            << u"According to Deputy Prime Minister Ivan Petrov, \"the deal is done and signed.\""_s
            << u"the deal is done and signed."_s << u"Ivan Petrov"_s << u"direct"_s;
        QTest::newRow("told a newspaper")
            << u"Tomas Varga met the envoy. \"The offer still stands,\" Varga told the Financial Times."_s
            << u"The offer still stands,"_s << u"Tomas Varga"_s << u"direct"_s;
        QTest::newRow("indirect with that")
            << u"Kremlin spokesman Dmitry Orlov noted that the talks would resume next week."_s
            << u"the talks would resume next week"_s << u"Dmitry Orlov"_s << u"indirect"_s;
        QTest::newRow("indirect without that")
            << u"Analyst Rita Sandoval said Moscow would wait for the election."_s
            << u"Moscow would wait for the election"_s << u"Rita Sandoval"_s << u"indirect"_s;
        QTest::newRow("second verb of a coordinated subject")
            << u"Navy spokesman Erik Lund declined to comment but noted that the fleet remained \"ready to sail.\""_s
            << u"ready to sail."_s << u"Erik Lund"_s << u"partial"_s;
        QTest::newRow("name between commas after its role")
            << u"The premier's spokesman, Zoltan Barta, later wrote on X: \"No package will pass without us.\""_s
            << u"No package will pass without us."_s << u"Zoltan Barta"_s << u"direct"_s;
        QTest::newRow("unnamed group in a place")
            << u"Officials in Vilnius said they expected a deal by the end of the month."_s
            << u"they expected a deal by the end of the month"_s << u"officials in Vilnius"_s << u"indirect"_s;
        QTest::newRow("embassy in a capital")
            << u"The Chinese Embassy in Canberra said the patrols were \"a legitimate and necessary response.\""_s
            << u"a legitimate and necessary response."_s << u"Chinese Embassy in Canberra"_s << u"partial"_s;
        QTest::newRow("description of an unnamed source")
            << u"A senior administration official, who spoke on condition of anonymity, said the cabinet had been "
               "briefed. \"We are watching closely,\" the official said."_s
            << u"We are watching closely,"_s << u"a senior administration official"_s << u"direct"_s;
        QTest::newRow("participle cue takes the sentence subject")
            << u"A spokesman for the Northern Alliance disputed that, telling reporters: \"Our units hold the "
               "pass.\""_s
            << u"Our units hold the pass."_s << u"a spokesman for the Northern Alliance"_s << u"direct"_s;
        QTest::newRow("colon after a clause")
            << u"Pavel Brandt, Austria's envoy to the talks, struck a hopeful note: \"Progress is slow but real.\""_s
            << u"Progress is slow but real."_s << u"Pavel Brandt"_s << u"direct"_s;
        QTest::newRow("fragment after that-clause")
            << u"Brandt added that Vienna was \"ready to walk away\" if nothing moved."_s << u"ready to walk away"_s
            << u"Brandt"_s << u"partial"_s;
        QTest::newRow("one sentence split around the cue")
            << u"\"We are ready to talk,\" Minister Lena Park said, \"but not at any price.\""_s
            << u"but not at any price."_s << u"Lena Park"_s << u"direct"_s;
        QTest::newRow("according to after the quote")
            << u"\"The convoy will leave at dawn,\" according to Colonel Ivo Marek."_s
            << u"The convoy will leave at dawn,"_s << u"Ivo Marek"_s << u"direct"_s;
        QTest::newRow("indirect after told someone that")
            << u"Prime Minister Aiko Mori told reporters that Tokyo had lodged a protest."_s
            << u"Tokyo had lodged a protest"_s << u"Aiko Mori"_s << u"indirect"_s;
        QTest::newRow("single quote marks as primary") << u"'We are ready to talk,' said Foreign Secretary Ann Blake."_s
                                                       << u"We are ready to talk,"_s << u"Ann Blake"_s << u"direct"_s;
        QTest::newRow("single marks around a plural possessive")
            << u"\u2018We will not waver. The allies\u2019 resolve is firm,\u2019 Keir Dawson told MPs."_s
            << u"We will not waver. The allies\u2019 resolve is firm,"_s << u"Keir Dawson"_s << u"direct"_s;
        QTest::newRow("ministry after a possessive country")
            << u"Chile's Ministry of Mining said it would \"review every licence\" issued since May."_s
            << u"review every licence"_s << u"Chile's Ministry of Mining"_s << u"partial"_s;
        QTest::newRow("counterpart between commas, then a pronoun")
            << u"Peru's foreign minister, Eva Lozano, spoke first. Her Bolivian counterpart, Rosa Quispe, was "
               "blunter. \"The era of cheap gas is over,\" she said."_s
            << u"The era of cheap gas is over,"_s << u"Rosa Quispe"_s << u"direct"_s;
        QTest::newRow("possessive name before the speaker")
            << u"Minister Lars Ekberg arrived first. Ekberg's counterpart, Pavel Hruby, came an hour later. "
               "\"We have a deal,\" he said."_s
            << u"We have a deal,"_s << u"Pavel Hruby"_s << u"direct"_s;
        QTest::newRow("according to with an appositive, then a pronoun")
            << u"According to Ingrid Solum, a senior fellow at the Polar Institute, the decision reflects domestic "
               "politics. \"Elections are coming,\" she noted."_s
            << u"Elections are coming,"_s << u"Ingrid Solum"_s << u"direct"_s;
        QTest::newRow("according to with an appositive, reported")
            << u"According to Ingrid Solum, a senior fellow at the Polar Institute, the decision reflects domestic "
               "politics."_s
            << u"the decision reflects domestic politics"_s << u"Ingrid Solum"_s << u"indirect"_s;
        QTest::newRow("quote-only paragraph after reported speech")
            << u"Foreign Minister Lena Park said the talks had stalled. She added that a new round was possible."
               "\n\n\"We will try again next week.\""_s
            << u"We will try again next week."_s << u"Lena Park"_s << u"direct"_s;
        QTest::newRow("reported speech after a quote that ends its sentence")
            << u"President Ana Ferreira told reporters that her country \"will not be intimidated.\" Ferreira said "
               "the government was weighing a protest."_s
            << u"the government was weighing a protest"_s << u"Ana Ferreira"_s << u"indirect"_s;
        QTest::newRow("statement presented after a copula")
            << u"Foreign Minister Lena Park met her counterparts in Oslo. The goal, she said, was \"to build a "
               "structure that no outside power could break apart.\""_s
            << u"to build a structure that no outside power could break apart."_s << u"Lena Park"_s << u"direct"_s;
        QTest::newRow("clause presented with was that")
            << u"Foreign Minister Lena Park briefed reporters. Among the comments from Park was that \"no country "
               "can sit this crisis out alone, however far away it seems\" during the session."_s
            << u"no country can sit this crisis out alone, however far away it seems"_s << u"Lena Park"_s
            << u"direct"_s;
        QTest::newRow("short phrase after a copula stays partial")
            << u"Foreign Minister Lena Park said the plan was \"dead on arrival\" in its current form."_s
            << u"dead on arrival"_s << u"Lena Park"_s << u"partial"_s;
        QTest::newRow("speech verb used as a noun")
            << u"Analyst Sara Bell said the Gulf states were \"hedging their bets.\""_s << u"hedging their bets."_s
            << u"Sara Bell"_s << u"partial"_s;
        QTest::newRow("lower-case ministry with its country")
            << u"Chile's foreign ministry welcomed \"any step that lowers tension in the region.\""_s
            << u"any step that lowers tension in the region."_s << u"Chile's foreign ministry"_s << u"partial"_s;
        QTest::newRow("in her view")
            << u"Sara Bell, a fellow at the Lowy Institute, spoke after the vote. In her view, \"the coalition will "
               "not survive the winter.\""_s
            << u"the coalition will not survive the winter."_s << u"Sara Bell"_s << u"direct"_s;
        QTest::newRow("she skips a man already called he")
            << u"\"We are ready,\" said envoy Omar Haddad. He added that talks would resume. The delegation "
               "included Lina Sabbagh, an adviser to the foreign minister. \"Nobody here wants another war,\" she "
               "said."_s
            << u"Nobody here wants another war,"_s << u"Lina Sabbagh"_s << u"direct"_s;
        QTest::newRow("subject after an opening phrase and a long institution")
            << u"\"We are ready,\" said envoy Omar Haddad. Asked about the talks, Ellie Moran of the Council on "
               "Foreign Affairs was cautious. \"I expect no breakthrough,\" she told reporters."_s
            << u"I expect no breakthrough,"_s << u"Ellie Moran"_s << u"direct"_s;
        QTest::newRow("appositive that starts with a country")
            << u"\"We are ready,\" said envoy Omar Haddad. Ali Vaez, Iran project director at the Crisis Group, "
               "disagreed. \"The red lines have not moved,\" he said."_s
            << u"The red lines have not moved,"_s << u"Ali Vaez"_s << u"direct"_s;
        QTest::newRow("marks typed as two apostrophes")
            << u"''The harbour stays closed until the inspectors leave,'' Mayor Elin Sand said on Tuesday."_s
            << u"The harbour stays closed until the inspectors leave,"_s << u"Elin Sand"_s << u"direct"_s;
        QTest::newRow("two apostrophes with a possessive inside")
            << u"Ruth Amsel, a trade analyst, was blunt. ''Beijing's offer is a trap,'' she said."_s
            << u"Beijing's offer is a trap,"_s << u"Ruth Amsel"_s << u"direct"_s;
        QTest::newRow("wire style backticks and apostrophes")
            << u"``We expect a vote next week,'' said Senator Paul Okafor."_s << u"We expect a vote next week,"_s
            << u"Paul Okafor"_s << u"direct"_s;
        QTest::newRow("a quote followed by one with a cue")
            << u"Talks resumed in Vienna. \"We came to listen.\" \"Nothing is agreed yet,\" said envoy Omar Haddad."_s
            << u"We came to listen."_s << u"Omar Haddad"_s << u"direct"_s;
        QTest::newRow("party and state in brackets after the name")
            << u"\"Nobody here wants a shutdown,\" Senate Majority Leader Harold Quist (R-Ohio) said in a statement."_s
            << u"Nobody here wants a shutdown,"_s << u"Harold Quist"_s << u"direct"_s;
        QTest::newRow("an aside without a role word after the name")
            << u"\"The index will not recover this year,\" Carla Wendt, who teaches at Leiden, said on Monday."_s
            << u"The index will not recover this year,"_s << u"Carla Wendt"_s << u"direct"_s;
        QTest::newRow("role noun before the name")
            << u"\"The slide is only beginning,\" political scientist Carla Wendt said."_s
            << u"The slide is only beginning,"_s << u"Carla Wendt"_s << u"direct"_s;
        QTest::newRow("the state a lawmaker is from is not the speaker")
            << u"\"There is a greater goal here,\" said Representative Carl Mendez of Arizona, a co-chair of the "
               "caucus."_s
            << u"There is a greater goal here,"_s << u"Carl Mendez"_s << u"direct"_s;
        QTest::newRow("a country whose name holds a speech verb")
            << u"The deal was signed. \"We will not accept it,\" the United States said on Monday."_s
            << u"We will not accept it,"_s << u"United States"_s << u"direct"_s;
        QTest::newRow("a party label is not part of the name")
            << u"\"We are not just checking numbers,\" Republican Anna Holt said."_s
            << u"We are not just checking numbers,"_s << u"Anna Holt"_s << u"direct"_s;
        QTest::newRow("he skips a woman named before him")
            << u"Governor Helen Whitfield met the mayor, Tomas Reyes, on Friday. \"The budget is balanced,\" Reyes "
               "said. Whitfield left early. \"I expect a long winter for the city,\" he said."_s
            << u"I expect a long winter for the city,"_s << u"Tomas Reyes"_s << u"direct"_s;
        QTest::newRow("a cue that opens the sentence")
            << u"Said Marta Olsen, who grew up on the island, \"We were all so proud of the harbour.\""_s
            << u"We were all so proud of the harbour."_s << u"Marta Olsen"_s << u"direct"_s;
        QTest::newRow("remembered as a cue")
            << u"\"They doubted her at every step,\" remembered Ivo Brandt, the company's former spokesman."_s
            << u"They doubted her at every step,"_s << u"Ivo Brandt"_s << u"direct"_s;
        QTest::newRow("question mark before cue")
            << u"\"Who will pay for the reconstruction?\" asked Marta Silva, the mayor of Porto."_s
            << u"Who will pay for the reconstruction?"_s << u"Marta Silva"_s << u"direct"_s;
        QTest::newRow("state abbreviation with a period in brackets")
            << u"\"The port must reopen before winter,\" Rep. Nora Quill (D-Md.) said on Tuesday."_s
            << u"The port must reopen before winter,"_s << u"Nora Quill"_s << u"direct"_s;
        QTest::newRow("a rank as a surname after a given name")
            << u"\"The ferry will run again in March,\" said Thomas Bishop."_s
            << u"The ferry will run again in March,"_s << u"Thomas Bishop"_s << u"direct"_s;
        QTest::newRow("a name credited after a dash")
            << u"Readers wrote in. \"The harbour has never looked so empty.\" \u2015 Lena Ostrova, Varna"_s
            << u"The harbour has never looked so empty."_s << u"Lena Ostrova"_s << u"direct"_s;
        QTest::newRow("a nationality as a known surname")
            << u"The engineer Paul English toured the dam. \"The cracks are old,\" English said."_s
            << u"The cracks are old,"_s << u"Paul English"_s << u"direct"_s;
        QTest::newRow("inverted cue, a role and then the name")
            << u"\"We saw the convoy at dawn,\" said a local farmer, Ivan Petrov."_s << u"We saw the convoy at dawn,"_s
            << u"Ivan Petrov"_s << u"direct"_s;
        QTest::newRow("a possessive institution's role holder")
            << u"\"No ships were inspected today,\" said the ministry's spokesman Omar Haddad."_s
            << u"No ships were inspected today,"_s << u"Omar Haddad"_s << u"direct"_s;
        QTest::newRow("an adverb between the speaker and the verb")
            << u"\"The bridge will hold,\" Engineer Ada Brun calmly said."_s << u"The bridge will hold,"_s
            << u"Ada Brun"_s << u"direct"_s;
        QTest::newRow("suggested that someone is reported, not speaking")
            << u"Governor Ann Hale boldly suggested that Mayor Tom Lind \"does not want the voters to know.\""_s
            << u"does not want the voters to know."_s << u"Ann Hale"_s << u"partial"_s;
        QTest::newRow("a transcript label inside quotation marks")
            << u"Admiral Karin Holt met the mayor. The transcript reads: \"HOLT: We will not leave the port.\" "
               "\"MARSH: Then we will wait for you.\""_s
            << u"We will not leave the port."_s << u"Karin Holt"_s << u"transcript"_s;
        QTest::newRow("he is the main clause's subject, not the subordinate's")
            << u"Senator Carl Ruiz has argued for weeks that Governor Tom Lind is not ready. \"He has never run a "
               "budget,\" he said."_s
            << u"He has never run a budget,"_s << u"Carl Ruiz"_s << u"direct"_s;
        QTest::newRow("a building named after a person is not that person")
            << u"The developer Mark Halvorsen spoke on Monday. Guests gathered at Halvorsen Tower on Friday. \"The "
               u"view "
               "is the best in the city,\" Mr. Halvorsen said."_s
            << u"The view is the best in the city,"_s << u"Mark Halvorsen"_s << u"direct"_s;
    }

    void findsQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, kind);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        const Quote *found = findQuote(result, quote);
        QVERIFY2(found, qPrintable(u"quote not found: "_s + quote));
        QCOMPARE(text.mid(found->start, found->end - found->start), found->text);
        QCOMPARE(speakerName(result, *found), speaker);
        QCOMPARE(AnalysisResult::kindName(found->kind), kind);
        QVERIFY(!found->cue.isEmpty());
        QVERIFY(found->confidence > 0.0 && found->confidence <= 1.0);
    }

    void keepsQuotedTermsApart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");

        QTest::newRow("scare quote") << u"Critics dismissed the \"reset\" as naive and dangerous."_s << u"reset"_s;
        QTest::newRow("book title") << u"Her memoir \"A World Divided\" became a bestseller in Germany."_s
                                    << u"A World Divided"_s;
        QTest::newRow("so-called") << u"The so-called \"grain corridor\" reopened on Tuesday after a pause."_s
                                   << u"grain corridor"_s;
        QTest::newRow("dubbed name") << u"The drills, dubbed \"Northern Shield,\" were the largest since August."_s
                                     << u"Northern Shield,"_s;
        QTest::newRow("nickname") << u"The village, known locally as \"the fortress\", changed hands twice."_s
                                  << u"the fortress"_s;
    }

    void keepsQuotedTermsApart()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        QVERIFY(!findQuote(result, term));
        bool kept = false;
        for (const QuotedTerm &quoted : result.quotedTerms) {
            kept = kept || quoted.text == term;
        }
        QVERIFY(kept);
    }

    void strayMarksDoNotDerail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");

        QTest::newRow("unclosed mark in an earlier paragraph")
            << u"The opposition called the \"reform a trap for pensioners.\n\nAnna Weiss, the party's spokeswoman, "
               "said: \"We remain hopeful.\""_s
            << u"We remain hopeful."_s << u"Anna Weiss"_s;
        QTest::newRow("stray closing mark before a quote")
            << u"As for the border talks\" between the two sides, envoy Omar Haddad predicted \"they will fail "
               "within a month.\""_s
            << u"they will fail within a month."_s << u"Omar Haddad"_s;
        QTest::newRow("inch mark")
            << u"The shell left a 12\" crater near the school. \"Nobody was hurt,\" said police chief Ali Demir."_s
            << u"Nobody was hurt,"_s << u"Ali Demir"_s;
    }

    void strayMarksDoNotDerail()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        const Quote *found = findQuote(result, quote);
        QVERIFY2(found, qPrintable(u"quote not found: "_s + quote));
        QCOMPARE(speakerName(result, *found), speaker);
        for (const Quote &other : result.quotes) {
            QVERIFY2(other.kind == QuoteKind::Indirect || &other == found, qPrintable(other.text));
        }
    }

    void objectsAreNotReportedSpeech_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("warned someone against") << u"Norway warned the United States against the sale."_s;
        QTest::newRow("warned someone against a planned thing")
            << u"Norway on Monday warned the United States against a planned arms sale to the islands."_s;
        QTest::newRow("warned someone and a time") << u"Norway warned Washington on Tuesday."_s;
        QTest::newRow("stressed a noun") << u"The minister stressed the importance of dialogue with Beijing."_s;
        QTest::newRow("no statement before the comma") << u"In the capital, officials said nothing about the drills."_s;
        QTest::newRow("it without an institution quoted")
            << u"The missile flew 600 kilometers. It called the launch \"a clear provocation\"."_s;
        QTest::newRow("said nothing about")
            << u"The talks went on for hours, the minister said nothing about the outcome to the waiting press."_s;
        QTest::newRow("claimed victory") << u"The ruling party claimed victory in the northern provinces."_s;
    }

    void objectsAreNotReportedSpeech()
    {
        QFETCH(QString, text);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        QVERIFY2(result.quotes.isEmpty(), qPrintable(result.quotes.value(0).text));
    }

    void emptyAndQuotelessText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("only marks") << u"\" \" \u201C \u201D \"\"\""_s;
        QTest::newRow("no quotes") << u"The summit ended without a communique. Delegations left early."_s;
    }

    void emptyAndQuotelessText()
    {
        QFETCH(QString, text);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        for (const Quote &quote : result.quotes) {
            QCOMPARE(quote.kind, QuoteKind::Indirect);
        }
    }

    void randomTextIsSafe()
    {
        // Every combination of marks, names, cues and breaks must give in-range, self-consistent results.
        const QStringList pieces = {u"\""_s,
                                    u"\u201C"_s,
                                    u"\u201D"_s,
                                    u"'"_s,
                                    u"\u2019"_s,
                                    u" said"_s,
                                    u" told"_s,
                                    u" he"_s,
                                    u" the minister"_s,
                                    u" Anna Weiss"_s,
                                    u" Weiss"_s,
                                    u","_s,
                                    u"."_s,
                                    u":"_s,
                                    u"\n\n"_s,
                                    u" a senior official"_s,
                                    u" according to"_s,
                                    u" that"_s,
                                    u" Moscow"_s,
                                    u" MARIA HOLM:"_s,
                                    u" Dr"_s,
                                    u" U.S."_s,
                                    u" ("_s,
                                    u")"_s,
                                    u" \u2014"_s};
        QRandomGenerator random(4);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = int(random.bounded(60));
            for (int i = 0; i < length; ++i) {
                text += pieces.at(random.bounded(qsizetype(pieces.size())));
            }
            const AnalysisResult result = QuoteExtractor::analyze(text);
            for (const Quote &quote : result.quotes) {
                QVERIFY(quote.start >= 0 && quote.start <= quote.end && quote.end <= text.size());
                QCOMPARE(text.mid(quote.start, quote.end - quote.start), quote.text);
                QVERIFY(quote.speaker < result.speakers.size());
                QVERIFY(quote.confidence >= 0.0 && quote.confidence <= 1.0);
            }
        }
    }

    void findsRoles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("kind");

        QTest::newRow("a role with its scope before the name")
            << u"On Saturday, the Union's envoy for the border talks Mirela Kovac visited the capital. \"Both sides "
               "must move now,\" Kovac told reporters."_s
            << u"Mirela Kovac"_s << u"the Union's envoy for the border talks"_s << u"official"_s;
        QTest::newRow("a political scientist is an expert")
            << u"\"The treaty is not near,\" says political scientist Lena Arutyunova."_s << u"Lena Arutyunova"_s
            << u"political scientist"_s << u"expert"_s;
    }

    void findsRoles()
    {
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        QFETCH(QString, role);
        QFETCH(QString, kind);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        const Speaker *found = findSpeaker(result, speaker);
        QVERIFY2(found, qPrintable(u"speaker not found: "_s + speaker));
        QVERIFY2(found->role.contains(role, Qt::CaseInsensitive), qPrintable(found->role));
        QCOMPARE(speakerKindName(found->kind), kind);
    }

    void guessesAreLessSureThanCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");

        QTest::newRow("the sentence is about a person")
            << u"The vote was close. Senator Ana Ferreira later defended her ballot as \"the only honest choice for a "
               "state like ours\" in a letter."_s
            << u"the only honest choice for a state like ours"_s << u"Ana Ferreira"_s;
        QTest::newRow("a short fragment in a sentence about a person")
            << u"The strike went on. Governor Tom Lind wants a \"leaner and fairer\" budget for the port."_s
            << u"leaner and fairer"_s << u"Tom Lind"_s;
        QTest::newRow("after a sentence that ends in an attribution")
            << u"The minister \"felt bound to act\" on the floods, adviser Paul Derks said. \"This is not a side issue "
               "for him. It is the core of his term.\""_s
            << u"This is not a side issue for him. It is the core of his term."_s << u"Paul Derks"_s;
        QTest::newRow("no speaker from a headline line")
            << u"Obama Speech Draws Crowd In Ohio\nThe hall was full. \"We are going to win this state in "
               "November,\" the crowd was told."_s
            << u"We are going to win this state in November,"_s << QString();
    }

    void guessesAreLessSureThanCues()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        const AnalysisResult withCue
            = QuoteExtractor::analyze(u"\"We will sign it tomorrow,\" Senator Ana Ferreira said."_s);
        const AnalysisResult result = QuoteExtractor::analyze(text);
        const Quote *found = findQuote(result, quote);
        QVERIFY2(found, qPrintable(u"quote not found: "_s + quote));
        QCOMPARE(speakerName(result, *found), speaker);
        QVERIFY(found->cue.isEmpty());
        QVERIFY(found->confidence < withCue.quotes.constFirst().confidence);
        QCOMPARE(found->needsReview, found->confidence < QuoteExtractor::kReviewThreshold);
    }

    void lowConfidenceIsFlagged()
    {
        const AnalysisResult result = QuoteExtractor::analyze(u"\"Nobody knows what happens next.\""_s);
        QCOMPARE(result.quotes.size(), 1);
        QCOMPARE(result.quotes.constFirst().speaker, -1);
        QVERIFY(result.quotes.constFirst().needsReview);
    }
};

QTEST_GUILESS_MAIN(TestQuoteExtractor)
#include "tst_quoteextractor.moc"
