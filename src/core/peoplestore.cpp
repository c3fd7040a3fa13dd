// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplestore.h"

#include "analysis/quoteextractor.h"
#include "article.h"
#include "articlestore.h"
#include "db/sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Attache {

PeopleStore::PeopleStore(ArticleStore *articles, QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
    // An article brings its quotes (AutoAnalysis stores them in its transaction) and takes them away.
    connect(articles, &ArticleStore::articleAdded, this, &PeopleStore::articleAnalysisChanged);
    connect(articles, &ArticleStore::articleRemoved, this, &PeopleStore::articleAnalysisChanged);
}

PeopleStore::~PeopleStore() = default;

Analysis::PeopleRegister &PeopleStore::registry() const
{
    if (!m_register) {
        m_register.emplace(QSqlDatabase::database(m_connectionName, false));
    }
    return *m_register;
}

template<typename T> T PeopleStore::changed(T done)
{
    if (done) {
        Q_EMIT peopleChanged();
    }
    return done;
}

QList<PeopleStore::Person> PeopleStore::people() const
{
    return registry().people();
}

PeopleStore::Person PeopleStore::person(qint64 personId) const
{
    return registry().person(personId);
}

qint64 PeopleStore::findPerson(const QString &name) const
{
    return registry().findPerson(name);
}

QList<PeopleStore::PersonQuote> PeopleStore::quotesOf(qint64 personId) const
{
    return registry().quotesOf(personId);
}

bool PeopleStore::hasAnalysis(qint64 articleId) const
{
    return registry().hasAnalysis(articleId);
}

Analysis::AnalysisResult PeopleStore::storedAnalysis(qint64 articleId) const
{
    return registry().storedAnalysis(articleId);
}

Analysis::AnalysisResult PeopleStore::analysisOf(const Article &article) const
{
    return hasAnalysis(article.id) ? storedAnalysis(article.id) : Analysis::QuoteExtractor::analyze(article.cleanText);
}

std::optional<std::pair<qint64, qint64>> PeopleStore::quoteSpan(qint64 quoteId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!Db::exec(query, QStringLiteral("SELECT start_pos, end_pos FROM quotes WHERE id = ?"), {quoteId})
        || !query.next()) {
        return std::nullopt;
    }
    return std::pair {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

PeopleStore::Snapshot PeopleStore::snapshotPeople(const QList<qint64> &personIds) const
{
    return registry().snapshotPeople(personIds);
}

qint64 PeopleStore::lastCorrectionId() const
{
    return registry().lastCorrectionId();
}

bool PeopleStore::analyzeIfNeeded(const Article &article, QString *error)
{
    if (hasAnalysis(article.id)) {
        return true;
    }
    if (!registry().saveAnalysis(article.id, Analysis::QuoteExtractor::analyze(article.cleanText), error)) {
        return false;
    }
    Q_EMIT articleAnalysisChanged(article.id);
    return true;
}

bool PeopleStore::saveAnalysisInTransaction(qint64 articleId, const Analysis::AnalysisResult &result, QString *error)
{
    return registry().saveAnalysisInTransaction(articleId, result, error);
}

int PeopleStore::reanalyzeAll(QString *error)
{
    const int count = registry().reanalyzeAll(error);
    changed(count >= 0);
    return count;
}

bool PeopleStore::reanalyzeArticles(const QList<qint64> &articleIds, QString *error)
{
    return changed(registry().reanalyzeArticles(articleIds, error));
}

bool PeopleStore::reassignQuote(qint64 articleId, const QString &quoteText, qint64 personId, QString *error)
{
    return changed(registry().reassignQuote(articleId, quoteText, personId, error));
}

bool PeopleStore::rejectQuote(qint64 articleId, const QString &quoteText, QString *error)
{
    return changed(registry().rejectQuote(articleId, quoteText, error));
}

bool PeopleStore::withdrawCorrection(qint64 correctionId, QString *error)
{
    return changed(registry().withdrawCorrection(correctionId, error));
}

bool PeopleStore::renamePerson(qint64 personId, const QString &name, QString *error)
{
    return changed(registry().renamePerson(personId, name, error));
}

bool PeopleStore::mergePeople(qint64 keepId, qint64 otherId, QString *error)
{
    return changed(registry().mergePeople(keepId, otherId, error));
}

qint64 PeopleStore::splitAlias(qint64 personId, const QString &alias, QString *error)
{
    return changed(registry().splitAlias(personId, alias, error));
}

bool PeopleStore::setRole(qint64 personId, const QString &role, QString *error)
{
    return changed(registry().setRole(personId, role, error));
}

bool PeopleStore::setKind(qint64 personId, Analysis::SpeakerKind kind, QString *error)
{
    return changed(registry().setKind(personId, kind, error));
}

bool PeopleStore::setInstitution(qint64 personId, const QString &institution, QString *error)
{
    return changed(registry().setInstitution(personId, institution, error));
}

bool PeopleStore::restorePeople(const Snapshot &snapshot, const QList<qint64> &madeSince,
                                const QList<qint64> &correctionIds, bool reanalyze, QString *error)
{
    return changed(registry().restorePeople(snapshot, madeSince, correctionIds, reanalyze, error));
}

} // namespace Attache
