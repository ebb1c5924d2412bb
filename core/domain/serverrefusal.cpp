// Refusals of a shared registry's server, from SQLSTATEs and connection stages, and their translated sentences.
#include "serverrefusal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

} // namespace

namespace ServerRefusals {

ServerRefusal ofConnection(const QString &sqlState, const ServerConnectStage &stage)
{
    // A password that libpq was asked for and did not have: asking the person may help.
    if (stage.passwordNeeded)
        return ServerRefusal::PasswordNeeded;
    if (sqlState == QLatin1String("28P01"))
        return ServerRefusal::WrongPassword;
    if (sqlState == QLatin1String("3D000"))
        return ServerRefusal::DatabaseMissing;
    // 28000: no rule of pg_hba.conf admits the user (or the user is unknown); 42501: no CONNECT privilege.
    if (sqlState == QLatin1String("28000") || sqlState == QLatin1String("42501"))
        return ServerRefusal::AccessDenied;
    if (!sqlState.isEmpty())
        return ServerRefusal::Other;
    // No word from the server: libpq gave up by itself.
    if (stage.failedInTlsStart)
        return ServerRefusal::TlsMismatch;
    return ServerRefusal::Unreachable;
}

ServerRefusal ofStatement(const QString &sqlState)
{
    if (sqlState == QLatin1String("42R01"))
        return ServerRefusal::OtherDepartment;
    if (sqlState == QLatin1String("42501"))
        return ServerRefusal::PermissionDenied;
    return ServerRefusal::None;
}

QString sqlStateIn(const QString &text)
{
    // A SQLSTATE is five digits or capital letters. libpq writes it (verbosity PQERRORS_VERBOSE) after the severity
    // and two spaces, with a colon; Qt's driver writes it in parentheses after the server's message. The last one
    // counts (libpq may have tried several addresses or TLS modes before).
    static const QRegularExpression pattern(QStringLiteral("(?::  ([0-9A-Z]{5}): |\\(([0-9A-Z]{5})\\))"));
    QString found;
    QRegularExpressionMatchIterator matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        found = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    }
    return found;
}

QString message(ServerRefusal refusal, const QString &address)
{
    const char *text = nullptr;
    switch (refusal) {
    case ServerRefusal::None:
    case ServerRefusal::Cancelled:
        return {};
    case ServerRefusal::Unreachable:
        text = QT_TRANSLATE_NOOP("Database", "The server %1 cannot be reached. Check the host name and port and the "
                                             "network, or whether the server is running, and try again.");
        break;
    case ServerRefusal::PasswordNeeded:
        text = QT_TRANSLATE_NOOP("Database", "The server %1 asks for a password and none was given: ~/.pgpass has no "
                                             "entry for it and PGPASSWORD is not set.");
        break;
    case ServerRefusal::WrongPassword:
        text = QT_TRANSLATE_NOOP("Database", "The server %1 refused the user name or password. Check both (the "
                                             "password comes from ~/.pgpass or is asked for) and try again.");
        break;
    case ServerRefusal::TlsMismatch:
        text = QT_TRANSLATE_NOOP("Database", "The server %1 and this connection disagree on TLS encryption: the "
                                             "server requires it, or the TLS mode asks for it and the server does "
                                             "not offer it, or its certificate cannot be verified. Choose the TLS "
                                             "mode the server's administrator names (sslmode=require, "
                                             "verify-full…).");
        break;
    case ServerRefusal::DatabaseMissing:
        text = QT_TRANSLATE_NOOP("Database", "The database of %1 does not exist on the server. Check its name, or ask "
                                             "the server's administrator to create it; then create the registry in "
                                             "it with 'asset-registry-cli --database ADDRESS server init'.");
        break;
    case ServerRefusal::AccessDenied:
        text = QT_TRANSLATE_NOOP("Database", "The server %1 does not let this user connect to the database. Check the "
                                             "user name, or ask the registry's administrator to grant you access.");
        break;
    case ServerRefusal::NotARegistry:
        text = QT_TRANSLATE_NOOP("Database", "The database %1 is not an asset registry: it holds tables of another "
                                             "application. Nothing was changed.");
        break;
    case ServerRefusal::EmptyDatabase:
        text = QT_TRANSLATE_NOOP("Database", "The database %1 holds no registry yet. Create one in it with "
                                             "'asset-registry-cli --database ADDRESS server init'.");
        break;
    case ServerRefusal::SchemaNewer:
        text = QT_TRANSLATE_NOOP("Database", "The registry %1 was written by a newer version of this application. Use "
                                             "the newer version; nothing was changed.");
        break;
    case ServerRefusal::PermissionDenied:
        text = QT_TRANSLATE_NOOP("Database", "The server %1 refused the change: your role on the server does not "
                                             "allow this change. Nothing was changed.");
        break;
    case ServerRefusal::OtherDepartment:
        text = QT_TRANSLATE_NOOP("Database", "The server %1 refused the change: it lets you change only the assets "
                                             "of the departments you are a member of. Nothing was changed.");
        break;
    case ServerRefusal::Other:
        text = QT_TRANSLATE_NOOP("Database", "Cannot connect to the server %1.");
        break;
    }
    return translated(text).arg(address);
}

} // namespace ServerRefusals
