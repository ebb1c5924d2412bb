// The registries opened recently, newest first, remembered in QSettings for File ▸ Open recent. Files that no longer
// exist are left out.
#pragma once

#include <QStringList>

class RecentFiles final
{
public:
    static constexpr int kMaximum = 8;

    // The remembered files that still exist, newest first; missing ones are forgotten.
    static QStringList files();
    static void add(const QString &path);
    static void clear();
};
