// Display helpers of controls and catalogues: the language of the UI picks the text.
#include "control.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

bool preferJapanese(const QString &language)
{
    if (!language.isEmpty())
        return language == QLatin1String("ja");
    const QString current = Language::instance().current();
    if (!current.isEmpty())
        return current == QLatin1String("ja");
    return QLocale().language() == QLocale::Japanese;
}

QString pick(const QString &japanese, const QString &english, const QString &language)
{
    if (preferJapanese(language))
        return japanese.isEmpty() ? english : japanese;
    return english.isEmpty() ? japanese : english;
}

} // namespace

QString ControlCatalog::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::BuiltIn:
        return QStringLiteral("builtin");
    case Kind::Own:
        return QStringLiteral("own");
    case Kind::Oscal:
        break;
    }
    return QStringLiteral("oscal");
}

std::optional<ControlCatalog::Kind> ControlCatalog::kindFromCode(const QString &code)
{
    if (code == QLatin1String("builtin"))
        return Kind::BuiltIn;
    if (code == QLatin1String("own"))
        return Kind::Own;
    if (code == QLatin1String("oscal"))
        return Kind::Oscal;
    return std::nullopt;
}

QString ControlCatalog::displayTitle() const
{
    switch (kind) {
    case Kind::BuiltIn:
        return QCoreApplication::translate("ControlCatalog", "Built-in controls");
    case Kind::Own:
        return QCoreApplication::translate("ControlCatalog", "Custom controls");
    case Kind::Oscal:
        break;
    }
    return title;
}

QString Control::title() const
{
    return title(QString());
}
QString Control::description() const
{
    return description(QString());
}
QString Control::title(const QString &language) const
{
    return pick(titleJa, titleEn, language);
}
QString Control::description(const QString &language) const
{
    return pick(descriptionJa, descriptionEn, language);
}
