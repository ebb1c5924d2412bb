// One write to the registry (STYLE.md §12): begins a transaction when constructed and rolls it back when destroyed
// unless commit() succeeded, so an early return can never leave half a change behind. The reads and the validation of
// a write happen inside it. A unit of work started while another is open joins it: only the outermost one commits,
// and a joined one that ends without commit() makes the whole transaction roll back.
#pragma once

#include "internal.h"

#include <QString>

class Database;

class UnitOfWork final
{
public:
    explicit UnitOfWork(Database &database);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;

    // False when the transaction could not be started (another program holds the registry, say); error() says why.
    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }

    bool commit(QString *error);

private:
    Database &m_database;
    bool m_open = false;
    bool m_done = false;
    QString m_error;
};
