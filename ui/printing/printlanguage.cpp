// Temporary language switch for printing.
#include "printlanguage.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QThread>

#include <functional>

namespace {

// Translators belong to the application and every widget hears of the switch: a document put together on a
// worker thread (a background job) switches on the application's thread, which runs its event loop meanwhile.
void onApplicationThread(const std::function<void()> &work)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        work();
    else
        QMetaObject::invokeMethod(app, work, Qt::BlockingQueuedConnection);
}

} // namespace

PrintLanguage::PrintLanguage(const QString &code)
{
    onApplicationThread([this, &code] {
        Language &language = Language::instance();
        m_previous = language.current();
        if (code.isEmpty() || code == m_previous || !Language::available().contains(code))
            return;
        m_switched = language.setLanguage(code, false);
    });
}

PrintLanguage::~PrintLanguage()
{
    if (!m_switched)
        return;
    onApplicationThread(
        [this] { Language::instance().setLanguage(m_previous.isEmpty() ? QStringLiteral("en") : m_previous, false); });
}
