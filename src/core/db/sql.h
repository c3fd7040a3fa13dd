// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

struct sqlite3;

namespace Attache::Db {

/**
 * Prepares sql, binds values positionally and executes it. Returns true on success; on failure
 * returns false and, when error is given, sets it to the driver's message. Values are always
 * bound, never spliced into the statement text.
 */
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

/**
 * A one-line message for a failed statement. A full disk and a read-only file get plain words
 * instead of SQLite's driver text, because they are what a user meets and can act on.
 */
QString describe(const QSqlError &error);

/** Runs a statement expected to yield one value (a count, a pragma); returns an invalid QVariant on error. */
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

/**
 * A LIKE pattern that matches text containing part literally: its %, _ and \ are escaped, so the
 * statement must say ESCAPE '\'.
 */
QString likeContaining(const QString &part);

/** The SQLite connection behind db, for the few things Qt's driver has no call for; nullptr when db is not SQLite. */
sqlite3 *nativeHandle(const QSqlDatabase &db);

/** The version of the SQLite library behind Qt's driver, e.g. "3.46.1". */
QString sqliteLibraryVersion();

} // namespace Attache::Db
