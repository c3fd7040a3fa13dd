// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/mentions.h"

#include "analysis/enginelimits.h"
#include "analysis/lexicon.h"

#include <algorithm>

namespace Attache::Analysis::Engine {

namespace {

using L = Lexicon;

} // namespace

void Mentions::addRole(int entity, const QString &role)
{
    QString r = role.simplified();
    if (r.isEmpty() || entity < 0) {
        return;
    }
    QStringList &roles = m_entities[entity].roles;
    for (int i = 0; i < roles.size(); ++i) {
        if (roles[i].contains(r, Qt::CaseInsensitive)) {
            return;
        }
        if (r.contains(roles[i], Qt::CaseInsensitive)) {
            roles[i] = r;
            return;
        }
    }
    roles.append(r);
}

int Mentions::personFromRun(int first, int last)
{
    QStringList parts;
    QStringList lowerParts;
    for (int k = first; k <= last; ++k) {
        QString w = view(k).toString();
        if (m_tok[k].possessive) {
            w.chop(2);
        }
        parts.append(w);
        if (!m_tok[k].initial && !(m_tok[k].flags & L::Particle)) {
            lowerParts.append(w.toLower());
        }
    }
    if (lowerParts.isEmpty()) {
        return -1;
    }
    const QString surface = parts.join(u' ');
    // The same person if the last names agree and the first names do not contradict ("Georgi E. Asatryan"
    // = "Georgi Asatryan" = "Asatryan"); a single word matches any part of a known name ("Xi" = "Xi Jinping").
    int best = -1;
    const QList<int> candidates = m_personsByToken.value(lowerParts.back());
    for (const int e : candidates) {
        const QStringList &known = m_entities[e].nameTokens;
        // The shorter form's words must all appear, in order, in the longer ("Bagheri Kani" in
        // "Ali Bagheri Kani"), and equal-length forms must agree on the first name.
        const QStringList &shorter = lowerParts.size() <= known.size() ? lowerParts : known;
        const QStringList &longer = lowerParts.size() <= known.size() ? known : lowerParts;
        qsizetype at = 0;
        for (const QString &part : shorter) {
            while (at < longer.size() && longer[at] != part) {
                ++at;
            }
            ++at;
        }
        bool compatible = at <= longer.size() && (shorter.size() < longer.size() || shorter == longer);
        if (compatible && (best < 0 || m_entities[e].lastMention > m_entities[best].lastMention)) {
            best = e;
        }
    }
    if (best < 0 && lowerParts.size() == 1) {
        const QList<int> any = m_personsByToken.value(lowerParts.front());
        for (const int e : any) {
            if (best < 0 || m_entities[e].lastMention > m_entities[best].lastMention) {
                best = e;
            }
        }
    }
    const quint32 givenName = Lexicon::flags(lowerParts.front());
    const Gender nameGender = lowerParts.size() < 2 ? Gender::Unknown
        : givenName & L::FemaleName                 ? (givenName & L::MaleName ? Gender::Unknown : Gender::Female)
        : givenName & L::MaleName                   ? Gender::Male
                                                    : Gender::Unknown;
    if (best >= 0) {
        Entity &e = m_entities[best];
        if (e.gender == Gender::Unknown) {
            e.gender = nameGender;
        }
        if (lowerParts.size() > e.nameTokens.size()) {
            e.aliases.append(e.name);
            e.name = surface;
            for (const QString &p : std::as_const(lowerParts)) {
                if (!e.nameTokens.contains(p)) {
                    m_personsByToken[p].append(best);
                }
            }
            e.nameTokens = lowerParts;
        } else if (surface != e.name && !e.aliases.contains(surface)) {
            e.aliases.append(surface);
        }
        return best;
    }
    if (first == last) {
        const auto weak = m_weakNames.constFind(lowerParts.front());
        if (weak != m_weakNames.constEnd() && weak->second < first) {
            return personFromRun(weak->first, weak->second);
        }
    }
    Entity e;
    e.name = surface;
    e.nameTokens = lowerParts;
    e.type = RefType::Person;
    e.gender = nameGender;
    const int index = int(m_entities.size());
    m_entities.append(e);
    for (const QString &p : std::as_const(lowerParts)) {
        m_personsByToken[p].append(index);
    }
    return index;
}

int Mentions::organization(const QString &name)
{
    const QString key = name.toLower();
    if (const auto it = m_orgByName.constFind(key); it != m_orgByName.constEnd()) {
        return it.value();
    }
    Entity e;
    e.name = name;
    e.type = RefType::Organization;
    e.kind = SpeakerKind::Organization;
    m_entities.append(e);
    m_orgByName.insert(key, int(m_entities.size()) - 1);
    return int(m_entities.size()) - 1;
}

int Mentions::unnamed(const QString &np)
{
    QString name = np.simplified();
    if (!name.isEmpty()) {
        name[0] = name[0].toLower();
    }
    const QString key = QChar(u'\x01') + name.toLower();
    if (const auto it = m_orgByName.constFind(key); it != m_orgByName.constEnd()) {
        return it.value();
    }
    Entity e;
    e.name = name;
    e.type = RefType::Unnamed;
    e.kind = SpeakerKind::Unnamed;
    const qsizetype space = name.indexOf(u' ');
    const bool determiner = space > 0 && (Lexicon::flags(name.left(space).toLower()) & L::Determiner);
    e.roles.append(determiner ? name.mid(space + 1) : name);
    m_entities.append(e);
    m_orgByName.insert(key, int(m_entities.size()) - 1);
    return int(m_entities.size()) - 1;
}

void Mentions::noteMention(int token, int entity, bool subject)
{
    m_mentions.append({token, entity, subject});
}

const Mention *Mentions::sentenceSubject(int from, int before) const
{
    const auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), from,
                                     [](const Mention &m, int p) { return m.token < p; });
    return it != m_mentions.cend() && it->token < before && it->subject ? &*it : nullptr;
}

