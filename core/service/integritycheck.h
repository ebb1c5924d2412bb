// The integrity check of a registry opened unchecked (DESIGN.md §7: files too large to check before the first rows
// are shown). The window runs it on a worker thread after the first rows are painted; until it passes, every write
// is refused with a message saying so. A damaged file is reported with the way out: the latest good backup.
#pragma once

#include "backupservice.h"

#include <QString>

class Registry;

class IntegrityCheck final
{
public:
    // True while the registry's file has not been checked yet.
    static bool pending(Registry &registry);
    // Runs the pending check now. True when the file passed; otherwise message says what is damaged and names the
    // latest good backup.
    static bool run(Registry &registry, QString *message);

    // The same in three steps, for a worker thread: claim the pending check on the registry's thread (false when
    // there is none), check the file by its path on the worker, and report the outcome back on the registry's
    // thread, which returns the message for a damaged file (empty when it passed).
    static bool claim(Registry &registry);
    static bool checkFile(const QString &path, QString *problem);
    static QString finish(Registry &registry, bool passed, const QString &problem);

    // The way out for a damaged registry: the latest readable backup, or where none was found.
    static QString wayOut(const QString &registryPath, const BackupService::Settings &settings);
    // For a registry file that was refused at opening: the way out (in the default backup folder) when the file is
    // damaged, empty otherwise.
    static QString wayOutIfDamaged(const QString &registryPath);

    // Files larger than this are opened unchecked and checked later (default 64 MiB; tests lower it).
    static void setDeferredCheckSize(qint64 bytes);

    IntegrityCheck() = delete;
};
