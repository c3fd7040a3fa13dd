// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"

#include "analysis/quoteextractor.h"
#include "clock.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Attache::Analysis {

namespace {

QString now()
{
    return Clock::instance().now().toString(Qt::ISODateWithMs);
}

/** Quotes stored by one INSERT; 8 bound values each, far below SQLite's limit. */
constexpr qsizetype kQuotesPerStatement = 16;

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace

PeopleRegister::PeopleRegister(const QSqlDatabase &db)
    : m_db(db)
{
}

qint64 PeopleRegister::findPerson(const QString &name) const
{
    for (const QString &sql :
         {QStringLiteral("SELECT id FROM people WHERE name = ? COLLATE NOCASE AND kind <> 'unnamed' ORDER BY id "
                         "LIMIT 1"),
          QStringLiteral("SELECT a.person_id FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.alias "
                         "= ? COLLATE NOCASE AND p.kind <> 'unnamed' ORDER BY a.person_id LIMIT 1")}) {
        QSqlQuery *query = run(sql, {name}, nullptr);
        const qint64 id = query && query->next() ? query->value(0).toLongLong() : 0;
        if (query) {
            query->finish();
        }
        if (id != 0) {
            return id;
        }
    }
    return 0;
}

QSqlQuery *PeopleRegister::run(const QString &sql, const QVariantList &values, QString *error) const
{
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            if (error) {
                *error = Db::describe(query.lastError());
            }
            return nullptr;
        }
        statement = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = statement->second;
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        if (error) {
            *error = Db::describe(query.lastError());
        }
        return nullptr;
    }
    return &query;
}

bool PeopleRegister::saveAnalysis(qint64 articleId, const AnalysisResult &result, QString *error)
{
    Db::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error) {
            *error = transaction.errorString();
        }
        return false;
    }
    if (!writeAnalysis(articleId, result, error)) {
        return false;
    }
    if (!transaction.commit()) {
        if (error) {
            *error = transaction.errorString();
        }
        return false;
    }
    return true;
}

bool PeopleRegister::saveAnalysisInTransaction(qint64 articleId, const AnalysisResult &result, QString *error)
{
    if (!run(QStringLiteral("SAVEPOINT analysis"), {}, error)) {
        return false;
    }
    if (!writeAnalysis(articleId, result, error)) {
        // The caller's transaction goes on without this analysis; its own error is the one reported.
        run(QStringLiteral("ROLLBACK TO analysis"), {}, nullptr);
        run(QStringLiteral("RELEASE analysis"), {}, nullptr);
        return false;
    }
    return run(QStringLiteral("RELEASE analysis"), {}, error);
}

