// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrank.h"

#include "sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <sqlite3.h>

namespace Attache::Db {

namespace {

// The constants of FTS5's bm25(), so that both rank alike.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kSmallestIdf = 1e-6;
// Row ids are id * 4 + kind; lengths are remembered for the first 16 million (64 MB at most).
constexpr sqlite3_int64 kRememberedRowids = sqlite3_int64(1) << 24;

/** The row lengths one connection has read, valid while it has written nothing since. */
struct RowLengths
{
    sqlite3 *connection = nullptr;
    sqlite3_int64 changesSeen = -1;
    std::vector<qint32> tokens; // -1: not read yet
};

/** What one search needs once: how rare each phrase is, and the average row length. */
struct QueryStatistics
{
    std::vector<double> idf;
    std::vector<double> frequency; // the current row's, reused from row to row
    double averageLength = 1.0;
    bool remembersLengths = false;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *rows)
{
    ++*static_cast<sqlite3_int64 *>(rows);
    return SQLITE_OK;
}

void deleteStatistics(void *statistics)
{
    delete static_cast<QueryStatistics *>(statistics);
}

int queryStatistics(const Fts5ExtensionApi *api, Fts5Context *fts, RowLengths *lengths, QueryStatistics **result)
{
    if (auto *known = static_cast<QueryStatistics *>(api->xGetAuxdata(fts, 0))) {
        *result = known;
        return SQLITE_OK;
    }
    auto statistics = std::make_unique<QueryStatistics>();
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    if (rc != SQLITE_OK) {
        return rc;
    }
    if (rows > 0) {
        statistics->averageLength = double(tokens) / double(rows);
    }
    const int phrases = api->xPhraseCount(fts);
    statistics->idf.resize(phrases);
    statistics->frequency.resize(phrases);
    for (int phrase = 0; phrase < phrases; ++phrase) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, phrase, &hits, countRow);
        if (rc != SQLITE_OK) {
            return rc;
        }
        // A phrase in more than half of the rows would weigh less than nothing; bm25() gives it a trifle.
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        statistics->idf[phrase] = idf > 0.0 ? idf : kSmallestIdf;
    }
    // Inside a transaction the rows read may yet be rolled back; outside, any write since the lengths
    // were read may have changed them.
    if (sqlite3_get_autocommit(lengths->connection) != 0) {
        const sqlite3_int64 changes = sqlite3_total_changes64(lengths->connection);
        if (changes != lengths->changesSeen) {
            lengths->tokens.clear();
            lengths->changesSeen = changes;
        }
        statistics->remembersLengths = true;
    }
    QueryStatistics *kept = statistics.release();
    // On failure xSetAuxdata deletes what it was given.
    rc = api->xSetAuxdata(fts, kept, deleteStatistics);
    if (rc == SQLITE_OK) {
        *result = kept;
    }
    return rc;
}

int rowLength(const Fts5ExtensionApi *api, Fts5Context *fts, RowLengths *lengths, bool remember, int *length)
{
    const sqlite3_int64 rowid = api->xRowid(fts);
    remember = remember && rowid >= 0 && rowid < kRememberedRowids;
    const auto index = std::size_t(rowid);
    if (remember && index < lengths->tokens.size() && lengths->tokens[index] >= 0) {
        *length = lengths->tokens[index];
        return SQLITE_OK;
    }
    const int rc = api->xColumnSize(fts, -1, length);
    if (rc == SQLITE_OK && remember) {
        if (index >= lengths->tokens.size()) {
            lengths->tokens.resize(index + 1, -1);
        }
        lengths->tokens[index] = *length;
    }
    return rc;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount,
          sqlite3_value **arguments)
{
    auto *lengths = static_cast<RowLengths *>(api->xUserData(fts));
    QueryStatistics *statistics = nullptr;
    int rc = queryStatistics(api, fts, lengths, &statistics);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::ranges::fill(statistics->frequency, 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int instance = 0; rc == SQLITE_OK && instance < instances; ++instance) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, instance, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            statistics->frequency[std::size_t(phrase)]
                += column < argumentCount ? sqlite3_value_double(arguments[column]) : 1.0;
        }
    }
    int length = 0;
    if (rc == SQLITE_OK) {
        rc = rowLength(api, fts, lengths, statistics->remembersLengths, &length);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double lengthNorm = kK1 * (1 - kB + kB * double(length) / statistics->averageLength);
    double score = 0.0;
    for (std::size_t phrase = 0; phrase < statistics->idf.size(); ++phrase) {
        const double frequency = statistics->frequency[phrase];
        score += statistics->idf[phrase] * ((frequency * (kK1 + 1.0)) / (frequency + lengthNorm));
    }
    // Negated like bm25(), so that ascending order puts the best match first.
    sqlite3_result_double(context, -score);
}

void deleteLengths(void *lengths)
{
    delete static_cast<RowLengths *>(lengths);
}

fts5_api *fts5Api(sqlite3 *connection)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool SearchRank::install(const QSqlDatabase &db, QString *error)
{
    sqlite3 *connection = nativeHandle(db);
    fts5_api *api = connection ? fts5Api(connection) : nullptr;
    if (!api || api->iVersion < 2) {
        *error = QCoreApplication::translate("Attache::Db::SearchRank", "SQLite was built without full-text search");
        return false;
    }
    auto lengths = std::make_unique<RowLengths>();
    lengths->connection = connection;
    if (api->xCreateFunction(api, kFunctionName, lengths.get(), rank, deleteLengths) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    // The connection owns it now and deletes it when it closes.
    lengths.release();
    return true;
}

} // namespace Attache::Db
