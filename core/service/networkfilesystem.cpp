// Telling network file systems apart by the statfs magic numbers of Linux (linux/magic.h).
#include "networkfilesystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

QString NetworkFileSystem::nameOfType(qint64 type)
{
    switch (quint32(type)) {
    case 0x6969u: // NFS_SUPER_MAGIC
        return QStringLiteral("NFS");
    case 0x517Bu:     // SMB_SUPER_MAGIC
    case 0xFF534D42u: // CIFS_SUPER_MAGIC
    case 0xFE534D42u: // SMB2_SUPER_MAGIC
        return QStringLiteral("SMB/CIFS");
    case 0x564C7A3Eu: // AFS_FS_MAGIC (kAFS)
    case 0x5346414Fu: // OpenAFS
        return QStringLiteral("AFS");
    default:
        return {};
    }
}

QString NetworkFileSystem::name(const QString &path)
{
    // The registry may not exist yet: its folder decides.
    QString probe = QFileInfo::exists(path) ? path : QFileInfo(path).absolutePath();
    struct statfs facts = {};
    if (::statfs(QFile::encodeName(probe).constData(), &facts) != 0)
        return {};
    return nameOfType(qint64(facts.f_type));
}

QString NetworkFileSystem::warning(const QString &path)
{
    const QString system = name(path);
    if (system.isEmpty())
        return {};
    return QCoreApplication::translate("NetworkFileSystem",
                                       "The registry %1 is on a network file system (%2). SQLite cannot lock a file "
                                       "safely there: two programs writing at once can damage it. Copy the registry "
                                       "to a local disk, or use a shared PostgreSQL registry for work by several "
                                       "people.")
        .arg(QDir::toNativeSeparators(path), system);
}
