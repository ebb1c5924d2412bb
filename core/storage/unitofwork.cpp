// The unit of work over Database's transaction depth.
#include "unitofwork.h"

#include "database.h"

UnitOfWork::UnitOfWork(Database &database)
    : m_database(database)
{
    m_open = m_database.enterTransaction(&m_error);
}

UnitOfWork::~UnitOfWork()
{
    if (m_open && !m_done)
        m_database.leaveTransaction(false, nullptr);
}

bool UnitOfWork::commit(QString *error)
{
    if (!m_open || m_done) {
        if (error)
            *error = m_error;
        return false;
    }
    m_done = true;
    return m_database.leaveTransaction(true, error);
}
