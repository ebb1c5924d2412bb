// Temporary language switch for printing.
#include "printlanguage.h"

#include "i18n/language.h"

PrintLanguage::PrintLanguage(const QString &code)
{
    Language &language = Language::instance();
    m_previous = language.current();
    if (code.isEmpty() || code == m_previous || !Language::available().contains(code))
        return;
    m_switched = language.setLanguage(code, false);
}

PrintLanguage::~PrintLanguage()
{
    if (m_switched)
        Language::instance().setLanguage(m_previous.isEmpty() ? QStringLiteral("en") : m_previous, false);
}