bool PeopleRegister::writeAnalysis(qint64 articleId, const AnalysisResult &result, QString *error)
{
    // Whom the article named before: those it no longer names may be left with nothing (below).
    QList<qint64> named;
    if (!peopleQuotedIn(articleId, &named, error)) {
        return false;
    }
    // Machine output is replaced wholesale; what the user said lives in corrections and is replayed below.
    if (!run(QStringLiteral("DELETE FROM quotes WHERE article_id = ?"), {articleId}, error)) {
        return false;
    }
    QList<qint64> personIds;
    for (const Speaker &speaker : result.speakers) {
        // Unnamed sources are never the same person across articles.
        qint64 id = speaker.kind == SpeakerKind::Unnamed ? 0 : findPerson(speaker.name);
        for (qsizetype a = 0; id == 0 && a < speaker.aliases.size() && speaker.kind != SpeakerKind::Unnamed; ++a) {
            id = findPerson(speaker.aliases.at(a));
        }
        const QString kind = speakerKindName(speaker.kind);
        if (id == 0) {
            QSqlQuery *query
                = run(QStringLiteral("INSERT INTO people (name, role, kind, created_at) VALUES (?, ?, ?, ?)"),
                      {speaker.name, nullable(speaker.role), kind, now()}, error);
            if (!query) {
                return false;
            }
            id = query->lastInsertId().toLongLong();
        } else if (!speaker.role.isEmpty()) {
            // Fill in what the register lacks, but never touch what the user set.
            if (!run(QStringLiteral("UPDATE people SET role = COALESCE(NULLIF(role, ''), ?), kind = CASE WHEN "
                                    "kind = 'other' THEN ? ELSE kind END WHERE id = ? AND user_edited = 0"),
                     {speaker.role, kind, id}, error)) {
                return false;
            }
        }
        QStringList names = speaker.aliases;
        names.append(speaker.name);
        for (const QString &alias : std::as_const(names)) {
            // A name the user split off to a person of their own is not given back to this one.
            if (!run(QStringLiteral("INSERT OR IGNORE INTO person_aliases (person_id, alias) SELECT ?, ? WHERE NOT "
                                    "EXISTS (SELECT 1 FROM corrections WHERE action = 'split' AND person_id = ? "
                                    "AND value = ? COLLATE NOCASE)"),
                     {id, alias, id, alias}, error)) {
                return false;
            }
        }
        personIds.append(id);
    }
    // Several rows per statement: each statement that fires the search index's trigger costs the
    // full-text index a round of its own, so one per quote made the quotes most of an import's time.
    for (qsizetype first = 0; first < result.quotes.size(); first += kQuotesPerStatement) {
        const qsizetype rows = std::min(kQuotesPerStatement, result.quotes.size() - first);
        QVariantList values;
        values.reserve(rows * 8);
        for (qsizetype i = first; i < first + rows; ++i) {
            const Quote &quote = result.quotes.at(i);
            values << articleId
                   << (quote.speaker >= 0 ? QVariant(personIds.at(quote.speaker))
                                          : QVariant(QMetaType(QMetaType::LongLong)))
                   << quote.start << quote.end << quote.text << AnalysisResult::kindName(quote.kind)
                   << nullable(quote.cue) << quote.confidence;
        }
        QStringList placeholders(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!run(QStringLiteral("INSERT INTO quotes (article_id, person_id, start_pos, end_pos, text, kind, cue, "
                                "confidence) VALUES ")
                     + placeholders.join(QStringLiteral(", ")),
                 values, error)) {
            return false;
        }
    }
    if (!replayCorrections(articleId, error)) {
        return false;
    }
    // A re-analysis can leave machine-made people with nothing attributed to them (an unnamed source
    // is created afresh each time). Only this article's people can have lost anything here, so only
    // they are looked at: the whole register is thousands of people.
    return removeUnreferenced(named + personIds, error);
}

bool PeopleRegister::peopleQuotedIn(qint64 articleId, QList<qint64> *people, QString *error) const
{
    QSqlQuery *query = run(QStringLiteral("SELECT DISTINCT person_id FROM quotes WHERE article_id = ? AND person_id "
                                          "IS NOT NULL"),
                           {articleId}, error);
    if (!query) {
        return false;
    }
    while (query->next()) {
        people->append(query->value(0).toLongLong());
    }
    query->finish();
    return true;
}

bool PeopleRegister::removeUnreferenced(const QList<qint64> &people, QString *error)
{
    QList<qint64> candidates = people;
    std::ranges::sort(candidates);
    const auto [first, last] = std::ranges::unique(candidates);
    candidates.erase(first, last);
    for (const qint64 id : std::as_const(candidates)) {
        // Kept when the user touched them or a correction names them.
        if (!run(QStringLiteral("DELETE FROM people WHERE id = ? AND user_edited = 0 "
                                "AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.person_id = people.id) "
                                "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.person_id = people.id) "
                                "AND NOT EXISTS (SELECT 1 FROM corrections c "
                                "WHERE c.person_id = people.id OR c.other_id = people.id)"),
                 {id}, error)) {
            return false;
        }
    }
    return true;
}

