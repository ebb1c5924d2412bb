// The PostgreSQL server of the tests (scripts/with-postgres.sh starts one): where it is, why it is missing, and new
// empty databases on it. A test executable registered a second time with ASSET_REGISTRY_TEST_BACKEND=postgresql makes
// every registry of TestRegistry::create() on the server instead of in a file.
#pragma once

#include <QString>

namespace TestServer {

// The superuser's URL of the test server (ASSET_REGISTRY_TEST_POSTGRES), empty when there is none.
QString url();
// Why there is no server (empty when there is one).
QString missingReason();
// Whether a missing server is a failure (ASSET_REGISTRY_REQUIRE_POSTGRES=1, set by scripts/test.sh and CI).
bool required();
// Whether this run puts the tests' registries on the server.
bool isServerRun();

// A new empty database on the server, owned by `owner` (the superuser when empty); its URL for the superuser, or an
// empty string after a warning. Creating a database takes the server about half a second.
QString createDatabase(const QString &owner = {});
// Where a test puts a new registry: an empty schema of its own in one database of this test process (a few
// milliseconds), reached through the URL's options (search_path); empty after a warning.
QString newRegistryLocation();
// The URL of database `name` on the server for `user` (and `password`).
QString urlFor(const QString &database, const QString &user, const QString &password = {});
// The database name of a URL of urlFor() or createDatabase().
QString databaseOf(const QString &url);
// Who an audit event names: the actor a test set on a registry file, the server's user on a server registry (the
// server stamps every event with session_user, whatever the client says).
QString expectedActor(const QString &fileActor);
// Runs statements as the superuser on the database `database` ("postgres" when empty); false after a warning.
bool execute(const QStringList &statements, const QString &database = {});

} // namespace TestServer

// In a test function: skips (or, when the server is required, fails) with the reason when there is no server.
#define REQUIRE_TEST_SERVER()                                                                                          \
    do {                                                                                                               \
        if (TestServer::url().isEmpty()) {                                                                             \
            if (TestServer::required())                                                                                \
                QFAIL(qPrintable(TestServer::missingReason()));                                                        \
            QSKIP(qPrintable(TestServer::missingReason()));                                                            \
        }                                                                                                              \
    } while (false)

// In a test function that acts on the registry file itself (through SQLite): skipped in the run against the server.
#define SKIP_ON_SERVER(why)                                                                                            \
    do {                                                                                                               \
        if (TestServer::isServerRun())                                                                                 \
            QSKIP(why);                                                                                                \
    } while (false)
