// File dialogs behind a seam: tests name the file in advance (setNextFileName) instead of a modal dialog.
// Remembers the last folder used, so the next dialog starts there.
#pragma once

#include <QString>

class QWidget;

class FileDialog final
{
public:
    // An empty string when the user cancels.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                   const QString &filter, const QString &defaultSuffix);

    // Tests: the next dialog is not shown and returns this file name (an empty string means "cancelled").
    static void setNextFileName(const QString &fileName);

private:
    static QString lastDirectory();
    static void rememberDirectory(const QString &fileName);
};
