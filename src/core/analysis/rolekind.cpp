// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/rolekind.h"

#include "analysis/lexicon.h"

#include <QRegularExpression>

namespace Attache::Analysis {

namespace {

using L = Lexicon;

bool isCorporateTitle(QStringView word)
{
    return word == u"president" || word == u"vice" || word == u"chairman" || word == u"chairwoman" || word == u"chair"
        || word == u"adviser" || word == u"advisor";
}

/** A party or a parliamentary side, whose leader holds political office. */
bool isPartyWord(QStringView word)
{
    return word == u"party" || word == u"opposition" || word == u"democrats" || word == u"republicans"
        || word == u"conservatives" || word == u"socialists" || word == u"liberals" || word == u"greens"
        || word == u"labour" || word == u"coalition";
}

/** Organisations that are never part of a state: their heads are not officials. */
bool isPrivateBody(QStringView word)
{
    return word == u"association" || word == u"company" || word == u"corporation" || word == u"group" || word == u"fund"
        || word == u"league" || word == u"federation" || word == u"chamber" || word == u"union"
        || word == u"organization" || word == u"organisation";
}

/** A place of research, never a public body; "council" and "center" can be either, so they are not. */
bool scholarlyPlace(const QString &lowerRole)
{
    static const QRegularExpression place(
        QStringLiteral("\\b(institute|university|college|academy|foundation|think[ -]tank|studies|school)\\b"));
    return place.match(lowerRole).hasMatch();
}

} // namespace

SpeakerKind kindFromRole(const QString &role)
{
    const QString lowerRole = role.toLower();
    bool official = false;
    bool expert = false;
    bool journalist = false;
    bool academic = false;
    bool leader = false;
    bool government = false;
    // "vice president at the Asia Society Policy Institute": titles a think tank or university shares with
    // governments, which there make an expert, not an official.
    bool corporateTitle = true;
    bool privateBody = false;
    // "Chinese leader", "opposition leader": a leader of a country or party holds office.
    bool nationLeader = false;
    bool national = false;
    qsizetype i = 0;
    while (i < lowerRole.size()) {
        while (i < lowerRole.size() && !lowerRole[i].isLetter()) {
            ++i;
        }
        qsizetype j = i;
        while (j < lowerRole.size() && (lowerRole[j].isLetter() || lowerRole[j] == u'-')) {
            ++j;
        }
        if (j > i) {
            const QStringView w = QStringView(lowerRole).mid(i, j - i);
            // "King's College", "Queen's University": a title in a capitalised possessive names a place.
            // (Lowercasing can lengthen a few letters, so role is indexed with care.)
            const bool namesPlace = i < role.size() && role.at(i).isUpper() && j + 1 < lowerRole.size()
                && (lowerRole[j] == u'\'' || lowerRole[j] == u'\u2019') && lowerRole[j + 1] == u's';
            const quint32 f = namesPlace ? 0u : Lexicon::flags(w);
            if (f & L::OfficialKind) {
                official = true;
                corporateTitle = corporateTitle && isCorporateTitle(w);
            }
            expert = expert || (f & L::ExpertKind);
            journalist = journalist || (f & L::JournalistKind);
            academic = academic || (f & L::AcademicPlace);
            privateBody = privateBody || isPrivateBody(w);
            government = government || ((f & L::OrgHead) && !(f & L::AcademicPlace) && !isPrivateBody(w));
            leader = leader || w == u"director" || w == u"head" || w == u"chief" || w == u"chair" || w == u"heads"
                || w == u"leads" || w == u"directs" || w == u"runs";
            nationLeader = nationLeader || w == u"leader";
            national = national || (f & (L::Nationality | L::Place)) || isPartyWord(w);
        }
        i = j;
    }
    if (journalist) {
        return SpeakerKind::Journalist;
    }
    academic = academic || lowerRole.contains(u"think tank") || lowerRole.contains(u"think-tank");
    // "who heads a centre at Ukraine's national security council": a state body, whatever it is called.
    static const QRegularExpression stateBody(
        QStringLiteral("\\b(national|state|federal|presidential) ([a-z]+ )?(council|agency|committee|service|"
                       "office|commission|guard)\\b"));
    if (stateBody.match(lowerRole).hasMatch()) {
        government = true;
        academic = false;
    }
    // "vice president of global policy at Mercy Corps": a post inside an organization, not a head of state.
    static const QRegularExpression department(
        QStringLiteral("\\b(president|chair|chairman|chairwoman) (of|for) (?!the\\b|a\\b|an\\b)[a-z]"));
    const bool corporatePost = official && corporateTitle && department.match(role).hasMatch();
    // "a former State Department negotiator now at the Carnegie Endowment": what they were is not what they are.
    const bool formerOfficial = official && academic && lowerRole.contains(u"former");
    if (expert || (academic && !official) || formerOfficial
        || (official && corporateTitle && (scholarlyPlace(lowerRole) || privateBody))) {
        return SpeakerKind::Expert;
    }
    // A director or head is an official only at a public body; elsewhere (an NGO, a firm) we cannot tell,
    // unless the post is about policy or research: "director for nonproliferation policy at the Arms
    // Control Association" is quoted as an independent expert.
    if ((official && !corporatePost) || (leader && government) || (nationLeader && national)) {
        return SpeakerKind::Official;
    }
    static const QRegularExpression policyWork(
        QStringLiteral("\\b(policy|research|programs?|programmes?|analysis)\\b"));
    if ((leader || corporatePost) && policyWork.match(lowerRole).hasMatch()) {
        return SpeakerKind::Expert;
    }
    return SpeakerKind::Other;
}

} // namespace Attache::Analysis
