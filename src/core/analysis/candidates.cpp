// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/candidates.h"

#include "analysis/confidence.h"
#include "analysis/enginelimits.h"
#include "analysis/lexicon.h"
#include "analysis/quoteextractor.h"
#include "analysis/rolekind.h"

#include <algorithm>

namespace Attache::Analysis::Engine {

namespace {

using L = Lexicon;
namespace C = Confidence;

} // namespace

Ref Candidates::resolvePronoun(int pos, Gender gender)
{
    // The most recent speaker, unless a person has since been the subject of a sentence; "she" skips
    // anyone the text has already called "he", and the other way round.
    const auto fits = [this, gender](int e) {
        return e >= 0 && m_entities[e].type == RefType::Person
            && (gender == Gender::Unknown || m_entities[e].gender == Gender::Unknown || m_entities[e].gender == gender);
    };
    int best = fits(m_lastPersonSpeaker) ? m_lastPersonSpeaker : -1;
    const int bestPos = best >= 0 ? m_lastPersonSpeakerPos : -1;
    const auto from = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
                                       [](const Mention &m, int p) { return m.token < p; });
    int steps = 0;
    for (auto it = from; it != m_mentions.cbegin() && steps++ < 200;) {
        --it;
        if (it->token <= bestPos) {
            break;
        }
        // A subject inside what the last speaker said ("Ruiz argued that Lind is not ready") does not replace them.
        const bool afterSpeaker = bestPos < 0 || m_tok[it->token].sentence > m_tok[bestPos].sentence;
        if (it->subject && fits(it->entity) && afterSpeaker) {
            // "Ruiz has argued for weeks that Lind is not ready. "…," he said": the main clause's subject, the
            // first of its sentence, rather than a subordinate clause's.
            const int sentence = m_tok[it->token].sentence;
            best = it->entity;
            while (it != m_mentions.cbegin() && (it - 1)->token > bestPos
                   && m_tok[(it - 1)->token].sentence == sentence) {
                --it;
                if (it->subject && fits(it->entity)) {
                    best = it->entity;
                }
            }
            break;
        }
    }
    steps = 0;
    for (auto it = from; best < 0 && it != m_mentions.cbegin() && steps++ < 200;) {
        --it;
        if (fits(it->entity)) {
            best = it->entity;
        }
    }
    if (best < 0) {
        return {};
    }
    if (gender != Gender::Unknown) {
        m_entities[best].gender = gender;
    }
    return {RefType::Person, best, C::kPronoun};
}

