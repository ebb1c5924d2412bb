// Reading and writing registry server addresses.
#include "serveraddress.h"

#include "domain/registrylocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

QString percentEncoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

QStringList ServerAddress::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

bool ServerAddress::isServerUrl(const QString &location)
{
    return RegistryLocation::isServerAddress(location);
}

bool ServerAddress::parse(const QString &url, ServerAddress *address, QString *error)
{
    const auto refuse = [&](const QString &why) {
        *error = translated(QT_TRANSLATE_NOOP("ServerAddress", "'%1' is not a registry server address: %2 Write it as "
                                                               "postgresql://user@host:port/database?sslmode=require."))
                     .arg(withoutPassword(url.trimmed()), why);
        return false;
    };
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (!parsed.isValid() || !isServerUrl(url.trimmed()))
        return refuse(translated(QT_TRANSLATE_NOOP("ServerAddress", "it cannot be read as a URL.")));
    ServerAddress result;
    result.host = parsed.host();
    result.user = parsed.userName();
    result.password = parsed.password();
    // A slash inside the name is written %2F: only the encoded path tells it from a second path segment.
    const bool nested = parsed.path(QUrl::FullyEncoded).mid(1).contains(QLatin1Char('/'));
    result.database = parsed.path(QUrl::FullyDecoded).mid(1);
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
    if (result.database.isEmpty() || nested)
        return refuse(translated(QT_TRANSLATE_NOOP("ServerAddress", "it names no database.")));
    if (result.port <= 0 || result.port > 65535)
        return refuse(translated(QT_TRANSLATE_NOOP("ServerAddress", "the port is not a number from 1 to 65535.")));
    if (!result.sslMode.isEmpty() && !sslModes().contains(result.sslMode))
        return refuse(translated(QT_TRANSLATE_NOOP("ServerAddress", "the TLS mode '%1' is not one of %2."))
                          .arg(result.sslMode, sslModes().join(QStringLiteral(", "))));
    *address = result;
    return true;
}

QString ServerAddress::displayUrl() const
{
    return url(false);
}

QString ServerAddress::connectionUrl() const
{
    return url(true);
}

QString ServerAddress::url(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(host);
    // An empty user name would still write "@" (QUrl tells an empty name from none).
    if (!user.isEmpty())
        url.setUserName(user);
    if (withPassword && !password.isEmpty())
        url.setPassword(password);
    if (port != kDefaultPort)
        url.setPort(port);
    // Encoded by hand, so that a slash or a question mark in the name stays part of it.
    url.setPath(QLatin1Char('/') + percentEncoded(database), QUrl::TolerantMode);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), percentEncoded(host, "/"));
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!options.isEmpty())
        query.addQueryItem(QStringLiteral("options"), percentEncoded(options));
    url.setQuery(query);
    QString text = url.toString(withPassword ? QUrl::FormattingOptions(QUrl::PrettyDecoded) : QUrl::RemovePassword);
    // QUrl writes "postgresql:/db" for an address without an authority; libpq and people expect "postgresql:///db".
    if (url.host().isEmpty() && url.userName().isEmpty() && !text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(sizeof("postgresql:") - 1), QStringLiteral("postgresql://"));
    return text;
}

QString ServerAddress::displayName() const
{
    QString shownHost = host;
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('/')))
        shownHost = QLatin1Char('[') + host + QLatin1Char(']');
    QString name = shownHost + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!user.isEmpty())
        name.prepend(user + QLatin1Char('@'));
    return name;
}

QString ServerAddress::withoutPassword(const QString &url)
{
    QString text = url;
    // The authority ends at the first '/', '?' or '#' after "://"; the user information before its last '@'.
    const qsizetype start = text.indexOf(QLatin1String("://"));
    if (start >= 0) {
        const qsizetype from = start + 3;
        qsizetype end = text.size();
        for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
            const qsizetype at = text.indexOf(stop, from);
            if (at >= 0)
                end = std::min(end, at);
        }
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
        if (at >= from) {
            const qsizetype colon = text.indexOf(QLatin1Char(':'), from);
            if (colon >= 0 && colon < at)
                text.remove(colon, at - colon);
        }
    }
    // A password given as a parameter of the query.
    static const QRegularExpression parameter(QStringLiteral("([?&])password=[^&#]*&?"));
    text.replace(parameter, QStringLiteral("\\1"));
    if (text.endsWith(QLatin1Char('?')) || text.endsWith(QLatin1Char('&')))
        text.chop(1);
    return text;
}
