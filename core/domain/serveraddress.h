// The address of a shared registry on PostgreSQL (DESIGN.md §14): a libpq connection URL,
// postgresql://user@host:port/dbname?sslmode=…, as typed after --database or built by the connect dialog from its
// fields. Plain text and QUrl only: storage opens it, the window builds and shows it.
#pragma once

#include <QString>
#include <QStringList>

struct ServerAddress
{
    QString host; // a host name, an address (IPv6 without brackets), or the folder of a Unix socket ("/run/postgresql")
    int port = 5432;
    QString database;
    QString user;
    QString password; // only when given (in the URL, or asked for); libpq's own sources (~/.pgpass, PGPASSWORD) else
    QString sslMode;  // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default
    QString options;  // libpq's options, e.g. "-c search_path=ledger,public" for a registry in a schema of its own

    static constexpr int kDefaultPort = 5432;
    // The TLS modes libpq knows, from none to the strictest.
    static QStringList sslModes();

    // Whether `location` names a server rather than a registry file.
    static bool isServerUrl(const QString &location);
    // Reads a URL; false with a translated message for one that is not a usable registry address. The message never
    // repeats a password the URL carries.
    static bool parse(const QString &url, ServerAddress *address, QString *error);
    // The URL without the password: what the window's title, the recent list and messages show.
    QString displayUrl() const;
    // The URL with the password, when there is one: only to be handed to Registry::open() in this process. Never
    // shown, logged or stored.
    QString connectionUrl() const;
    // Short, for a menu or a title: user@host:port/database (the host in brackets when it is an IPv6 address).
    QString displayName() const;
    // A URL as it may be shown: without its password, whatever else it holds (also when it cannot be read).
    static QString withoutPassword(const QString &url);

private:
    QString url(bool withPassword) const;
};
