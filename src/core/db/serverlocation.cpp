// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlocation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace Attache::Db {

namespace {

constexpr auto kDriver = "QPSQL";

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Db::ServerLocation", text);
}

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

} // namespace

const QStringList ServerLocation::kAllowedParameters {
    QStringLiteral("host"),
    QStringLiteral("port"),
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("service"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
};

bool ServerLocation::isServerLocation(const QString &text)
{
    return text.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerLocation> ServerLocation::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerLocation(text) || !url.isValid()) {
        fail(error, tr("%1 is not a server location (postgresql://USER@HOST/DATABASE)").arg(text));
        return std::nullopt;
    }
    if (url.userInfo().contains(u':')) {
        // The location is shown and remembered; a password there would end up in settings and logs.
        fail(error,
             tr("a server location never holds a password: put it in ~/.pgpass, a service file or "
                "PGPASSWORD instead"));
        return std::nullopt;
    }
    ServerLocation location;
    location.user = url.userName();
    location.host = url.host();
    location.port = url.port(-1);
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/')) {
        fail(error, tr("%1 names no database (postgresql://USER@HOST/DATABASE)").arg(url.toDisplayString()));
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("password")) {
            fail(error,
                 tr("a server location never holds a password: put it in ~/.pgpass, a service file or "
                    "PGPASSWORD instead"));
            return std::nullopt;
        }
        if (!kAllowedParameters.contains(key)) {
            fail(error,
                 tr("%1 is not a connection setting Attaché accepts (%2)")
                     .arg(key, kAllowedParameters.join(QLatin1StringView(", "))));
            return std::nullopt;
        }
        // Qt's driver separates its options with ';' and reads '=' itself: neither may hide in a value.
        if (value.contains(u';') || value.contains(u'=') || value.contains(u'\'') || value.contains(u'\\')) {
            fail(error, tr("the value of %1 holds a character a connection setting may not contain").arg(key));
            return std::nullopt;
        }
        if (key == QLatin1StringView("host")) {
            location.host = value;
        } else if (key == QLatin1StringView("port")) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port <= 0 || location.port > 65535) {
                fail(error, tr("%1 is not a port number").arg(value));
                return std::nullopt;
            }
        } else {
            location.parameters.append({key, value});
        }
    }
    return location;
}

QString ServerLocation::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (!host.startsWith(u'/')) {
        url.setHost(host);
    }
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        query.addQueryItem(QStringLiteral("host"), host);
    }
    for (const auto &[key, value] : parameters) {
        query.addQueryItem(key, value);
    }
    url.setQuery(query);
    return url.toString();
}

bool ServerLocation::connect(const QString &connectionName, QString *error) const
{
    if (!QSqlDatabase::isDriverAvailable(QLatin1StringView(kDriver))) {
        return fail(error, tr("Qt's PostgreSQL driver (QPSQL) is not installed"));
    }
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1StringView(kDriver), connectionName);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setDatabaseName(database);
        QStringList options;
        for (const auto &[key, value] : parameters) {
            options.append(key + u'=' + value);
        }
        db.setConnectOptions(options.join(u';'));
        opened = db.open();
        if (!opened) {
            *error = tr("cannot connect to %1: %2").arg(toString(), db.lastError().databaseText().simplified());
        }
    }
    if (!opened) {
        QSqlDatabase::removeDatabase(connectionName);
    }
    return opened;
}

} // namespace Attache::Db
