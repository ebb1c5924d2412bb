// Moving a registry file to a shared registry on a PostgreSQL server (`migrate --from FILE --to postgresql://…`,
// DESIGN.md §14): checks the file's history first, copies everything into an empty database, and proves the copy —
// the same rows in every table, every evidence file matching its SHA-256, and the audit chain verifying on the server
// up to the same checkpoint as in the file.
#pragma once

#include "domain/auditevent.h"
#include "result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

struct RegistryMoveReport
{
    QList<QPair<QString, qint64>> rows; // table, rows copied
    AuditCheckpoint checkpoint;         // the head of the chain, the same in the file and on the server
    int evidenceFiles = 0;              // evidence files re-hashed on the server
};

class RegistryMove final
{
public:
    // Step names are the tables; returning false cancels and keeps nothing.
    using Progress = std::function<bool(const QString &step, qint64 done)>;

    static Result<RegistryMoveReport> move(const QString &fromFile, const QString &toServer,
                                           const Progress &progress = {});
};
