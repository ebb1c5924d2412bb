// Who may do what on a shared registry (DESIGN.md §14): sets up the registry's roles on the server and makes users
// members of them. The server enforces the roles (resources/migrations/postgresql/0003_roles.sql); this service only
// checks what is asked for, records it in the audit trail and asks the server. On a registry file there are no roles:
// every call says so.
#pragma once

#include "domain/registrymember.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

class RegistryContext;

class AccessService final
{
public:
    explicit AccessService(RegistryContext &context)
        : m_context(context)
    {
    }

    // Whether the registry lives on a server and so has roles at all.
    bool hasRoles() const;
    // Creates the roles where missing and grants their privileges (server init, and after an upgrade of the schema).
    Result<bool> setUpRoles();
    // Gives `user` the one role `role` (administrator, editor, auditor, viewer); an editor needs its departments.
    Result<RegistryMember> grant(const QString &user, const QString &role, const QStringList &departments);
    Result<bool> revoke(const QString &user);
    Result<QList<RegistryMember>> members() const;
    // The signed-in user, with its role (empty for the registry's owner who holds none).
    Result<RegistryMember> self() const;

    // The translated name of a role code.
    static QString roleName(const QString &role);

private:
    QString notOnFile() const;

    RegistryContext &m_context;
};