Ref Candidates::resolveDescription(int first, int last, int pos)
{
    // "the pundit", "the former defense chief": the latest person whose role shares the head noun,
    // else the latest person of the kind the noun implies, else the latest speaker.
    const QString head = lower(last);
    const quint32 headFlags = m_tok[last].flags;
    if (headFlags & L::OrgHead) {
        for (int e = int(m_entities.size()) - 1; e >= 0; --e) {
            if (m_entities[e].type == RefType::Organization && m_entities[e].name.endsWith(head, Qt::CaseInsensitive)) {
                return {RefType::Organization, e, C::kInstitutionDescription};
            }
        }
        QString name = roleText(first, last);
        return {RefType::Organization, organization(name), C::kInstitutionDescription};
    }
    // Unnamed sources and institutions are not in the mention list: look at recent speakers first.
    for (qsizetype h = m_speakerHistory.size() - 1; h >= 0 && m_speakerHistory.size() - h <= 12; --h) {
        const Entity &e = m_entities[m_speakerHistory[h]];
        if (e.type == RefType::Unnamed && e.name.endsWith(head, Qt::CaseInsensitive)) {
            return {RefType::Unnamed, m_speakerHistory[h], C::kUnnamedSource};
        }
    }
    // A nationality in the description must agree with the role: "the Estonian prime minister" is not
    // the Hungarian one.
    QStringList nationalities;
    for (int k = first; k <= last; ++k) {
        if (has(k, L::Nationality)) {
            nationalities.append(lower(k));
        }
    }
    auto agrees = [&](const QString &roles) {
        for (const QString &n : std::as_const(nationalities)) {
            if (!roles.contains(n, Qt::CaseInsensitive)) {
                return false;
            }
        }
        return true;
    };
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
                               [](const Mention &m, int p) { return m.token < p; });
    // The subject of the current or previous sentence with no known role: the description supplies it.
    if (it != m_mentions.cbegin()) {
        const Mention &recent = *std::prev(it);
        const int sentence = m_tok[pos].sentence;
        if (recent.subject && m_tok[recent.token].sentence >= sentence - 1
            && m_entities[recent.entity].type == RefType::Person && m_entities[recent.entity].roles.isEmpty()) {
            addRole(recent.entity, textOf(first, last));
            return {RefType::Person, recent.entity, C::kRecentSubjectDescription};
        }
    }
    // The kind the head noun implies ("the pundit" is an expert), to fall back on when no role matches.
    SpeakerKind wantedKind = SpeakerKind::Other;
    if (headFlags & L::JournalistKind) {
        wantedKind = SpeakerKind::Journalist;
    } else if (headFlags & L::ExpertKind || head == u"pundit" || head == u"observer") {
        wantedKind = SpeakerKind::Expert;
    } else if (headFlags & L::OfficialKind || head == u"chief" || head == u"leader") {
        wantedKind = SpeakerKind::Official;
    }
    int kindMatch = -1;
    int steps = 0;
    while (it != m_mentions.cbegin() && steps++ < 300) {
        --it;
        const Entity &e = m_entities[it->entity];
        if (e.type != RefType::Person || !agrees(e.roles.join(u' '))) {
            continue;
        }
        for (const QString &role : e.roles) {
            if (role.contains(head, Qt::CaseInsensitive)) {
                return {RefType::Person, it->entity, C::kRoleDescription};
            }
        }
        if (kindMatch < 0 && wantedKind != SpeakerKind::Other && !e.roles.isEmpty()) {
            if (kindFromRole(e.roles.join(u' ')) == wantedKind) {
                kindMatch = it->entity;
            }
        }
    }
    if (kindMatch >= 0) {
        return {RefType::Person, kindMatch, C::kKindDescription};
    }
    if (m_lastSpeaker >= 0 && m_entities[m_lastSpeaker].type == RefType::Person) {
        return {RefType::Person, m_lastSpeaker, C::kLastSpeakerDescription};
    }
    return {};
}

