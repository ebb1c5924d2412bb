// The libpq connection that finds out whether a shared registry's server answers and lets its user in.
#include "serverprobe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <poll.h>

#include <vector>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// How often a wait looks at the cancel flag.
constexpr int kPollSliceMs = 50;

struct Attempt
{
    ServerRefusal refusal = ServerRefusal::None;
    QString sqlState;
    QString detail;
    bool unencrypted = true; // the failing attempt talked to the server without TLS
};

// libpq's message without its LOCATION lines (the server's source file and line, of no use to a reader); they are
// recognised by their shape ("WORD:  function, file.c:123"), whatever language libpq writes.
QString readable(const char *message)
{
    static const QRegularExpression location(QStringLiteral("^\\S+:\\s+\\S+, \\S+:\\d+$"));
    QStringList kept;
    const QStringList lines = QString::fromUtf8(message).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!location.match(line.trimmed()).hasMatch())
            kept << line.trimmed();
    }
    return kept.join(QLatin1Char(' '));
}

Attempt attempt(const ServerAddress &address, const QString &sslMode, const std::atomic<bool> *cancel, int timeoutMs)
{
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;
    const auto add = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        keys.emplace_back(key);
        values.push_back(value.toUtf8());
    };
    add("host", address.host);
    add("port", QString::number(address.port));
    add("dbname", address.database);
    add("user", address.user);
    add("password", address.password);
    add("sslmode", sslMode);
    add("options", address.options);
    add("application_name", QStringLiteral("asset-registry"));
    std::vector<const char *> keyPointers;
    std::vector<const char *> valuePointers;
    for (std::size_t index = 0; index < keys.size(); ++index) {
        keyPointers.push_back(keys[index].constData());
        valuePointers.push_back(values[index].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    Attempt result;
    PGconn *connection = PQconnectStartParams(keyPointers.data(), valuePointers.data(), 0);
    if (!connection) {
        result.refusal = ServerRefusal::Other;
        result.detail = QStringLiteral("out of memory");
        return result;
    }
    // The SQLSTATE of the server's error is written into libpq's message after the severity (see sqlStateIn()).
    PQsetErrorVerbosity(connection, PQERRORS_VERBOSE);
    ServerConnectStage stage;
    const QDeadlineTimer deadline(timeoutMs);
    PostgresPollingStatusType polling = PGRES_POLLING_WRITING;
    bool timedOut = false;
    bool cancelled = false;
    while (PQstatus(connection) != CONNECTION_BAD && polling != PGRES_POLLING_OK && polling != PGRES_POLLING_FAILED) {
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        if (deadline.hasExpired()) {
            timedOut = true;
            break;
        }
        pollfd descriptor{PQsocket(connection), short(polling == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int slice = int(qMin<qint64>(kPollSliceMs, qMax<qint64>(deadline.remainingTime(), 0)));
        const int ready = poll(&descriptor, 1, slice);
        if (ready == 0)
            continue;
        const ConnStatusType before = PQstatus(connection);
        if (before != CONNECTION_STARTED && before != CONNECTION_NEEDED)
            stage.reachedServer = true;
        polling = PQconnectPoll(connection);
        if (polling == PGRES_POLLING_FAILED) {
            stage.failedInTlsStart = before == CONNECTION_SSL_STARTUP;
        } else {
            result.unencrypted = PQsslInUse(connection) == 0;
        }
    }
    if (cancelled) {
        PQfinish(connection);
        result.refusal = ServerRefusal::Cancelled;
        return result;
    }
    if (timedOut) {
        PQfinish(connection);
        result.refusal = ServerRefusal::Unreachable;
        result.detail = translated(QT_TRANSLATE_NOOP("Database", "no answer within %1 seconds")).arg(timeoutMs / 1000);
        return result;
    }
    if (PQstatus(connection) == CONNECTION_OK) {
        PQfinish(connection);
        return result;
    }
    stage.passwordNeeded = PQconnectionNeedsPassword(connection) != 0;
    stage.passwordUsed = PQconnectionUsedPassword(connection) != 0;
    const char *message = PQerrorMessage(connection);
    result.sqlState = ServerRefusals::sqlStateIn(QString::fromUtf8(message));
    result.detail = readable(message);
    result.refusal = ServerRefusals::ofConnection(result.sqlState, stage);
    PQfinish(connection);
    return result;
}

bool requiresTls(const QString &sslMode)
{
    return sslMode == QLatin1String("require") || sslMode == QLatin1String("verify-ca") ||
           sslMode == QLatin1String("verify-full");
}

} // namespace

namespace ServerProbe {

ServerRefusal check(const ServerAddress &address, const std::atomic<bool> *cancel, QString *detail, int timeoutMs)
{
    if (timeoutMs < 0)
        timeoutMs = kConnectTimeoutSeconds * 1000;
    const Attempt first = attempt(address, address.sslMode, cancel, timeoutMs);
    *detail = first.detail;
    // A server that admits nobody without TLS answers 28000 to a connection without it, as it does to a user it does
    // not know: the same user with TLS tells the two apart (no socket folder: libpq never uses TLS there).
    if (first.refusal == ServerRefusal::AccessDenied && first.sqlState == QLatin1String("28000") && first.unencrypted &&
        !requiresTls(address.sslMode) && !address.host.startsWith(QLatin1Char('/'))) {
        const Attempt withTls = attempt(address, QStringLiteral("require"), cancel, timeoutMs);
        if (withTls.refusal == ServerRefusal::Cancelled)
            return ServerRefusal::Cancelled;
        if (withTls.sqlState != QLatin1String("28000") && withTls.refusal != ServerRefusal::TlsMismatch)
            return ServerRefusal::TlsMismatch;
    }
    return first.refusal;
}

QString explained(ServerRefusal refusal, const QString &shown, const QString &detail)
{
    QString sentence = ServerRefusals::message(refusal, shown);
    if (detail.trimmed().isEmpty())
        return sentence;
    return translated(QT_TRANSLATE_NOOP("Database", "%1 (PostgreSQL: %2)")).arg(sentence, detail.trimmed());
}

} // namespace ServerProbe
