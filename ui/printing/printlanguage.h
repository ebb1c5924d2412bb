// Prints in a language other than the UI's (DESIGN.md §10): switches the application's translations for as long as a
// document is being put together, and switches back afterwards. Widgets see two language changes and end up in the
// UI language again. It may be used on a worker thread (a background job): the switch is made on the application's
// thread, which must be running its event loop.
#pragma once

#include <QString>

class PrintLanguage final
{
public:
    // code: "ja" or "en"; empty keeps the current language.
    explicit PrintLanguage(const QString &code);
    ~PrintLanguage();
    PrintLanguage(const PrintLanguage &) = delete;
    PrintLanguage &operator=(const PrintLanguage &) = delete;

private:
    QString m_previous;
    bool m_switched = false;
};