Ref Candidates::resolveNp(int first, int last, int pos)
{
    if (first > last) {
        return {};
    }
    if (first == last && has(first, L::Pronoun)) {
        return resolvePronoun(pos, pronounGender(first));
    }
    if (first == last && is(first, QLatin1StringView("it")) && !m_result.quotes.isEmpty()) {
        // "…, the Joint Chiefs of Staff said. It called the launch "…"": "it" is an institution only when
        // one was quoted in this paragraph or the one before.
        const int q = int(m_result.quotes.size()) - 1;
        const int e = m_quoteEntity[q];
        if (e >= 0 && m_entities[e].type == RefType::Organization && m_tok[pos].para - m_quotePara[q] <= 1) {
            return {RefType::Organization, e, C::kInstitutionPronoun};
        }
    }
    // "Representative Carl Mendez of Arizona", "Tom Fowle from Texas": the person is the name before "of";
    // what follows says where they are from or serve.
    QString origin;
    for (int k = first + 1; k < last; ++k) {
        if ((is(k, QLatin1StringView("of")) || is(k, QLatin1StringView("from"))) && isNameWord(k - 1)
            && !m_tok[k - 1].initial && word(k + 1) && m_tok[k + 1].cap && has(last, L::Place)) {
            origin = textOf(k + 1, last);
            last = k - 1;
            break;
        }
    }
    // A name at the end of the phrase makes it a person; what precedes the name is the role.
    int nameStart = last + 1;
    while (nameStart - 1 >= first
           && (isNameWord(nameStart - 1) || (has(nameStart - 1, L::Particle) && nameStart <= last)
               || (nameStart - 1 == last && (nationalityAsSurname(last) || isKnownSurname(last))))) {
        --nameStart;
    }
    while (nameStart <= last && m_tok[nameStart].initial) {
        ++nameStart;
    }
    if (nameStart <= last && m_tok[nameStart].initial) {
        return {};
    }
    if (nameStart <= last && namesOrganization(nameStart)) {
        nameStart = last + 1;
    }
    if (nameStart <= last) {
        const int e = personFromRun(nameStart, last);
        if (e < 0) {
            return {};
        }
        int roleFirst = first;
        if (has(roleFirst, L::Determiner)) {
            ++roleFirst;
        }
        bool roleWord = false;
        for (int k = roleFirst; k < nameStart; ++k) {
            roleWord = roleWord || (has(k, L::Title | L::RoleNoun) && !has(k, L::Honorific));
        }
        if (roleWord) {
            addRole(e, textOf(roleFirst, nameStart - 1));
        }
        if (!origin.isEmpty() && roleWord) {
            addRole(e, origin);
        }
        m_entities[e].lastMention = pos;
        return {RefType::Person, e, C::kNamedSpeaker};
    }
    const bool indefinite = has(first, L::Indefinite)
        || (has(first, L::Determiner) && !is(first, QLatin1StringView("the")) && !has(first, L::Pronoun));
    const bool definite = is(first, QLatin1StringView("the"));
    const int wordsFirst = has(first, L::Determiner) ? first + 1 : first;
    if (wordsFirst > last) {
        return {};
    }
    const quint32 headFlags = m_tok[last].flags;
    bool orgWord = false;
    for (int k = wordsFirst; k <= last; ++k) {
        orgWord = orgWord || (m_tok[k].flags & (L::OrgHead | L::Place));
    }
    if (m_tok[last].cap && (orgWord || (headFlags & L::Place) || m_tok[last].allCaps) && !(headFlags & L::RoleNoun)) {
        QString name = textOf(wordsFirst, last);
        if (m_tok[last].possessive) {
            name.chop(2);
        }
        return {RefType::Organization, organization(name), C::kOrganization};
    }
    if ((headFlags & L::OrgHead) && !definite && !indefinite && wordsFirst < last) {
        // "Saudi Arabia's foreign ministry", "Chinese state media": a lower-case institution with its country.
        bool located = false;
        for (int k = wordsFirst; k < last; ++k) {
            located = located || has(k, L::Place | L::Nationality);
        }
        if (located) {
            return {RefType::Organization, organization(textOf(wordsFirst, last)), C::kLocatedInstitution};
        }
    }
    if (headFlags & L::RoleNoun) {
        if (indefinite || (!definite && lower(last).endsWith(u's'))) {
            return {RefType::Unnamed, unnamed(textOf(first, last)), C::kUnnamedSource};
        }
        if (definite) {
            return resolveDescription(wordsFirst, last, pos);
        }
    }
    if (definite && (headFlags & L::OrgHead)) {
        return resolveDescription(wordsFirst, last, pos);
    }
    return {};
}

