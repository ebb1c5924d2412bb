// Lets a cancelled job stop a long SQLite statement part-way (a backup's VACUUM INTO, an integrity check, a large
// read): SQLite calls back every few thousand steps of a statement, and the statement stops with SQLITE_INTERRUPT
// once the job that runs on the calling thread (service/progress.h) is cancelled. Without a job it costs one
// thread-local read per callback.
#pragma once

#include "internal.h"

class QSqlDatabase;

namespace SqliteInterrupt {

// Installs the callback on an open SQLite connection; does nothing for other drivers.
void install(QSqlDatabase &db);

} // namespace SqliteInterrupt
