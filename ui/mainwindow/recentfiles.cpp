// Recently opened registries.
#include "recentfiles.h"

#include "domain/registrylocation.h"
#include "domain/serveraddress.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString kKey = QStringLiteral("recentFiles");

// A file by its canonical path; a server address as the window shows it, never with a password.
QString canonical(const QString &path)
{
    if (RegistryLocation::isServerAddress(path)) {
        ServerAddress address;
        QString unused;
        return ServerAddress::parse(path, &address, &unused) ? address.displayUrl()
                                                             : ServerAddress::withoutPassword(path);
    }
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

void store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}

} // namespace

QStringList RecentFiles::files()
{
    const QStringList stored = QSettings().value(kKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        const bool server = RegistryLocation::isServerAddress(path);
        // A server's address stays (whether its server answers is found out when it is opened), without any
        // password an entry might hold.
        const QString entry = server ? canonical(path) : path;
        if ((server || QFileInfo::exists(path)) && !existing.contains(entry))
            existing << entry;
    }
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString file = canonical(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
}

void RecentFiles::clear()
{
    store({});
}