Ref Candidates::subjectBefore(int verb, int lo, int *subjectStart)
{
    int end = verb;
    while (end - 1 >= lo && has(end - 1, L::Auxiliary) && !m_tok[end - 1].cap && verb - end < 3) {
        --end;
    }
    if (end - 1 >= lo && isMannerAdverb(end - 1)) {
        --end;
    }
    // "China on Monday warned", "Mr Kishida last week said": the time sits between the subject and its verb.
    static const QStringList periods = QStringLiteral("week weekend month year night morning evening").split(u' ');
    if (end - 2 >= lo && (has(end - 1, L::Calendar) || periods.contains(lower(end - 1)))
        && (is(end - 2, QLatin1StringView("on")) || is(end - 2, QLatin1StringView("in"))
            || is(end - 2, QLatin1StringView("last")) || is(end - 2, QLatin1StringView("this")))) {
        end -= 2;
    }
    end = skipAsideBackward(end, lo);
    if (isPunct(end - 1, u',')) {
        // "Xi, for his part, said" / "Lukin, the deputy director of X, told": skip one comma-delimited aside.
        int k = end - 2;
        while (k >= lo && end - k < kAppositiveMax && !isPunct(k, u',') && m_tok[k].type != TokType::Mark
               && !m_tok[k].sentenceEnd) {
            --k;
        }
        if (k >= lo && isPunct(k, u',')) {
            // "Mr. Orban's spokesman, Zoltan Kovacs, wrote": the name between the commas, the role before.
            const int inner = npBackward(end - 1, k + 1);
            if (inner == k + 1 && inner < end - 1 && isNameWord(end - 2)) {
                const Ref ref = resolveNp(inner, end - 2, verb);
                if (ref && ref.type == RefType::Person) {
                    const int roleFirst = npBackward(k, lo);
                    if (roleFirst < k && has(k - 1, L::RoleNoun)) {
                        addRole(ref.entity, roleText(roleFirst, k - 1));
                    }
                    *subjectStart = inner;
                    return ref;
                }
            }
            const int first = npBackward(k, lo);
            if (first < k) {
                const Ref ref = resolveNp(first, k - 1, verb);
                if (ref) {
                    if (const int app = appositiveEnd(k); app == end - 1 && ref.type == RefType::Person) {
                        addRole(ref.entity, roleText(k + 1, app - 1));
                    }
                    *subjectStart = first;
                    return ref;
                }
            }
        }
        return {};
    }
    if (is(end - 1, QLatin1StringView("and")) || is(end - 1, QLatin1StringView("but"))) {
        // "Kirby declined to comment but noted": the subject of the first verb, named earlier in the sentence.
        const int sentenceStart = m_sentenceStart[m_tok[verb].sentence];
        if (const Mention *subject = sentenceSubject(sentenceStart, verb)) {
            *subjectStart = subject->token;
            return {RefType::Person, subject->entity, C::kConjoinedVerb};
        }
        return {};
    }
    if (is(verb, QLatin1StringView("saying")) && is(verb - 1, QLatin1StringView("as"))) {
        // "TASS quoted an emergency official as saying": the one quoted, not the agency that quoted.
        for (int quoted = verb - 3; quoted >= lo && verb - quoted <= kNpMax; --quoted) {
            if (is(quoted, QLatin1StringView("quoted")) || is(quoted, QLatin1StringView("quotes"))) {
                *subjectStart = quoted + 1;
                return resolveNp(quoted + 1, verb - 2, verb);
            }
        }
        return {};
    }
    if (const Ref group = unnamedGroupBefore(end, lo, subjectStart)) {
        return group;
    }
    // "a Gulf official who requested anonymity said": the subject is the phrase before "who".
    for (int who = end - 1; who > lo && end - who <= kWhoClauseMax && word(who) && !has(who, L::Cue); --who) {
        if (is(who, QLatin1StringView("who"))) {
            const int first = npBackward(who, lo);
            if (first < who) {
                if (const Ref ref = resolveNp(first, who - 1, verb)) {
                    *subjectStart = first;
                    return ref;
                }
            }
            break;
        }
    }
    // "one of them said", "one of the officials said": one member of a group, perhaps the one just quoted.
    if (end - 3 >= lo && is(end - 3, QLatin1StringView("one")) && is(end - 2, QLatin1StringView("of"))
        && is(end - 1, QLatin1StringView("them")) && !m_result.quotes.isEmpty()) {
        const int q = int(m_result.quotes.size()) - 1;
        const int e = m_quoteEntity[q];
        if (e >= 0 && m_entities[e].type == RefType::Unnamed && m_tok[verb].para - m_quotePara[q] <= 1) {
            *subjectStart = end - 3;
            return {RefType::Unnamed, e, C::kUnnamedSource};
        }
    }
    if (end - 4 >= lo && is(end - 4, QLatin1StringView("one")) && is(end - 3, QLatin1StringView("of"))
        && is(end - 2, QLatin1StringView("the")) && has(end - 1, L::RoleNoun) && !m_tok[end - 1].cap) {
        *subjectStart = end - 4;
        return {RefType::Unnamed, unnamed(textOf(end - 4, end - 1)), C::kUnnamedSource};
    }
    if (end - 1 >= lo && is(end - 1, QLatin1StringView("it"))) {
        *subjectStart = end - 1;
        return resolveNp(end - 1, end - 1, verb);
    }
    const int first = npBackward(end, lo);
    if (first >= end) {
        return {};
    }
    *subjectStart = first;
    return resolveNp(first, end - 1, verb);
}