bool Mentions::isKnownSurname(int k) const
{
    if (!word(k) || !m_tok[k].cap || m_tok[k].allCaps) {
        return false;
    }
    const QList<int> known = m_personsByToken.value(lower(k));
    return std::any_of(known.cbegin(), known.cend(), [this, k](int e) {
        const QStringList &name = m_entities[e].nameTokens;
        return name.size() > 1 && name.back() == lower(k);
    });
}

void Mentions::findPeople()
{
    // A capitalised run is a person only with evidence: a title or role before it, an appositive after
    // it, an honorific, or a speech cue next to it. Mere capitalised words (places, programmes) are not.
    int i = 0;
    const int n = int(m_tok.size());
    while (i < n) {
        if (m_tok[i].span >= 0 || !isNameWord(i) || m_tok[i].initial || namesOrganization(i)
            || m_heading[m_tok[i].para]) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < n && m_tok[last + 1].span < 0 && !m_tok[last].possessive && last - i < 4
               && (isNameWord(last + 1) || (has(last + 1, L::Particle) && isNameWord(last + 2))
                   || (has(last + 1, L::Particle) && has(last + 2, L::Particle) && isNameWord(last + 3))
                   || nationalityAsSurname(last + 1))
               && m_tok[last + 1].para == m_tok[i].para) {
            ++last;
        }
        const int roleStart = roleStartBefore(i);
        // "Ukraine's foreign minister, Dmytro Kuleba, thanked ...", "Its spokesman, Commodore Jay Tarriela, posted"
        int roleBeforeComma = -1;
        if (isPunct(roleStart - 1, u',') && isPunct(last + 1, u',')) {
            // "Russia's ambassador to Kazakhstan, Alexei Borodavkin,", "A spokesman for Iran's foreign ministry,
            // Nasser Kanaani,": the role noun may be followed by where.
            int roleNoun = roleStart - 2;
            int place = roleNoun;
            while (place > roleStart - kRolePlaceMax && word(place) && !has(place, L::RoleNoun)
                   && (m_tok[place].cap || has(place, L::OrgHead | L::RoleModifier)
                       || is(place, QLatin1StringView("the")))) {
                --place;
            }
            if (place < roleNoun
                && (is(place, QLatin1StringView("to")) || is(place, QLatin1StringView("in"))
                    || is(place, QLatin1StringView("for")))) {
                roleNoun = place - 1;
            }
            if (has(roleNoun, L::RoleNoun) && m_tok[roleNoun].span < 0) {
                roleBeforeComma = npBackward(roleNoun + 1, std::max(0, roleStart - 12));
                if (roleBeforeComma > roleNoun) {
                    roleBeforeComma = -1;
                }
            }
        }
        const bool honorific = has(i - 1, L::Honorific);
        const bool cueAfter = has(last + 1, L::Cue) || (has(last + 1, L::Auxiliary) && has(last + 2, L::Cue));
        const bool cueBefore = has(i - 1, L::Cue) && !m_tok[i - 1].cap;
        int appEnd = -1;
        if (isPunct(last + 1, u',') && !m_tok[last].possessive) {
            appEnd = appositiveEnd(last + 1);
        }
        QString ofOrg;
        int ofOrgEnd = -1;
        // "Hannah Cole of the Brookings Institution", "Tracey German, of King's College London,"
        const int ofAt = isPunct(last + 1, u',') && appEnd < 0 ? last + 2 : last + 1;
        if ((is(ofAt, QLatin1StringView("of")) || is(ofAt, QLatin1StringView("at"))) && !m_tok[last].possessive) {
            int k = ofAt + 1;
            if (has(k, L::Determiner)) {
                ++k;
            }
            // "the Council on Foreign Relations", "the Center for Strategic and International Studies"
            const auto connects = [this](int w) {
                return (is(w, QLatin1StringView("of")) || is(w, QLatin1StringView("on"))
                        || is(w, QLatin1StringView("for")) || is(w, QLatin1StringView("and")))
                    && word(w + 1) && m_tok[w + 1].cap;
            };
            int e = k;
            bool org = false;
            while (e < n && e - k < 10 && (isNpWord(e) || connects(e))) {
                org = org || has(e, L::OrgHead | L::AcademicPlace);
                ++e;
            }
            if (org && e > k && (ofAt == last + 1 || isPunct(e, u','))) {
                ofOrg = textOf(k, e - 1);
                ofOrgEnd = ofAt == last + 1 ? e : e + 1;
            }
        }
        const int runLength = last - i + 1;
        if (runLength >= 2) {
            // Not yet a person, but "Varga told" later should find "Tomas Varga".
            m_weakNames.insert(lower(last).remove(QStringLiteral("'s")), {i, last});
        }
        // "Rafael Grossi spoke in Vienna. He told …": a full name doing something, so that "he" can find it.
        const bool actsAsSubject
            = runLength >= 2 && !has(i - 1, L::Preposition | L::Determiner) && word(last + 1) && isFiniteVerb(last + 1);
        // A role with its scope before a full name ("envoy for the talks Miroslav Lajcak") is evidence too.
        const int roleScope = roleStart < i ? roleStart : roleScopeBefore(i);
        const bool evidence = roleStart < i || (roleScope < i && runLength >= 2) || honorific || appEnd > 0 || cueAfter
            || cueBefore || !ofOrg.isEmpty() || roleBeforeComma >= 0 || actsAsSubject;
        const QList<int> known = m_personsByToken.value(lower(last).remove(QStringLiteral("'s")));
        // "Trump Tower", "the Clinton Foundation": a known person's last name opening a longer name is
        // something named after them.
        const bool namedAfter = runLength >= 2 && isKnownSurname(i);
        int entity = -1;
        if (namedAfter) {
            i = last + 1;
            continue;
        }
        if (evidence && (runLength >= 2 || honorific || roleStart < i || cueAfter || cueBefore)
            && !(roleBeforeComma >= 0 && runLength < 2)) {
            entity = personFromRun(i, last);
        } else if (!known.isEmpty() || (runLength >= 2 && !m_personsByToken.value(lower(i)).isEmpty())) {
            entity = personFromRun(i, last);
        }
        if (entity >= 0) {
            if (honorific && pronounGender(i - 1) != Gender::Unknown) {
                m_entities[entity].gender = pronounGender(i - 1);
            }
            // "Prof Tracey German": an academic honorific is the only sign of an expert some texts give.
            if (honorific && has(i - 1, L::ExpertKind) && roleStart >= i) {
                addRole(entity, view(i - 1).toString());
            }
            if (roleStart < i) {
                addRole(entity, textOf(roleStart, i - 1));
            } else if (roleScope < i) {
                addRole(entity, textOf(roleScope, i - 1));
            }
            if (appEnd > 0) {
                addRole(entity, roleText(last + 2, appEnd - 1));
            }
            if (!ofOrg.isEmpty()) {
                addRole(entity, ofOrg);
            }
            if (roleBeforeComma >= 0) {
                addRole(entity, roleText(roleBeforeComma, roleStart - 2));
            }
            const int before = roleStart - 1;
            // A subject is followed by its verb, possibly after an appositive or an age (", 59,").
            int verb = last + 1;
            if (appEnd > 0) {
                verb = appEnd + 1;
            } else if (ofOrgEnd > 0) {
                verb = ofOrgEnd;
            } else if (roleBeforeComma >= 0 && isPunct(verb, u',')) {
                verb += 1;
            } else if (isPunct(verb, u',') && isPunct(verb + 2, u',')) {
                verb += 3;
            } else if (isPunct(verb, u',') && has(verb + 1, L::Determiner)) {
                // "Cyril Ramaphosa, the summit host, struck": an aside the role lexicon does not know.
                int close = verb + 1;
                while (close < n && close - verb < kAppositiveMax && word(close)) {
                    ++close;
                }
                if (isPunct(close, u',')) {
                    verb = close + 1;
                }
            }
            const bool subject = !m_tok[last].possessive && !has(before, L::Preposition | L::Cue)
                && (!isPunct(before, u',') || roleBeforeComma >= 0 || endsIntroduction(before))
                && (cueAfter || has(verb, L::Auxiliary | L::Cue)
                    || (word(verb) && !m_tok[verb].cap && !has(verb, L::Stop)));
            noteMention(i, entity, subject);
            m_entities[entity].lastMention = i;
        }
        i = last + 1;
    }
}

} // namespace Attache::Analysis::Engine
