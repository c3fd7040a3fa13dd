// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Attache::Analysis {

/**
 * The closed word lists the engine reasons with: speech cues, titles, role nouns, function words,
 * institutions and places. Words are looked up in lower case. The tables are built once and never
 * change, so lookups are thread-safe.
 */
class Lexicon
{
public:
    enum Flag : quint32 {
        Cue = 1u << 0, ///< a verb of saying ("said", "argued", "tweeted")
        ClauseCue = 1u << 1, ///< a cue that can introduce reported speech without "that" ("said Putin was")
        ThatCue = 1u << 2, ///< a cue that introduces reported speech with "that" ("noted that")
        FragmentCue = 1u << 3, ///< a verb that takes a quoted fragment ("promised", "called", "cited")
        Stop = 1u << 4, ///< a function word: never part of a name
        Determiner = 1u << 5,
        Indefinite = 1u << 6, ///< "a", "an", "one", "another": marks an unnamed source
        Pronoun = 1u << 7, ///< a personal pronoun that can be a speaker
        Title = 1u << 8, ///< a title before a name ("President", "Minister", "Dr")
        RoleNoun = 1u << 9, ///< a role ("spokesman", "aide", "analyst", "official")
        RoleModifier = 1u << 10, ///< a word that qualifies a role ("former", "deputy", "defense")
        Nationality = 1u << 11,
        OrgHead = 1u << 12, ///< heads an institution's name ("Ministry", "Council", "Kremlin")
        Place = 1u << 13, ///< a country or capital, which speaks for its government
        Honorific = 1u << 14, ///< "Mr", "Dr", "Ms": marks a person
        Calendar = 1u << 15, ///< months and weekdays
        OfficialKind = 1u << 16, ///< a role that makes its holder an official
        ExpertKind = 1u << 17, ///< a role that makes its holder an expert
        JournalistKind = 1u << 18, ///< a role that makes its holder a journalist
        AcademicPlace = 1u << 19, ///< "University", "Institute": a director there is an expert
        Auxiliary = 1u << 20, ///< "has", "also", "later": may stand between a subject and its cue
        Media = 1u << 21, ///< "outlet", "newspaper": a publication is a source, not a speaker
        NounCue = 1u << 22, ///< "comments", "remarks": "comments from X" attributes to X
        Particle = 1u << 23, ///< "van", "de", "bin": lowercase words inside names
        Preposition = 1u << 24,
        MaleName = 1u << 25, ///< a given name most often borne by men: lets "he" find "Hillary Clinton" less often
        FemaleName = 1u << 26,
    };

    /** Flags of a lower-case word, 0 when it is in no list. */
    static quint32 flags(QStringView lowerWord);
    /** The same without a conversion, for callers that already hold a QString. */
    static quint32 flags(const QString &lowerWord);
};

} // namespace Attache::Analysis
