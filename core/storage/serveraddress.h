// The address of a shared registry on PostgreSQL (DESIGN.md §14): a libpq connection URL,
// postgresql://user@host:port/dbname?sslmode=…, as typed after --database or built by the connect dialog.
#pragma once

#include "internal.h"

#include <QString>

struct ServerAddress
{
    QString host; // a host name, an address, or the folder of a Unix socket ("/run/postgresql")
    int port = 5432;
    QString database;
    QString user;
    QString password; // only when the URL carries one; libpq's own sources (~/.pgpass, PGPASSWORD) otherwise
    QString sslMode;  // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default
    QString options;  // libpq's options, e.g. "-c search_path=ledger,public" for a registry in a schema of its own

    // Whether `location` names a server rather than a registry file.
    static bool isServerUrl(const QString &location);
    // Reads a URL; false with a translated message for one that is not a usable registry address.
    static bool parse(const QString &url, ServerAddress *address, QString *error);
    // The URL without the password: what the window's title, the recent list and messages show.
    QString displayUrl() const;
};
