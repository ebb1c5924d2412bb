// Why a shared registry's server refused a connection or a change (DESIGN.md §14), decided from what libpq and the
// server report in a form that does not depend on their language: the SQLSTATE of the server's error and how far the
// connection got. The server may answer in Japanese (its lc_messages), so its words are shown but never read.
#pragma once

#include <QString>

enum class ServerRefusal
{
    None,             // no refusal: connected (or the change was made)
    Cancelled,        // the user stopped waiting
    Unreachable,      // no server answered at the address (name, port, network, or the server is down or silent)
    PasswordNeeded,   // the server asks for a password and libpq has none (no ~/.pgpass entry, no PGPASSWORD)
    WrongPassword,    // the server refused the password given (28P01)
    TlsMismatch,      // the TLS mode and the server disagree: TLS required, not offered, or a certificate not trusted
    DatabaseMissing,  // the database does not exist on the server (3D000)
    AccessDenied,     // the server does not let this user connect: an unknown user or no rule for it (28000, 42501)
    NotARegistry,     // the database holds another application's tables
    EmptyDatabase,    // the database holds no registry yet (server init makes one)
    SchemaNewer,      // the registry was written by a newer version
    PermissionDenied, // a change the user's role may not make (42501 on a statement)
    OtherDepartment,  // an editor's change of another department's asset (42R01, raised by the registry's trigger)
    Other             // anything else: the server's own words say what
};

// How far a connection attempt got before it failed, as libpq's connection status showed it.
struct ServerConnectStage
{
    bool reachedServer = false;    // the socket was connected and the server was talked to
    bool failedInTlsStart = false; // the attempt failed while TLS was being negotiated
    bool passwordNeeded = false;   // PQconnectionNeedsPassword: a password was asked for and none was available
    bool passwordUsed = false;     // PQconnectionUsedPassword
};

namespace ServerRefusals {

// The refusal of a failed connection from the server's SQLSTATE (empty when the server sent none) and the stage.
ServerRefusal ofConnection(const QString &sqlState, const ServerConnectStage &stage);
// The refusal of a failed statement from its SQLSTATE (None when it is not a refusal a person can act on).
ServerRefusal ofStatement(const QString &sqlState);
// The SQLSTATE in a text of libpq or of Qt's PostgreSQL driver: the code after the severity in a verbose libpq
// message ("FATAL:  28P01: …", whatever the language of the words around it), or Qt's "(42501)" after the server's
// message. Empty when there is none.
QString sqlStateIn(const QString &text);
// The translated sentence of a refusal for the server address `address` (shown without its password), saying what
// happened and what to do. Empty for None and Cancelled.
QString message(ServerRefusal refusal, const QString &address);

} // namespace ServerRefusals
