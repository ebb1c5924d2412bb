// Reading and writing registry server addresses.
#include "serveraddress.h"

#include "domain/registrylocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool ServerAddress::isServerUrl(const QString &location)
{
    return RegistryLocation::isServerAddress(location);
}

bool ServerAddress::parse(const QString &url, ServerAddress *address, QString *error)
{
    const auto refuse = [&](const QString &why) {
        *error = translated(QT_TRANSLATE_NOOP("ServerAddress", "'%1' is not a registry server address: %2 Write it as "
                                                               "postgresql://user@host:port/database?sslmode=require."))
                     .arg(url, why);
        return false;
    };
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (!parsed.isValid() || !isServerUrl(url.trimmed()))
        return refuse(translated(QT_TRANSLATE_NOOP("ServerAddress", "it cannot be read as a URL.")));
    ServerAddress result;
    result.host = parsed.host();
    result.user = parsed.userName();
    result.password = parsed.password();
    result.database = parsed.path().mid(1);
    if (parsed.port() != -1)
        result.port = parsed.port();
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            result.host = value; // the folder of a Unix socket: postgresql://user@/db?host=/run/postgresql
        else if (key == QLatin1String("port"))
            result.port = value.toInt();
        else if (key == QLatin1String("sslmode"))
            result.sslMode = value;
        else if (key == QLatin1String("user"))
            result.user = value;
        else if (key == QLatin1String("options"))
            result.options = value;
        else if (key == QLatin1String("dbname"))
            result.database = value;
        else
            return refuse(
                translated(QT_TRANSLATE_NOOP("ServerAddress", "the parameter '%1' is not supported.")).arg(key));
    }
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        return refuse(translated(QT_TRANSLATE_NOOP("ServerAddress", "it names no database.")));
    if (result.port <= 0 || result.port > 65535)
        return refuse(translated(QT_TRANSLATE_NOOP("ServerAddress", "the port is not a number from 1 to 65535.")));
    if (!result.sslMode.isEmpty() && !kSslModes.contains(result.sslMode))
        return refuse(translated(QT_TRANSLATE_NOOP("ServerAddress", "the TLS mode '%1' is not one of %2."))
                          .arg(result.sslMode, kSslModes.join(QStringLiteral(", "))));
    *address = result;
    return true;
}

QString ServerAddress::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(host);
    url.setUserName(user);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!options.isEmpty())
        query.addQueryItem(QStringLiteral("options"), QString::fromLatin1(QUrl::toPercentEncoding(options)));
    url.setQuery(query);
    QString text = url.toString(QUrl::RemovePassword);
    // QUrl writes "postgresql:/db" for an address without an authority; libpq and people expect "postgresql:///db".
    if (url.host().isEmpty() && url.userName().isEmpty() && !text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(sizeof("postgresql:") - 1), QStringLiteral("postgresql://"));
    return text;
}