Ref Candidates::unnamedGroupBefore(int end, int lo, int *subjectStart)
{
    // "Officials in Kyiv said", "sources close to the talks said", "Sources familiar with the planning said":
    // unnamed, whatever follows the group's noun.
    static const QStringList closeTo = QStringLiteral("familiar close knowledgeable briefed").split(u' ');
    for (int prep = end - 1; prep > lo && end - prep <= kNpMax && word(prep) && !has(prep, L::Cue); --prep) {
        if (!has(prep, L::Preposition) || m_tok[prep].cap) {
            continue;
        }
        int noun = prep - 1;
        if (noun > lo && closeTo.contains(lower(noun))) {
            --noun;
        }
        if (has(noun, L::RoleNoun) && (lower(noun).endsWith(u's') || is(noun, QLatin1StringView("people")))) {
            const int start = npBackward(noun + 1, lo);
            if (start <= noun) {
                *subjectStart = start;
                return {RefType::Unnamed, unnamed(textOf(start, end - 1)), C::kUnnamedSource};
            }
        }
    }
    return {};
}

Ref Candidates::subjectAfter(int start, int hi, int *cueToken)
{
    int k = start;
    while (k < hi && (isPunct(k, u',') || isPunct(k, u'\u2014') || isPunct(k, u'-'))) {
        ++k;
    }
    if (k >= hi) {
        return {};
    }
    // Inverted order: "said Kremlin spokesman Dmitry Peskov".
    int v = k;
    while (v < hi && has(v, L::Auxiliary) && v - k < 2) {
        ++v;
    }
    // "Said Dorothy Poynter, who …:": a cue may open its sentence.
    if (has(v, L::Cue) && (!m_tok[v].cap || opensSentence(v))) {
        const int npEnd = npForward(v + 1, hi);
        // "said Britain would stand by…" has a clause, not an inverted speaker: the phrase must end there.
        const bool phraseEnds = npEnd >= hi || !word(npEnd) || has(npEnd, L::Preposition);
        if (npEnd > v + 1 && phraseEnds) {
            const Ref ref = resolveNp(v + 1, npEnd - 1, v);
            if (ref.type != RefType::Person && isPunct(npEnd, u',') && has(npEnd - 1, L::RoleNoun | L::Title)) {
                // "said another user, Johanna Bayer.": a role, then the name it introduces.
                const int name = nameRunEnd(npEnd + 1, hi);
                const bool nameEnds = name >= hi || isPunct(name, u',') || isPunct(name, u'.')
                    || (name > npEnd + 1 && m_tok[name - 1].sentenceEnd);
                if (name > npEnd + 1 && nameEnds) {
                    if (const Ref named = resolveNp(npEnd + 1, name - 1, v); named.type == RefType::Person) {
                        addRole(named.entity, roleText(v + 1, npEnd - 1));
                        *cueToken = v;
                        return named;
                    }
                }
            }
            if (ref) {
                if (isPunct(npEnd, u',') && ref.type == RefType::Person) {
                    const int app = appositiveEnd(npEnd);
                    if (app > 0) {
                        addRole(ref.entity, roleText(npEnd + 1, app - 1));
                    }
                }
                *cueToken = v;
                return ref;
            }
        }
    }
    // "one of them said", "one of the officials said": subjectBefore knows these groups.
    if (is(k, QLatin1StringView("one")) && is(k + 1, QLatin1StringView("of"))) {
        int c = k + 2;
        while (c < hi && c - k <= 4 && !has(c, L::Cue)) {
            ++c;
        }
        int groupStart = c;
        if (c < hi && has(c, L::Cue) && !m_tok[c].cap) {
            if (const Ref ref = subjectBefore(c, k, &groupStart); ref && groupStart == k) {
                *cueToken = c;
                return ref;
            }
        }
    }
    // Normal order: "Lukin said", "he added", "Artyom Lukin, the deputy director..., told Newsweek".
    const int npEnd = npForward(k, hi);
    if (npEnd <= k) {
        return {};
    }
    int c = skipAsideForward(npEnd);
    int appositive = -1;
    if (has(npEnd - 1, L::RoleNoun) && word(npEnd) && !m_tok[npEnd].cap && !has(npEnd, L::Cue | L::Auxiliary)) {
        // "an Egyptian official involved in the talks told": a participle phrase between the source and the verb.
        int cue = npEnd + 1;
        while (cue < hi && cue - npEnd <= kWhoClauseMax && word(cue) && !has(cue, L::Cue)) {
            ++cue;
        }
        if (cue < hi && has(cue, L::Cue) && !m_tok[cue].cap && has(npEnd + 1, L::Preposition)) {
            if (const Ref ref = resolveNp(k, npEnd - 1, cue); ref.type == RefType::Unnamed) {
                *cueToken = cue;
                return ref;
            }
        }
    }
    if (isPunct(c, u',')) {
        appositive = appositiveEnd(c);
        if (appositive < 0 && has(npEnd - 1, L::RoleNoun | L::Title)) {
            // "India's foreign secretary, Vinay Kwatra, told": a role, then only a name between commas.
            const int name = nameRunEnd(c + 1, hi);
            if (name > c + 1 && isPunct(name, u',')) {
                appositive = name;
            }
        }
        if (appositive < 0 && isNameWord(npEnd - 1)) {
            // "Carla Wendt, who teaches at Leiden, said", "Quist, R-Ohio, said": after a name, any short aside
            // that a speech verb follows.
            int close = c + 1;
            while (close < hi && close - c <= kAppositiveMax && !isPunct(close, u',') && !m_tok[close].sentenceEnd
                   && m_tok[close].type != TokType::Mark) {
                ++close;
            }
            int verb = close + 1;
            while (verb < hi && has(verb, L::Auxiliary) && verb - close < 3) {
                ++verb;
            }
            if (close > c + 1 && isPunct(close, u',') && has(verb, L::Cue) && !m_tok[verb].cap) {
                appositive = close;
            }
        }
        if (appositive < 0 || !isPunct(appositive, u',')) {
            return {};
        }
        c = appositive + 1;
    }
    while (c < hi && has(c, L::Auxiliary) && c - npEnd < 3) {
        ++c;
    }
    if (c + 1 < hi && isMannerAdverb(c) && has(c + 1, L::Cue)) {
        ++c;
    }
    if (!(c < hi && has(c, L::Cue) && !m_tok[c].cap)) {
        return {};
    }
    Ref ref = resolveNp(k, npEnd - 1, c);
    if (appositive > 0 && ref.type != RefType::Person && has(npEnd - 1, L::RoleNoun | L::Title)
        && isNameWord(appositive - 1)) {
        // "…," India's foreign secretary, Vinay Kwatra, told reporters: the role first, the name between commas.
        if (const Ref named = resolveNp(npEnd + 1, appositive - 1, c); named.type == RefType::Person) {
            addRole(named.entity, roleText(k, npEnd - 1));
            *cueToken = c;
            return named;
        }
    }
    if (ref && appositive > 0 && ref.type == RefType::Person) {
        addRole(ref.entity, roleText(npEnd + 1, appositive - 1));
    }
    if (ref) {
        *cueToken = c;
    }
    return ref;
}

void Candidates::addQuote(qsizetype start, qsizetype end, QuoteKind kind, const Ref &ref, const QString &cue, int token)
{
    while (start < end && m_text[start].isSpace()) {
        ++start;
    }
    while (end > start && m_text[end - 1].isSpace()) {
        --end;
    }
    Quote q;
    q.start = start;
    q.end = end;
    q.text = m_text.mid(start, end - start).toString();
    q.kind = kind;
    q.cue = ref ? cue : QString();
    q.confidence = ref ? ref.confidence : C::kNoSpeaker;
    q.needsReview = q.confidence < QuoteExtractor::kReviewThreshold;
    m_result.quotes.append(q);
    m_quoteEntity.append(ref.entity);
    m_quotePara.append(m_tok[token].para);
    m_quoteToken.append(token);
    if (ref) {
        m_speakerHistory.append(ref.entity);
        if (m_entities[ref.entity].type == RefType::Person) {
            m_lastPersonSpeaker = ref.entity;
            m_lastPersonSpeakerPos = token;
        }
        m_lastSpeaker = ref.entity;
        m_lastSpeakerPos = token;
        m_entities[ref.entity].lastMention = token;
    }
}

} // namespace Attache::Analysis::Engine
