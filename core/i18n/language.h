// The UI language (DESIGN.md §10): English or Japanese, switched at runtime. Installs our translations and Qt's own,
// sets the default locale for dates and numbers, and remembers the choice. Widgets retranslate on
// QEvent::LanguageChange, which installing a translator sends.
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

class Language final : public QObject
{
    Q_OBJECT

public:
    static Language &instance();

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("ja")}; }
    // The language's own name, as shown in the menu ("English", "日本語").
    static QString nativeName(const QString &code);
    // The remembered language, or on first start the system's if we have it, else English.
    static QString preferred();

    // A text of the catalogue of language code ("en", "ja") without installing it: for reading names a person may
    // type in either language whatever the UI speaks. Printing in another language installs the catalogue instead
    // (PrintLanguage), so that every text of the document comes through tr(). English is the source text.
    static QString catalogueText(const QString &code, const char *context, const char *source,
                                 const char *disambiguation = nullptr);

    QString current() const { return m_current; }
    // Switches the application's language; remember=true stores it for the next start.
    bool setLanguage(const QString &code, bool remember = true);

signals:
    void changed(const QString &code);

private:
    Language() = default;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};
