// SQL of who may do what on a shared registry (server schema 3): the registry's group roles, their members and the
// departments of editors. The rules themselves are the server's (resources/migrations/postgresql/0003_roles.sql).
#pragma once

#include "domain/registrymember.h"
#include "internal.h"

#include <QList>
#include <QString>

class Database;

class AccessStore final
{
public:
    explicit AccessStore(Database &database)
        : m_database(database)
    {
    }

    // Creates the group roles where missing and grants their privileges on every table.
    bool grantRoles(QString *error);
    // Whether the registry's group roles exist (after `server init`).
    bool rolesExist(QString *error) const;
    bool grant(const QString &user, const QString &role, const QStringList &departments, QString *error);
    bool revoke(const QString &user, QString *error);
    // Every member of one of the registry's roles, by user name; nullopt-like empty list with *error on failure.
    QList<RegistryMember> members(QString *error) const;
    // The signed-in user's membership (role empty when the user holds none, e.g. the owner).
    RegistryMember self(QString *error) const;

private:
    // Whether the group roles named after the database fit PostgreSQL's 63 bytes (Database::roleNameProblem()).
    bool roleNamesFit(QString *error) const;
    Database &m_database;
};
