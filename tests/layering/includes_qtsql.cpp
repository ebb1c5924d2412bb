// Must not compile: Qt Sql is private to core, so no widget or command can run SQL of its own.
#include <QSqlDatabase>

int main()
{
    return QSqlDatabase::drivers().isEmpty() ? 1 : 0;
}
