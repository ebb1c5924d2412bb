// SQL of the roles of a shared registry: calls of the server's functions of schema 3 and reads of its catalogue.
#include "accessstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AccessStore", text);
}

const char kMembers[] =
    "SELECT m.rolname, substr(g.rolname, length(current_database()) + 2), "
    "coalesce((SELECT string_agg(rm.department, chr(31) ORDER BY rm.department) FROM registry_member rm "
    "WHERE rm.user_name = m.rolname), '') "
    "FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
    "WHERE g.rolname IN (registry_role_name('administrator'), registry_role_name('editor'), "
    "registry_role_name('auditor'), registry_role_name('viewer'))";

RegistryMember memberFrom(const QSqlQuery &query)
{
    RegistryMember member;
    member.user = query.value(0).toString();
    member.role = query.value(1).toString();
    const QString departments = query.value(2).toString();
    if (!departments.isEmpty())
        member.departments = departments.split(QChar(31));
    return member;
}

} // namespace

bool AccessStore::roleNamesFit(QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!Statement::exec(query, QStringLiteral("SELECT current_database()")) || !query.next()) {
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("AccessStore", "Could not read the roles of the registry %1: %2")),
            Statement::errorText(query));
        return false;
    }
    *error = Database::roleNameProblem(query.value(0).toString());
    return error->isEmpty();
}

bool AccessStore::grantRoles(QString *error)
{
    if (!roleNamesFit(error))
        return false;
    QSqlQuery query(m_database.connection());
    if (Statement::exec(query, QStringLiteral("SELECT registry_grant_roles()")))
        return true;
    *error = m_database.sqlError(
        translated(QT_TRANSLATE_NOOP("AccessStore", "Could not set up the roles of the registry %1: %2")),
        Statement::errorText(query));
    return false;
}

bool AccessStore::rolesExist(QString *error) const
{
    // Roles named after a database too long for them cannot exist: say why rather than that they are missing.
    if (!roleNamesFit(error))
        return false;
    QSqlQuery query(m_database.connection());
    if (Statement::exec(query, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                              "(registry_role_name('administrator'), registry_role_name('editor'), "
                                              "registry_role_name('auditor'), registry_role_name('viewer'))")) &&
        query.next())
        return query.value(0).toInt() == 4;
    *error = m_database.sqlError(
        translated(QT_TRANSLATE_NOOP("AccessStore", "Could not read the roles of the registry %1: %2")),
        Statement::errorText(query));
    return false;
}

bool AccessStore::grant(const QString &user, const QString &role, const QStringList &departments, QString *error)
{
    if (!roleNamesFit(error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT registry_grant(?, ?, CAST(? AS TEXT[]))"));
    query.addBindValue(user);
    query.addBindValue(role);
    QStringList quoted;
    for (QString department : departments)
        quoted << QLatin1Char('"') +
                      department.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                          .replace(QLatin1Char('"'), QLatin1String("\\\"")) +
                      QLatin1Char('"');
    query.addBindValue(QString(QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}')));
    if (Statement::exec(query))
        return true;
    *error = m_database.sqlError(
        translated(QT_TRANSLATE_NOOP("AccessStore", "Could not give the user a role in the registry %1: %2")),
        Statement::errorText(query));
    return false;
}

bool AccessStore::revoke(const QString &user, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT registry_revoke(?)"));
    query.addBindValue(user);
    if (Statement::exec(query))
        return true;
    *error = m_database.sqlError(
        translated(QT_TRANSLATE_NOOP("AccessStore", "Could not take the user's role in the registry %1 away: %2")),
        Statement::errorText(query));
    return false;
}

QList<RegistryMember> AccessStore::members(QString *error) const
{
    QList<RegistryMember> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Statement::exec(query, QLatin1String(kMembers) + QStringLiteral(" ORDER BY m.rolname, g.rolname"))) {
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("AccessStore", "Could not read the members of the registry %1: %2")),
            Statement::errorText(query));
        return result;
    }
    while (query.next())
        result.append(memberFrom(query));
    return result;
}

RegistryMember AccessStore::self(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Statement::exec(query, QLatin1String(kMembers) + QStringLiteral(" AND m.rolname = session_user "
                                                                         "ORDER BY g.rolname LIMIT 1"))) {
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("AccessStore", "Could not read the members of the registry %1: %2")),
            Statement::errorText(query));
        return {};
    }
    if (query.next())
        return memberFrom(query);
    QSqlQuery user(m_database.connection());
    RegistryMember member;
    if (Statement::exec(user, QStringLiteral("SELECT session_user")) && user.next())
        member.user = user.value(0).toString();
    return member;
}
