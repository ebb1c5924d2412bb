// Reaching a shared registry's server with libpq's own non-blocking connection (PQconnectStartParams and
// PQconnectPoll), before Qt's driver opens it: a wait that can be given up at once (the window's Cancel) or at a
// deadline, and a refusal decided from the server's SQLSTATE and libpq's connection status, never from the words of
// its message (the server may answer in Japanese).
#pragma once

#include "domain/serveraddress.h"
#include "domain/serverrefusal.h"
#include "internal.h"

#include <QString>

#include <atomic>

namespace ServerProbe {

// How long a server has to answer before it counts as unreachable (also libpq's connect_timeout of Qt's driver).
constexpr int kConnectTimeoutSeconds = 10;

// Connects to the server and signs in as libpq would (password from the address, PGPASSWORD or ~/.pgpass), then
// disconnects. None when the server let the user in; Cancelled as soon as *cancel turns true; otherwise the refusal,
// with libpq's and the server's text in *detail (never a password). timeoutMs < 0: kConnectTimeoutSeconds.
ServerRefusal check(const ServerAddress &address, const std::atomic<bool> *cancel, QString *detail, int timeoutMs = -1);
// The translated sentence of a refusal for `shown` (the address without its password) with libpq's text after it.
QString explained(ServerRefusal refusal, const QString &shown, const QString &detail);

} // namespace ServerProbe
