// The members of a shared registry: checked here, recorded in the audit trail, enforced by the server.
#include "accessservice.h"

#include "changes.h"
#include "registrycontext.h"
#include "storage/accessstore.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AccessService", text);
}

// A PostgreSQL role name as a person types it: letters, digits and a few punctuation marks, at most 63 bytes.
bool isUserName(const QString &user)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}_][\\p{L}\\p{N}_.@-]*$"));
    return pattern.match(user).hasMatch() && user.toUtf8().size() <= 63;
}

} // namespace

bool AccessService::hasRoles() const
{
    return m_context.database().isServer();
}

QString AccessService::notOnFile() const
{
    return translated(QT_TRANSLATE_NOOP("AccessService", "The registry %1 is a file: roles exist only on a shared "
                                                         "registry on a PostgreSQL server (asset-registry-cli server "
                                                         "init)."))
        .arg(m_context.database().path());
}

QString AccessService::roleName(const QString &role)
{
    if (role == QLatin1String("administrator"))
        return translated(QT_TRANSLATE_NOOP("AccessService", "Administrator"));
    if (role == QLatin1String("editor"))
        return translated(QT_TRANSLATE_NOOP("AccessService", "Editor"));
    if (role == QLatin1String("auditor"))
        return translated(QT_TRANSLATE_NOOP("AccessService", "Auditor"));
    if (role == QLatin1String("viewer"))
        return translated(QT_TRANSLATE_NOOP("AccessService", "Viewer"));
    return role;
}

Result<bool> AccessService::setUpRoles()
{
    if (!hasRoles())
        return Result<bool>::failure(notOnFile());
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<bool>::failure(work.error());
    AccessStore &store = m_context.accessStore();
    QString error;
    const bool existed = store.rolesExist(&error);
    if (!error.isEmpty() || !store.grantRoles(&error))
        return Result<bool>::failure(error);
    if (!existed && !m_context.appendAudit(QStringLiteral("set_up"), QStringLiteral("roles"),
                                           m_context.database().path(), {}, &error))
        return Result<bool>::failure(error);
    if (!work.commit(&error))
        return Result<bool>::failure(error);
    return Result<bool>::success(!existed);
}

Result<RegistryMember> AccessService::grant(const QString &user, const QString &role, const QStringList &departments)
{
    if (!hasRoles())
        return Result<RegistryMember>::failure(notOnFile());
    RegistryMember member;
    member.user = user.trimmed();
    member.role = role.trimmed().toLower();
    QList<Problem> problems;
    if (!isUserName(member.user))
        problems.append({QStringLiteral("user"),
                         translated(QT_TRANSLATE_NOOP("AccessService", "'%1' is not a user name of the server: use "
                                                                       "letters, digits and _ . @ -, at most 63 "
                                                                       "bytes."))
                             .arg(member.user)});
    if (!RegistryMember::roles().contains(member.role))
        problems.append({QStringLiteral("role"),
                         translated(QT_TRANSLATE_NOOP("AccessService", "'%1' is not a role of the registry. Use one "
                                                                       "of: %2."))
                             .arg(member.role, RegistryMember::roles().join(QStringLiteral(", ")))});
    for (const QString &department : departments) {
        const QString name = department.trimmed();
        if (name.isEmpty())
            continue;
        if (!member.departments.contains(name))
            member.departments << name;
    }
    member.departments.sort();
    if (member.role == QLatin1String("editor") && member.departments.isEmpty())
        problems.append({QStringLiteral("department"),
                         translated(QT_TRANSLATE_NOOP("AccessService", "An editor writes the assets of its "
                                                                       "departments: name at least one with "
                                                                       "--department."))});
    if (member.role != QLatin1String("editor") && !member.departments.isEmpty() &&
        RegistryMember::roles().contains(member.role))
        problems.append({QStringLiteral("department"),
                         translated(QT_TRANSLATE_NOOP("AccessService", "Only editors have departments: the role %1 "
                                                                       "reads (or, for administrators, writes) every "
                                                                       "asset."))
                             .arg(roleName(member.role))});
    if (!problems.isEmpty())
        return Result<RegistryMember>::invalid(problems);

    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<RegistryMember>::failure(work.error());
    AccessStore &store = m_context.accessStore();
    QString error;
    if (!store.rolesExist(&error)) {
        if (error.isEmpty())
            error = translated(QT_TRANSLATE_NOOP("AccessService", "The registry %1 has no roles yet: its owner sets "
                                                                  "them up with 'asset-registry-cli server init'."))
                        .arg(m_context.database().path());
        return Result<RegistryMember>::failure(error);
    }
    RegistryMember before;
    for (const RegistryMember &existing : store.members(&error)) {
        if (existing.user == member.user)
            before = existing;
    }
    if (!error.isEmpty())
        return Result<RegistryMember>::failure(error);
    if (!store.grant(member.user, member.role, member.departments, &error))
        return Result<RegistryMember>::failure(error);
    QJsonObject changes;
    if (before.role != member.role)
        changes.insert(QStringLiteral("role"),
                       QJsonArray{Changes::jsonValue(before.role), Changes::jsonValue(member.role)});
    if (before.departments != member.departments)
        changes.insert(QStringLiteral("departments"),
                       QJsonArray{Changes::jsonList(before.departments), Changes::jsonList(member.departments)});
    if (!changes.isEmpty() &&
        !m_context.appendAudit(QStringLiteral("grant"), QStringLiteral("member"), member.user, changes, &error))
        return Result<RegistryMember>::failure(error);
    if (!work.commit(&error))
        return Result<RegistryMember>::failure(error);
    return Result<RegistryMember>::success(member);
}

Result<bool> AccessService::revoke(const QString &user)
{
    if (!hasRoles())
        return Result<bool>::failure(notOnFile());
    const QString name = user.trimmed();
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<bool>::failure(work.error());
    AccessStore &store = m_context.accessStore();
    QString error;
    RegistryMember before;
    for (const RegistryMember &existing : store.members(&error)) {
        if (existing.user == name)
            before = existing;
    }
    if (!error.isEmpty())
        return Result<bool>::failure(error);
    if (before.role.isEmpty())
        return Result<bool>::missing(
            translated(QT_TRANSLATE_NOOP("AccessService", "The user %1 holds no role in the registry %2."))
                .arg(name, m_context.database().path()));
    QJsonObject changes{{QStringLiteral("role"), QJsonArray{Changes::jsonValue(before.role), QJsonValue()}}};
    if (!before.departments.isEmpty())
        changes.insert(QStringLiteral("departments"), QJsonArray{Changes::jsonList(before.departments), QJsonValue()});
    if (!store.revoke(name, &error) ||
        !m_context.appendAudit(QStringLiteral("revoke"), QStringLiteral("member"), name, changes, &error) ||
        !work.commit(&error))
        return Result<bool>::failure(error);
    return Result<bool>::success(true);
}

Result<QList<RegistryMember>> AccessService::members() const
{
    if (!hasRoles())
        return Result<QList<RegistryMember>>::failure(notOnFile());
    QString error;
    const QList<RegistryMember> list = m_context.accessStore().members(&error);
    if (!error.isEmpty())
        return Result<QList<RegistryMember>>::failure(error);
    return Result<QList<RegistryMember>>::success(list);
}

Result<RegistryMember> AccessService::self() const
{
    if (!hasRoles())
        return Result<RegistryMember>::failure(notOnFile());
    QString error;
    RegistryMember member = m_context.accessStore().self(&error);
    if (!error.isEmpty())
        return Result<RegistryMember>::failure(error);
    return Result<RegistryMember>::success(member);
}
