// Copies a registry file into a new shared registry on a server, row for row (`migrate`, DESIGN.md §14): every table
// with its keys, the evidence files as stored and the audit trail as it is, so that its chain and checkpoints still
// verify on the server.
#pragma once

#include "internal.h"

#include <QList>
#include <QString>

#include <functional>

class Database;

namespace RegistryCopy {

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// Called after each table and now and then inside a long one; returning false cancels (nothing is kept).
using Progress = std::function<bool(const QString &table, qint64 rows)>;

// Copies every row of `from` (a registry file at the latest schema) into `to` (a server registry just created: its
// schema and settings, nothing else), in one transaction of `to`, as its owner bringing history of its own (server
// schema 3). Checks that each table holds as many rows as the file's before it commits. False with *error after
// rolling back.
bool copy(Database &from, Database &to, const Progress &progress, QList<TableCount> *counts, QString *error);

} // namespace RegistryCopy
