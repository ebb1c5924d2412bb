// Registries on network file systems (DESIGN.md §7): SQLite's locking is not safe over NFS or SMB/CIFS, so such a
// registry opens with a warning that names the file system and the safe alternative.
#pragma once

#include <QString>

class NetworkFileSystem final
{
public:
    // The name of the network file system holding path ("NFS", "SMB/CIFS"…), empty for a local one.
    static QString name(const QString &path);
    // The name for a statfs f_type value, empty for a local file system.
    static QString nameOfType(qint64 type);
    // The translated warning for a registry on a network file system, empty for a local one.
    static QString warning(const QString &path);

    NetworkFileSystem() = delete;
};
