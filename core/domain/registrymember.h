// A user of a shared registry and the role the server gives it (DESIGN.md §14): administrator, editor (writes the
// assets of its departments), auditor (reads everything, writes nothing) or viewer.
#pragma once

#include <QString>
#include <QStringList>

struct RegistryMember
{
    QString user;
    QString role;
    QStringList departments;

    // The role codes, in the order of their rights.
    static QStringList roles()
    {
        return {QStringLiteral("administrator"), QStringLiteral("editor"), QStringLiteral("auditor"),
                QStringLiteral("viewer")};
    }
};