int PeopleRegister::reanalyzeAll(QString *error)
{
    QSqlQuery query(m_db);
    if (!Db::exec(query, QStringLiteral("SELECT id, clean_text FROM articles ORDER BY id"), {}, error)) {
        return -1;
    }
    QList<std::pair<qint64, QString>> articles;
    while (query.next()) {
        articles.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    query.finish();
    for (const auto &[id, text] : std::as_const(articles)) {
        if (!saveAnalysis(id, QuoteExtractor::analyze(text), error)) {
            return -1;
        }
    }
    return int(articles.size());
}

bool PeopleRegister::replayCorrections(qint64 articleId, QString *error)
{
    QSqlQuery *corrections = run(QStringLiteral("SELECT action, quote_text, person_id FROM corrections WHERE "
                                                "article_id = ? ORDER BY id"),
                                 {articleId}, error);
    if (!corrections) {
        return false;
    }
    while (corrections->next()) {
        const QString action = corrections->value(0).toString();
        const QString text = corrections->value(1).toString();
        bool ok = true;
        if (action == u"reject") {
            ok = run(QStringLiteral("UPDATE quotes SET rejected = 1 WHERE article_id = ? AND text = ?"),
                     {articleId, text}, error);
        } else if (action == u"reassign") {
            ok = run(QStringLiteral("UPDATE quotes SET person_id = ?, confirmed = 1 WHERE article_id = ? AND "
                                    "text = ?"),
                     {corrections->value(2), articleId, text}, error);
        }
        if (!ok) {
            corrections->finish();
            return false;
        }
    }
    corrections->finish();
    return true;
}

bool PeopleRegister::record(const QString &action, const QVariant &articleId, const QVariant &quoteText,
                            const QVariant &personId, const QVariant &value, QString *error)
{
    QSqlQuery query(m_db);
    if (!Db::exec(query,
                  QStringLiteral("INSERT INTO corrections (action, article_id, quote_text, person_id, value, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {action, articleId, quoteText, personId, value, now()}, error)) {
        return false;
    }
    m_lastCorrectionId = query.lastInsertId().toLongLong();
    return true;
}

AnalysisResult PeopleRegister::storedAnalysis(qint64 articleId) const
{
    AnalysisResult result;
    QSqlQuery query(m_db);
    if (!Db::exec(query,
                  QStringLiteral("SELECT q.start_pos, q.end_pos, q.text, q.person_id, COALESCE(q.cue, ''), q.kind, "
                                 "q.confidence, q.confirmed, p.name, COALESCE(p.role, ''), p.kind FROM quotes q "
                                 "LEFT JOIN people p ON p.id = q.person_id WHERE q.article_id = ? AND q.rejected = 0 "
                                 "ORDER BY q.start_pos"),
                  {articleId})) {
        return result;
    }
    QHash<qint64, int> speakerIndex;
    while (query.next()) {
        Quote quote;
        quote.start = query.value(0).toLongLong();
        quote.end = query.value(1).toLongLong();
        quote.text = query.value(2).toString();
        quote.cue = query.value(4).toString();
        const QString kind = query.value(5).toString();
        for (const QuoteKind candidate :
             {QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Transcript, QuoteKind::Indirect}) {
            if (AnalysisResult::kindName(candidate) == kind) {
                quote.kind = candidate;
            }
        }
        // A quote the user attributed is certain.
        quote.confidence = query.value(7).toBool() ? 1.0 : query.value(6).toDouble();
        quote.needsReview = quote.confidence < QuoteExtractor::kReviewThreshold;
        if (!query.value(3).isNull()) {
            const qint64 personId = query.value(3).toLongLong();
            auto found = speakerIndex.constFind(personId);
            if (found == speakerIndex.cend()) {
                Speaker speaker;
                speaker.name = query.value(8).toString();
                speaker.role = query.value(9).toString();
                speaker.kind = speakerKindNamed(query.value(10).toString());
                found = speakerIndex.insert(personId, int(result.speakers.size()));
                result.speakers.append(speaker);
            }
            quote.speaker = *found;
            ++result.speakers[quote.speaker].quoteCount;
        }
        result.quotes.append(quote);
    }
    for (auto it = speakerIndex.cbegin(); it != speakerIndex.cend(); ++it) {
        QSqlQuery aliases(m_db);
        if (Db::exec(aliases, QStringLiteral("SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias"),
                     {it.key()})) {
            while (aliases.next()) {
                if (aliases.value(0).toString() != result.speakers.at(it.value()).name) {
                    result.speakers[it.value()].aliases.append(aliases.value(0).toString());
                }
            }
        }
    }
    return result;
}

bool PeopleRegister::hasAnalysis(qint64 articleId) const
{
    return Db::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM quotes WHERE article_id = ?)"), {articleId})
        .toBool();
}

bool PeopleRegister::withdrawCorrection(qint64 correctionId, QString *error)
{
    const QVariant articleId
        = Db::scalar(m_db, QStringLiteral("SELECT article_id FROM corrections WHERE id = ?"), {correctionId}, error);
    if (!articleId.isValid()) {
        return false;
    }
    Db::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!transaction.isActive()
        || !Db::exec(query, QStringLiteral("DELETE FROM corrections WHERE id = ?"), {correctionId}, error)) {
        return false;
    }
    if (!articleId.isNull()) {
        const QString text
            = Db::scalar(m_db, QStringLiteral("SELECT clean_text FROM articles WHERE id = ?"), {articleId}).toString();
        if (!writeAnalysis(articleId.toLongLong(), QuoteExtractor::analyze(text), error)) {
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error) {
            *error = transaction.errorString();
        }
        return false;
    }
    return true;
}

bool PeopleRegister::reassignQuote(qint64 articleId, const QString &quoteText, qint64 personId, QString *error)
{
    Db::Transaction transaction(m_db);
    const QVariant none {QMetaType(QMetaType::QString)};
    if (!record(QStringLiteral("reassign"), articleId, quoteText, personId, none, error)
        || !replayCorrections(articleId, error)) {
        return false;
    }
    return transaction.commit();
}

bool PeopleRegister::rejectQuote(qint64 articleId, const QString &quoteText, QString *error)
{
    Db::Transaction transaction(m_db);
    const QVariant none {QMetaType(QMetaType::LongLong)};
    if (!record(QStringLiteral("reject"), articleId, quoteText, none, QVariant(QMetaType(QMetaType::QString)), error)
        || !replayCorrections(articleId, error)) {
        return false;
    }
    return transaction.commit();
}

bool PeopleRegister::renamePerson(qint64 personId, const QString &name, QString *error)
{
    Db::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    const QVariant none {QMetaType(QMetaType::LongLong)};
    if (!Db::exec(query,
                  QStringLiteral("INSERT OR IGNORE INTO person_aliases (person_id, alias) SELECT id, name FROM people "
                                 "WHERE id = ?"),
                  {personId}, error)
        || !Db::exec(query, QStringLiteral("UPDATE people SET name = ?, user_edited = 1 WHERE id = ?"),
                     {name, personId}, error)
        || !Db::exec(query, QStringLiteral("INSERT OR IGNORE INTO person_aliases (person_id, alias) VALUES (?, ?)"),
                     {personId, name}, error)
        || !record(QStringLiteral("rename"), none, QVariant(QMetaType(QMetaType::QString)), personId, name, error)) {
        return false;
    }
    return transaction.commit();
}

bool PeopleRegister::mergePeople(qint64 keepId, qint64 otherId, QString *error)
{
    Db::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    const QVariant none {QMetaType(QMetaType::LongLong)};
    const QString otherName
        = Db::scalar(m_db, QStringLiteral("SELECT name FROM people WHERE id = ?"), {otherId}).toString();
    // The merge is recorded by name: the other row disappears, and corrections would cascade with it.
    if (!Db::exec(query,
                  QStringLiteral("INSERT OR IGNORE INTO person_aliases (person_id, alias) SELECT ?, alias FROM "
                                 "person_aliases WHERE person_id = ?"),
                  {keepId, otherId}, error)
        || !Db::exec(query, QStringLiteral("INSERT OR IGNORE INTO person_aliases (person_id, alias) VALUES (?, ?)"),
                     {keepId, otherName}, error)
        || !Db::exec(query, QStringLiteral("UPDATE quotes SET person_id = ? WHERE person_id = ?"), {keepId, otherId},
                     error)
        || !Db::exec(query, QStringLiteral("UPDATE corrections SET person_id = ? WHERE person_id = ?"),
                     {keepId, otherId}, error)
        || !Db::exec(query, QStringLiteral("DELETE FROM people WHERE id = ?"), {otherId}, error)
        || !Db::exec(query, QStringLiteral("UPDATE people SET user_edited = 1 WHERE id = ?"), {keepId}, error)
        || !record(QStringLiteral("merge"), none, QVariant(QMetaType(QMetaType::QString)), keepId, otherName, error)) {
        return false;
    }
    return transaction.commit();
}

qint64 PeopleRegister::splitAlias(qint64 personId, const QString &alias, QString *error)
{
    Db::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    const QVariant none {QMetaType(QMetaType::LongLong)};
    if (!Db::exec(query,
                  QStringLiteral("INSERT INTO people (name, role, kind, user_edited, created_at) SELECT ?, NULL, "
                                 "kind, 1, ? FROM people WHERE id = ?"),
                  {alias, now(), personId}, error)) {
        return 0;
    }
    const qint64 newId = query.lastInsertId().toLongLong();
    if (!Db::exec(query, QStringLiteral("DELETE FROM person_aliases WHERE person_id = ? AND alias = ?"),
                  {personId, alias}, error)
        || !Db::exec(query, QStringLiteral("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)"),
                     {newId, alias}, error)
        || !record(QStringLiteral("split"), none, QVariant(QMetaType(QMetaType::QString)), personId, alias, error)
        || !transaction.commit()) {
        return 0;
    }
    return newId;
}

bool PeopleRegister::setRole(qint64 personId, const QString &role, QString *error)
{
    Db::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    const QVariant none {QMetaType(QMetaType::LongLong)};
    if (!Db::exec(query, QStringLiteral("UPDATE people SET role = ?, user_edited = 1 WHERE id = ?"),
                  {nullable(role), personId}, error)
        || !record(QStringLiteral("set-role"), none, QVariant(QMetaType(QMetaType::QString)), personId, role, error)) {
        return false;
    }
    return transaction.commit();
}

bool PeopleRegister::setKind(qint64 personId, SpeakerKind kind, QString *error)
{
    Db::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    const QVariant none {QMetaType(QMetaType::LongLong)};
    const QString name = speakerKindName(kind);
    if (!Db::exec(query, QStringLiteral("UPDATE people SET kind = ?, user_edited = 1 WHERE id = ?"), {name, personId},
                  error)
        || !record(QStringLiteral("set-kind"), none, QVariant(QMetaType(QMetaType::QString)), personId, name, error)) {
        return false;
    }
    return transaction.commit();
}

QList<PeopleRegister::Person> PeopleRegister::people() const
{
    return loadPeople(QVariant(QMetaType(QMetaType::LongLong)));
}

QList<PeopleRegister::Person> PeopleRegister::loadPeople(const QVariant &personId) const
{
    QList<Person> list;
    QSqlQuery query(m_db);
    // One pass for the counts and one for the aliases: the register may hold thousands of people.
    if (!Db::exec(query,
                  QStringLiteral("SELECT p.id, p.name, COALESCE(p.role, ''), p.kind, COALESCE(p.institution, ''), "
                                 "COALESCE(c.quotes, 0), COALESCE(c.articles, 0) FROM people p LEFT JOIN "
                                 "(SELECT person_id, COUNT(*) AS quotes, COUNT(DISTINCT article_id) AS articles "
                                 "FROM quotes WHERE rejected = 0 AND person_id IS NOT NULL GROUP BY person_id) c "
                                 "ON c.person_id = p.id WHERE ? IS NULL OR p.id = ? ORDER BY p.name, p.id"),
                  {personId, personId})) {
        return list;
    }
    QHash<qint64, qsizetype> rows;
    while (query.next()) {
        Person person;
        person.id = query.value(0).toLongLong();
        person.name = query.value(1).toString();
        person.role = query.value(2).toString();
        person.kind = speakerKindNamed(query.value(3).toString());
        person.institution = query.value(4).toString();
        person.quotes = query.value(5).toInt();
        person.articles = query.value(6).toInt();
        rows.insert(person.id, list.size());
        list.append(person);
    }
    QSqlQuery aliases(m_db);
    if (Db::exec(aliases,
                 QStringLiteral("SELECT a.person_id, a.alias FROM person_aliases a JOIN people p ON p.id = a.person_id "
                                "WHERE a.alias <> p.name AND (? IS NULL OR p.id = ?) ORDER BY a.alias"),
                 {personId, personId})) {
        while (aliases.next()) {
            const auto row = rows.constFind(aliases.value(0).toLongLong());
            if (row != rows.cend()) {
                list[*row].aliases.append(aliases.value(1).toString());
            }
        }
    }
    return list;
}

bool PeopleRegister::setInstitution(qint64 personId, const QString &institution, QString *error)
{
    Db::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    const QVariant none {QMetaType(QMetaType::LongLong)};
    if (!Db::exec(query, QStringLiteral("UPDATE people SET institution = ?, user_edited = 1 WHERE id = ?"),
                  {nullable(institution), personId}, error)
        || !record(QStringLiteral("set-institution"), none, QVariant(QMetaType(QMetaType::QString)), personId,
                   institution, error)) {
        return false;
    }
    return transaction.commit();
}

PeopleRegister::Person PeopleRegister::person(qint64 personId) const
{
    const QList<Person> found = loadPeople(personId);
    return found.isEmpty() ? Person {} : found.constFirst();
}

QList<PeopleRegister::PersonQuote> PeopleRegister::quotesOf(qint64 personId) const
{
    QList<PersonQuote> list;
    QSqlQuery query(m_db);
    if (!Db::exec(query,
                  QStringLiteral("SELECT q.id, a.id, a.title, COALESCE(a.outlet, ''), COALESCE(a.published, ''), "
                                 "q.text, q.kind, q.start_pos, q.end_pos FROM quotes q JOIN articles a ON "
                                 "a.id = q.article_id WHERE q.person_id = ? AND q.rejected = 0 ORDER BY "
                                 "a.published IS NULL, a.published, a.id, q.start_pos"),
                  {personId})) {
        return list;
    }
    while (query.next()) {
        PersonQuote quote;
        quote.quoteId = query.value(0).toLongLong();
        quote.articleId = query.value(1).toLongLong();
        quote.title = query.value(2).toString();
        quote.outlet = query.value(3).toString();
        quote.published = query.value(4).toString();
        quote.text = query.value(5).toString();
        quote.kind = query.value(6).toString();
        quote.start = query.value(7).toLongLong();
        quote.end = query.value(8).toLongLong();
        list.append(quote);
    }
    return list;
}

bool PeopleRegister::reanalyzeArticles(const QList<qint64> &articleIds, QString *error)
{
    Db::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error) {
            *error = transaction.errorString();
        }
        return false;
    }
    for (const qint64 articleId : articleIds) {
        const QString text
            = Db::scalar(m_db, QStringLiteral("SELECT clean_text FROM articles WHERE id = ?"), {articleId}).toString();
        if (!writeAnalysis(articleId, QuoteExtractor::analyze(text), error)) {
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error) {
            *error = transaction.errorString();
        }
        return false;
    }
    return true;
}

