// Runtime language switching.
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const QString kSettingKey = QStringLiteral("ui/language");
}

Language &Language::instance()
{
    static Language language;
    return language;
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

QString Language::preferred()
{
    QString saved = QSettings().value(kSettingKey).toString();
    if (available().contains(saved))
        return saved;
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &language : uiLanguages) {
        if (language.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
        if (language.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Language::catalogueText(const QString &code, const char *context, const char *source,
                                const char *disambiguation)
{
    if (code == QLatin1String("ja")) {
        // Loaded once, never installed; QTranslator::translate only reads.
        static const QTranslator *const japanese = [] {
            auto *translator = new QTranslator;
            if (!translator->load(QStringLiteral(":/i18n/asset-registry_ja.qm")))
                qWarning("The Japanese translation catalogue is missing from the resources.");
            return translator;
        }();
        QString text = japanese->translate(context, source, disambiguation);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

bool Language::setLanguage(const QString &code, bool remember)
{
    if (!available().contains(code))
        return false;
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    const QLocale locale(code == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                         code == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // English is the source language, but the English catalogue is still installed so that a LanguageChange event
    // reaches every widget when switching back from Japanese.
    auto *app = new QTranslator(this);
    if (app->load(QStringLiteral(":/i18n/asset-registry_%1.qm").arg(code))) {
        m_app = app;
        QCoreApplication::installTranslator(m_app);
    } else {
        delete app;
    }
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(this);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qt = qt;
            QCoreApplication::installTranslator(m_qt);
        } else {
            delete qt;
        }
    }
    m_current = code;
    if (remember)
        QSettings().setValue(kSettingKey, code);
    emit changed(code);
    return true;
}
