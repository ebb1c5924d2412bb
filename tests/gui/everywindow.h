// Every dialog and window of the application besides the main window, for the tests that walk them all (access keys,
// small screens). A dialog added to the application is added here, so that those tests see it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;
class Registry;

namespace EveryWindow {

struct Entry
{
    QString name;
    std::function<QWidget *()> make; // a new, not yet shown window; the caller owns it
};

// The windows built on registry, whose file is at path and which holds at least three assets and the disposal record
// D-000001 (the registry of tests/data/registries/schema-0003.sqlite). Empty after a warning when it does not.
QList<Entry> all(Registry &registry, const QString &path);

// Shows window and checks it as it opens and again with each other visible page of each of its tab widgets current
// (where gets " [page]"); the problems of all, without duplicates.
QStringList eachPage(const QString &where, QWidget *window,
                     const std::function<QStringList(const QString &where, QWidget *window)> &check);

} // namespace EveryWindow
