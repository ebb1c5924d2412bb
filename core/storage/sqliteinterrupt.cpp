// Stops SQLite statements of a cancelled job (see the header).
#include "sqliteinterrupt.h"

#include "service/progress.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

// Virtual-machine steps between two callbacks: a few microseconds of work.
constexpr int kStepsPerCallback = 4096;

int stopWhenCancelled(void *)
{
    return Progress::currentCancelled() ? 1 : 0;
}

} // namespace

void SqliteInterrupt::install(QSqlDatabase &db)
{
    // Qt's SQLite driver hands out its sqlite3 pointer; it is the library this program links, Debian's libsqlite3.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (connection)
        sqlite3_progress_handler(connection, kStepsPerCallback, &stopWhenCancelled, nullptr);
}
