// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/phrases.h"

#include <QHash>
#include <QPair>
#include <QStringList>

namespace Attache::Analysis::Engine {

enum class RefType { None, Person, Organization, Unnamed };

struct Entity
{
    QString name;
    QStringList aliases;
    QStringList roles;
    QStringList nameTokens; // lower case, for alias matching
    SpeakerKind kind = SpeakerKind::Other;
    RefType type = RefType::Person;
    Gender gender = Gender::Unknown;
    int lastMention = -1;
    int firstQuote = -1;
    int quotes = 0;
};

struct Mention
{
    int token = 0;
    int entity = 0;
    bool subject = false;
};

/**
 * Stage 3, mentions and entities: people (with evidence, never from capitals alone), institutions and
 * unnamed sources, their roles, and where each is mentioned and whether as a sentence's subject.
 */
class Mentions : public Phrases
{
public:
    using Phrases::Phrases;

    void findPeople();

protected:
    void addRole(int entity, const QString &role);
    int personFromRun(int first, int last);
    int organization(const QString &name);
    int unnamed(const QString &np);
    void noteMention(int token, int entity, bool subject);
    /** The first mention at or after \a from if it comes before \a before and is a sentence's subject,
     *  else null. */
    const Mention *sentenceSubject(int from, int before) const;
    /** Whether token \a k, whatever the lexicon says of it, is the last name of someone already named
     *  ("Mark Cuban … Cuban said"). */
    bool isKnownSurname(int k) const;

    QList<Entity> m_entities;
    QList<Mention> m_mentions;
    QHash<QString, int> m_orgByName;
    QHash<QString, QList<int>> m_personsByToken;
    QHash<QString, QPair<int, int>> m_weakNames; // full names met without evidence, by last word
};

} // namespace Attache::Analysis::Engine