namespace {

/** Every row of a query (our own literal), column by column. */
QList<QVariantList> rowsFor(const QSqlDatabase &db, const QString &statement, const QVariantList &values, int columns)
{
    QList<QVariantList> rows;
    QSqlQuery query(db);
    if (!Db::exec(query, statement, values)) {
        return rows;
    }
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < columns; ++column) {
            row.append(query.value(column));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

PeopleRegister::Snapshot PeopleRegister::snapshotPeople(const QList<qint64> &personIds) const
{
    Snapshot snapshot;
    QList<qint64> seenCorrections;
    for (const qint64 id : personIds) {
        snapshot.people += rowsFor(m_db,
                                   QStringLiteral("SELECT id, name, role, institution, kind, color, user_edited, "
                                                  "created_at FROM people WHERE id = ?"),
                                   {id}, 8);
        snapshot.aliases += rowsFor(
            m_db, QStringLiteral("SELECT person_id, alias FROM person_aliases WHERE person_id = ?"), {id}, 2);
        // A correction may name two of the people; it is kept once.
        for (const QVariantList &row :
             rowsFor(m_db,
                     QStringLiteral("SELECT id, action, article_id, quote_text, person_id, other_id, value, "
                                    "created_at FROM corrections WHERE person_id = ? OR other_id = ?"),
                     {id, id}, 8)) {
            if (!seenCorrections.contains(row.constFirst().toLongLong())) {
                seenCorrections.append(row.constFirst().toLongLong());
                snapshot.corrections.append(row);
            }
        }
        snapshot.mentions
            += rowsFor(m_db,
                       QStringLiteral("SELECT id, article_id, person_id, start_pos, end_pos, text FROM mentions WHERE "
                                      "person_id = ?"),
                       {id}, 6);
        for (const QVariantList &row :
             rowsFor(m_db,
                     QStringLiteral("SELECT id, article_id, start_pos, text, person_id FROM quotes WHERE "
                                    "person_id = ?"),
                     {id}, 5)) {
            snapshot.quotes.append(row);
            if (!snapshot.articles.contains(row.at(1).toLongLong())) {
                snapshot.articles.append(row.at(1).toLongLong());
            }
        }
    }
    return snapshot;
}

bool PeopleRegister::restorePeople(const Snapshot &snapshot, const QList<qint64> &madeSince,
                                   const QList<qint64> &correctionIds, bool reanalyze, QString *error)
{
    Db::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error) {
            *error = transaction.errorString();
        }
        return false;
    }
    QSqlQuery query(m_db);
    for (const qint64 id : madeSince) {
        if (!Db::exec(query, QStringLiteral("DELETE FROM people WHERE id = ?"), {id}, error)) {
            return false;
        }
    }
    for (const QVariantList &row : snapshot.people) {
        // Updated in place when the person is still there, so that nothing cascades from a delete.
        if (!Db::exec(
                query,
                QStringLiteral("INSERT INTO people (id, name, role, institution, kind, color, user_edited, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                               "name = excluded.name, role = excluded.role, institution = excluded.institution, "
                               "kind = excluded.kind, color = excluded.color, user_edited = excluded.user_edited, "
                               "created_at = excluded.created_at"),
                row, error)
            || !Db::exec(query, QStringLiteral("DELETE FROM person_aliases WHERE person_id = ?"), {row.constFirst()},
                         error)) {
            return false;
        }
    }
    for (const QVariantList &row : snapshot.aliases) {
        if (!Db::exec(query, QStringLiteral("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)"), row,
                      error)) {
            return false;
        }
    }
    for (const QVariantList &row : snapshot.corrections) {
        if (!Db::exec(query,
                      QStringLiteral("INSERT OR REPLACE INTO corrections (id, action, article_id, quote_text, "
                                     "person_id, other_id, value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      row, error)) {
            return false;
        }
    }
    for (const QVariantList &row : snapshot.mentions) {
        if (!Db::exec(query,
                      QStringLiteral("INSERT OR REPLACE INTO mentions (id, article_id, person_id, start_pos, end_pos, "
                                     "text) VALUES (?, ?, ?, ?, ?, ?)"),
                      row, error)) {
            return false;
        }
    }
    for (const QVariantList &row : snapshot.quotes) {
        // Matched by place and words, not id: a re-analysis since (a later step, undone) makes new rows.
        if (!Db::exec(query,
                      QStringLiteral("UPDATE quotes SET person_id = ? WHERE article_id = ? AND start_pos = ? AND "
                                     "text = ?"),
                      {row.at(4), row.at(1), row.at(2), row.at(3)}, error)) {
            return false;
        }
    }
    for (const qint64 id : correctionIds) {
        if (!Db::exec(query, QStringLiteral("DELETE FROM corrections WHERE id = ?"), {id}, error)) {
            return false;
        }
    }
    for (qsizetype a = 0; reanalyze && a < snapshot.articles.size(); ++a) {
        const qint64 articleId = snapshot.articles.at(a);
        const QString text
            = Db::scalar(m_db, QStringLiteral("SELECT clean_text FROM articles WHERE id = ?"), {articleId}).toString();
        if (!writeAnalysis(articleId, QuoteExtractor::analyze(text), error)) {
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error) {
            *error = transaction.errorString();
        }
        return false;
    }
    return true;
}

} // namespace Attache::Analysis
