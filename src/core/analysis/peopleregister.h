// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <unordered_map>

namespace Attache::Analysis {

/**
 * The project's register of speakers. Saves an article's analysis (people merged across articles by
 * name and alias, quotes), and records a user's corrections so that re-analysis never overwrites
 * them: quote-level corrections are replayed on every save, person-level ones are applied to the
 * person (marked user_edited) and keep the old names as aliases so that later articles find the same
 * person. Works on the caller's connection, from the thread that owns it; every write is one
 * transaction. Keeps the statements it prepared until destroyed, so it must go before the
 * connection is removed. Methods return false and set error on failure.
 */
class PeopleRegister
{
    // Copies would share prepared statements, and one could reset the other's rows.
    Q_DISABLE_COPY_MOVE(PeopleRegister)

public:
    struct Person
    {
        qint64 id = 0;
        QString name;
        QStringList aliases;
        QString role;
        SpeakerKind kind = SpeakerKind::Other;
        /** Quotes attributed to the person and not rejected. */
        int quotes = 0;
        QString institution;
        /** Articles with at least one such quote. */
        int articles = 0;
    };

    /** One of a person's quotes, with the article it is in. */
    struct PersonQuote
    {
        qint64 quoteId = 0;
        qint64 articleId = 0;
        QString title;
        QString outlet;
        /** The article's published date (ISO 8601), or empty when unknown. */
        QString published;
        QString text;
        QString kind;
        qint64 start = 0;
        qint64 end = 0;
    };

    /** The people of a merge or split as they were, so that undo can put them back exactly. */
    struct Snapshot
    {
        /** people, person_aliases, corrections and mentions rows naming the people, in column order. */
        QList<QVariantList> people;
        QList<QVariantList> aliases;
        QList<QVariantList> corrections;
        QList<QVariantList> mentions;
        /** (quote id, article id, start, text, person id) of their quotes. */
        QList<QVariantList> quotes;
        /** The articles those quotes are in. */
        QList<qint64> articles;
    };

    explicit PeopleRegister(const QSqlDatabase &db);

    /** Replaces the machine analysis of an article, then replays the corrections recorded for it. */
    bool saveAnalysis(qint64 articleId, const AnalysisResult &result, QString *error = nullptr);
    /**
     * saveAnalysis for a caller that holds the transaction (an article being added): the analysis
     * is written inside a savepoint, so a failure takes back the analysis only.
     */
    bool saveAnalysisInTransaction(qint64 articleId, const AnalysisResult &result, QString *error = nullptr);

    /** Analyses every article of the project again and saves each; returns how many, or -1 on error. */
    int reanalyzeAll(QString *error = nullptr);

    /** The person called name (canonical or alias, ignoring case), or 0. */
    qint64 findPerson(const QString &name) const;
    /**
     * An article's stored analysis as the reader shows it: its non-rejected quotes in text order with
     * their speakers from the register (user corrections applied). Empty when the article was never
     * analysed. Speaker quote counts are for this article.
     */
    AnalysisResult storedAnalysis(qint64 articleId) const;
    /** Whether the article has been analysed and saved (it may have no quotes). */
    bool hasAnalysis(qint64 articleId) const;
    /** The id of the correction the last reassignQuote/rejectQuote/... recorded. */
    qint64 lastCorrectionId() const { return m_lastCorrectionId; }
    /**
     * Takes back a quote correction (reassign or reject): deletes it and analyses its article again,
     * so the engine's attribution returns. For undo.
     */
    bool withdrawCorrection(qint64 correctionId, QString *error = nullptr);
    /** Everyone in the register, by name. */
    QList<Person> people() const;

    /** "This quote is someone else's": kept across re-analysis. */
    bool reassignQuote(qint64 articleId, const QString &quoteText, qint64 personId, QString *error = nullptr);
    /** "Not a quote": the quote stays stored but rejected, across re-analysis. */
    bool rejectQuote(qint64 articleId, const QString &quoteText, QString *error = nullptr);
    /** Renames a person; the old name stays an alias. */
    bool renamePerson(qint64 personId, const QString &name, QString *error = nullptr);
    /** Folds other into keep: its names become aliases of keep and its quotes move to keep. */
    bool mergePeople(qint64 keepId, qint64 otherId, QString *error = nullptr);
    /** Moves an alias to a new person of its own; later articles using that name go to the new person. */
    qint64 splitAlias(qint64 personId, const QString &alias, QString *error = nullptr);
    bool setRole(qint64 personId, const QString &role, QString *error = nullptr);
    bool setKind(qint64 personId, SpeakerKind kind, QString *error = nullptr);

    bool setInstitution(qint64 personId, const QString &institution, QString *error = nullptr);
    /** The people the article's quotes name; false with error set when they cannot be read. */
    bool peopleQuotedIn(qint64 articleId, QList<qint64> *people, QString *error = nullptr) const;
    /**
     * Removes those of people that no quote, mention or correction names any more and that the user
     * never edited, in the caller's transaction: for whoever deleted quotes naming them.
     */
    bool removeUnreferenced(const QList<qint64> &people, QString *error = nullptr);
    /** The person with id, or a Person with id 0. */
    Person person(qint64 personId) const;
    /** The person's non-rejected quotes across the project: by published date (undated last), then position. */
    QList<PersonQuote> quotesOf(qint64 personId) const;
    /** Analyses the articles again and saves them, in one transaction. */
    bool reanalyzeArticles(const QList<qint64> &articleIds, QString *error = nullptr);
    /** The people with ids as they are now, for restorePeople. */
    Snapshot snapshotPeople(const QList<qint64> &personIds) const;
    /**
     * Undoes a merge or split: removes the people made since the snapshot, puts the snapshot's people,
     * aliases, corrections and quote attributions back, and withdraws the corrections the step
     * recorded; with reanalyze, then analyses the snapshot's articles again (for steps that did).
     */
    bool restorePeople(const Snapshot &snapshot, const QList<qint64> &madeSince, const QList<qint64> &correctionIds,
                       bool reanalyze, QString *error = nullptr);

private:
    bool record(const QString &action, const QVariant &articleId, const QVariant &quoteText, const QVariant &personId,
                const QVariant &value, QString *error);
    bool replayCorrections(qint64 articleId, QString *error);
    /** saveAnalysis without its transaction, for callers that hold one. */
    bool writeAnalysis(qint64 articleId, const AnalysisResult &result, QString *error);
    /** Everyone, or only the person with id when it is not null. */
    QList<Person> loadPeople(const QVariant &personId) const;
    /**
     * Runs sql (our own literal) with values bound in order, on a statement prepared once per
     * register: saving an analysis runs the same few statements dozens of times, and an import saves
     * thousands. Returns the statement to read rows from (finish() it after; it stays valid while
     * other statements run), or nullptr on failure.
     */
    QSqlQuery *run(const QString &sql, const QVariantList &values, QString *error) const;

    QSqlDatabase m_db;
    /** Node-based, so that a statement being read stays put while others are prepared. */
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
    qint64 m_lastCorrectionId = 0;
};

} // namespace Attache::Analysis
