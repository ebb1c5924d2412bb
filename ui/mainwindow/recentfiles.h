// The registries opened recently, newest first, remembered in QSettings for File ▸ Open recent: files, and shared
// registries by their server address without a password. Files that no longer exist are left out.
#pragma once

#include <QStringList>

class RecentFiles final
{
public:
    static constexpr int kMaximum = 8;

    // The remembered registries (files that still exist, and server addresses), newest first; missing files are
    // forgotten.
    static QStringList files();
    static void add(const QString &path);
    static void clear();
};
