// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Attache::Db {

/**
 * The ranking function searches order by, an FTS5 auxiliary function named attache_rank. It scores
 * exactly as FTS5's bm25() does (k1 = 1.2, b = 0.75, one weight per column as arguments), but keeps
 * each row's length in tokens between searches. bm25() reads that length from the index's docsize
 * table for every match, and on a large project those lookups are most of a search's time.
 *
 * The lengths are remembered per connection and forgotten whenever the connection has written
 * anything (the project's connection holds an exclusive lock, so no other connection writes). They
 * are neither read nor remembered inside a transaction, whose changes may still be rolled back.
 */
class SearchRank
{
public:
    static constexpr auto kFunctionName = "attache_rank";

    /** Adds the function to db's connection; returns false with error set when SQLite has no FTS5. */
    static bool install(const QSqlDatabase &db, QString *error);
};

} // namespace Attache::Db
