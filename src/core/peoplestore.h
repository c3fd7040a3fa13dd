// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/peopleregister.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <utility>

namespace Attache {

struct Article;
class ArticleStore;

/**
 * The project's people register (Analysis::PeopleRegister) as a store: the single way people,
 * aliases, quotes and corrections are written, through one register whose prepared statements live
 * as long as the project. peopleChanged() follows every write that succeeded, and
 * articleAnalysisChanged() every article whose quotes arrived or went (an article added or removed,
 * one analysed on first reading), so views refresh from the signals and no caller has to tell them. Owned by Project;
 * use it on the project's thread. Methods that can fail return false (or 0) and set error.
 */
class PeopleStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleStore)

public:
    using Person = Analysis::PeopleRegister::Person;
    using PersonQuote = Analysis::PeopleRegister::PersonQuote;
    using Snapshot = Analysis::PeopleRegister::Snapshot;

    /** Listens to articles for additions and removals; the connection is looked up when first used. */
    PeopleStore(ArticleStore *articles, QString connectionName, QObject *parent = nullptr);
    ~PeopleStore() override;

    /** Everyone in the register, by name. */
    QList<Person> people() const;
    /** The person with id, or a Person with id 0. */
    Person person(qint64 personId) const;
    /** The person called name (canonical or alias, ignoring case), or 0. */
    qint64 findPerson(const QString &name) const;
    /** The person's quotes across the project (see PeopleRegister::quotesOf). */
    QList<PersonQuote> quotesOf(qint64 personId) const;
    /** Whether the article's analysis is stored. */
    bool hasAnalysis(qint64 articleId) const;
    /** The article's stored analysis with the user's corrections (see PeopleRegister::storedAnalysis). */
    Analysis::AnalysisResult storedAnalysis(qint64 articleId) const;
    /**
     * Who says what in article, for reading and reports: the stored analysis, or for an article
     * never analysed (projects from before analysis was stored) the engine's, made on the spot and
     * not stored.
     */
    Analysis::AnalysisResult analysisOf(const Article &article) const;
    /** [start, end) of the stored quote with id in its article's text, or nullopt. */
    std::optional<std::pair<qint64, qint64>> quoteSpan(qint64 quoteId) const;
    /** The people with ids as they are now, for restorePeople(). */
    Snapshot snapshotPeople(const QList<qint64> &personIds) const;
    /** The id of the correction the last successful correcting write recorded. */
    qint64 lastCorrectionId() const;

    /** Analyses article and stores the result when it was never analysed; true when nothing was needed. */
    bool analyzeIfNeeded(const Article &article, QString *error = nullptr);
    /**
     * Stores an analysis inside the caller's transaction (an article being added); emits nothing,
     * as ArticleStore::articleAdded follows the commit.
     */
    bool saveAnalysisInTransaction(qint64 articleId, const Analysis::AnalysisResult &result, QString *error = nullptr);
    /** Analyses every article again; returns how many, or -1. */
    int reanalyzeAll(QString *error = nullptr);
    bool reanalyzeArticles(const QList<qint64> &articleIds, QString *error = nullptr);

    bool reassignQuote(qint64 articleId, const QString &quoteText, qint64 personId, QString *error = nullptr);
    bool rejectQuote(qint64 articleId, const QString &quoteText, QString *error = nullptr);
    /** Takes back a quote correction (undo of reassignQuote/rejectQuote). */
    bool withdrawCorrection(qint64 correctionId, QString *error = nullptr);
    bool renamePerson(qint64 personId, const QString &name, QString *error = nullptr);
    bool mergePeople(qint64 keepId, qint64 otherId, QString *error = nullptr);
    /** Returns the new person's id, or 0. */
    qint64 splitAlias(qint64 personId, const QString &alias, QString *error = nullptr);
    bool setRole(qint64 personId, const QString &role, QString *error = nullptr);
    bool setKind(qint64 personId, Analysis::SpeakerKind kind, QString *error = nullptr);
    bool setInstitution(qint64 personId, const QString &institution, QString *error = nullptr);
    /** Undoes a merge or split (see PeopleRegister::restorePeople). */
    bool restorePeople(const Snapshot &snapshot, const QList<qint64> &madeSince, const QList<qint64> &correctionIds,
                       bool reanalyze, QString *error = nullptr);

Q_SIGNALS:
    /** People, their names, kinds or roles, or who said which quote changed, in any article. */
    void peopleChanged();
    /** The quotes of one article were stored or removed, and the register with them. */
    void articleAnalysisChanged(qint64 articleId);

private:
    /** The one register, made on first use because the connection opens after the stores are made. */
    Analysis::PeopleRegister &registry() const;
    /** Emits peopleChanged() when done is true, and passes it on. */
    template<typename T> T changed(T done);

    QString m_connectionName;
    mutable std::optional<Analysis::PeopleRegister> m_register;
};

} // namespace Attache
