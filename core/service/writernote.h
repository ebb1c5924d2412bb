// The note a writer leaves next to a registry while it holds the write lock (DESIGN.md §7): which program, process,
// user and operation, since when. A second program that finds the registry locked reads it to say who is writing
// and what to do, instead of SQLite's "database is locked". The note is a hint: a stale one (a killed process) is
// recognised by its process id and ignored.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class WriterNote final
{
public:
    struct Note
    {
        qint64 pid = 0;
        QString program;
        QString host;
        QString user;
        QString operation; // an operation code (import, generate, dispose, restore…) or empty
        QDateTime since;
    };

    // Names what this program is doing, for the notes it writes from now on (e.g. the command of the CLI).
    static void setOperation(const QString &operation);
    static QString operation();

    static QString notePath(const QString &registryPath);
    // Written when a write transaction begins and removed when it ends; failures are ignored (only a hint).
    static void write(const QString &registryPath);
    static void remove(const QString &registryPath);
    // The note of a live writer, if there is one.
    static std::optional<Note> read(const QString &registryPath);

    // Translated message for a registry that stayed locked for the whole busy timeout.
    static QString busyMessage(const QString &registryPath, int timeoutSeconds);
    // Translated name of an operation code, e.g. "import" → "an import of assets".
    static QString operationLabel(const QString &operation);

    WriterNote() = delete;
};
