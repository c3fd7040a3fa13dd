// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Attache::Db {

/**
 * Where a project on a PostgreSQL server lives, written as a libpq URI:
 * `postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full` (`postgres://` too; `?host=/folder`
 * names a Unix socket folder). A location never holds a password: credentials come from libpq's
 * own sources (`~/.pgpass`, a service file, `PGPASSWORD`), so a location can be shown, logged and
 * remembered as it is. Only the libpq parameters listed in kAllowedParameters are accepted.
 */
class ServerLocation
{
public:
    /** The query parameters a location may carry; anything else is refused rather than ignored. */
    static const QStringList kAllowedParameters;

    /** Whether text is meant as a server location (its scheme), so that it is not taken for a file name. */
    static bool isServerLocation(const QString &text);
    /** Parses text; returns nothing with error set to one line for the user when it is not a usable location. */
    static std::optional<ServerLocation> parse(const QString &text, QString *error);

    /** The location as the user should see it, in the same form parse() reads. */
    QString toString() const;
    /**
     * Adds a QPSQL connection named connectionName and opens it. On failure the connection is
     * removed again and error says why in the server's words. The caller owns the connection name.
     */
    bool connect(const QString &connectionName, QString *error) const;

    QString user;
    /** A host name or address, a Unix socket folder (starting with '/'), or empty for libpq's default. */
    QString host;
    int port = -1;
    QString database;
    /** Further libpq parameters (sslmode, service…), in the order given. */
    QList<QPair<QString, QString>> parameters;
};

} // namespace Attache::Db
