// Where a registry lives: a file, or a shared registry on a PostgreSQL server named by its address (DESIGN.md §14).
#pragma once

#include <QString>

namespace RegistryLocation {

// Whether `location` is a server address (postgresql://… or postgres://…) rather than a file.
inline bool isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

} // namespace RegistryLocation
