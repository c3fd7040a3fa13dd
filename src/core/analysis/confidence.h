// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * The confidence stage: how likely each kind of evidence is to name the right speaker.
 *
 * Every value is the share of attributions of that kind that named the gold speaker on PolNeAR train
 * (7,400 direct and partial quotes of 2016 US political news), checked on PolNeAR dev and the
 * foreign-policy excerpts (docs/analysis.md has the table). A confidence is therefore a probability:
 * of the quotes shown at 0.75, about three in four have the right speaker. Kinds that PolNeAR cannot
 * measure (unnamed sources, which its gold leaves out) keep a cautious prior, said so beside them.
 */
namespace Attache::Analysis::Confidence {

/** A name next to a speech verb: "…," Lukin said; said Kremlin spokesman Dmitry Peskov. Train 0.95. */
constexpr double kNamedSpeaker = 0.95;
/** A transcript label: "PESKOV: …". Not in PolNeAR; fp and seed 1.00. */
constexpr double kTranscript = 0.9;
/** "he said", "she added": the pronoun resolved to the latest fitting subject or speaker. Train 0.74. */
constexpr double kPronoun = 0.75;
/** The next quote of the same sentence or paragraph, after a quote with a cue. Train 0.89. */
constexpr double kContinuation = 0.9;
/** A quote that continues an unclosed one from the previous paragraph. Train 7 of 7. */
constexpr double kRunOnQuote = 0.9;
/** A paragraph that is only a quote, after a paragraph with a speaker. Train 0.93. */
constexpr double kQuoteParagraph = 0.9;
/** "Ulyanov struck a hopeful note: "…"": the subject of the clause before a colon. Train 0.90. */
constexpr double kColonIntroduction = 0.9;
/** "\"…\" ― Ana Ruiz": a name after a dash behind the closing mark, as under an epigraph. Dev 24 of 24 (none in train).
 */
constexpr double kDashCredit = 0.9;
/** "Kirby declined to comment but noted": the subject of the sentence's first verb. Train 0.79. */
constexpr double kConjoinedVerb = 0.8;
/** A named institution ("the Foreign Ministry said"). Train 0.67. */
constexpr double kOrganization = 0.7;
/** A lower-case institution with its country ("Saudi Arabia's foreign ministry"). Too rare to measure. */
constexpr double kLocatedInstitution = 0.7;
/** "it said", right after an institution was quoted. Too rare to measure. */
constexpr double kInstitutionPronoun = 0.7;
/** "the ministry" matching an institution already named. Too rare to measure. */
constexpr double kInstitutionDescription = 0.6;
/** "the spokesman" matching a role a named person was given. Train 0.63, dev 9 of 9. */
constexpr double kRoleDescription = 0.65;
/** "the senator" without a role match: the latest subject without a role. Train 0.44. */
constexpr double kRecentSubjectDescription = 0.45;
/** "the official": the latest speaker of the matching kind. Train 0.50. */
constexpr double kKindDescription = 0.5;
/** A description with nothing better: the latest person quoted. Train 0.46. */
constexpr double kLastSpeakerDescription = 0.45;
/** An unnamed source ("a senior official", "sources close to the talks"). PolNeAR's gold leaves these out. */
constexpr double kUnnamedSource = 0.7;
/** A quote whose multi-paragraph continuation names the speaker at its end. Train 0 of 2: a guess. */
constexpr double kAttributedAtEnd = 0.6;
/** No cue: the speaker of the next quote in the paragraph, with no narration between. Train 0.62. */
constexpr double kNextQuoteGuess = 0.6;
/** No cue: the speaker of the sentence before, which ends in an attribution ("Axelrod said."). Train 0.59. */
constexpr double kSentenceBeforeGuess = 0.6;
/** No cue: the person the quote's sentence is about (Quist defended it as "…"). Train 0.78, dev 11 of 12. */
constexpr double kSentenceSubjectGuess = 0.75;
/** At most this for reported speech and for quotes found through a participle ("…, adding that"). */
constexpr double kReportedSpeechCap = 0.7;
constexpr double kParticipleCap = 0.75;
/** A quote nobody could be given. */
constexpr double kNoSpeaker = 0.1;

} // namespace Attache::Analysis::Confidence
