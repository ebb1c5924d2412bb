// SQL that treats a registry file as a whole: integrity checks, the facts a backup list shows (schema, asset count,
// head of the audit chain) and consistent copies with VACUUM INTO. Every function opens a connection of its own, by
// path, so it may run on any thread while the registry is in use elsewhere.
#pragma once

#include "internal.h"

#include <QString>

struct RegistryFileFacts
{
    qint32 applicationId = 0;
    int schemaVersion = 0;
    qint64 assetCount = 0;
    qint64 headSeq = 0; // sequence of the last audit event, 0 for an empty trail
    QString headHash;   // hash of the last audit event
};

class RegistryFile final
{
public:
    enum class Check
    {
        Quick,
        Full
    };

    // Runs PRAGMA quick_check or integrity_check on a read-only connection. True when SQLite says "ok"; otherwise
    // problem holds SQLite's first finding (or the error that stopped the check).
    static bool check(const QString &path, Check depth, QString *problem);
    // Reads the facts of a file on a read-only connection; false, with SQLite's text in problem, when it cannot.
    static bool readFacts(const QString &path, RegistryFileFacts *facts, QString *problem);
    // Writes a consistent copy of the registry at sourcePath into target, which must not exist or be empty.
    static bool copyInto(const QString &sourcePath, const QString &target, QString *problem);
    // Moves everything of the write-ahead log into the main file, so that the file alone is the whole registry.
    static bool checkpoint(const QString &path, QString *problem);

    RegistryFile() = delete;
};
