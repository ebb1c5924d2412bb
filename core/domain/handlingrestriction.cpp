// The built-in handling restrictions and the text forms of an asset's list.
#include "handlingrestriction.h"

#include "codelist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

constexpr CodeName kRestrictions[] = {
    {"no_copy", QT_TRANSLATE_NOOP("HandlingRestrictions", "No copying")},
    {"no_removal", QT_TRANSLATE_NOOP("HandlingRestrictions", "Not to be taken out")},
    {"no_distribution", QT_TRANSLATE_NOOP("HandlingRestrictions", "No distribution")},
    {"no_redistribution", QT_TRANSLATE_NOOP("HandlingRestrictions", "No redistribution")},
    {"encryption_required", QT_TRANSLATE_NOOP("HandlingRestrictions", "Encryption required")},
    {"destroy_after_reading", QT_TRANSLATE_NOOP("HandlingRestrictions", "Destroy after reading")},
};

constexpr CodeList kRestrictionList("HandlingRestrictions", kRestrictions);

} // namespace

namespace HandlingRestrictions {

QStringList builtinCodes()
{
    return kRestrictionList.codes();
}

bool isBuiltin(const QString &code)
{
    return kRestrictionList.contains(code);
}

QString name(const QString &restriction)
{
    return isBuiltin(restriction) ? kRestrictionList.name(restriction) : restriction;
}

QString builtinFromText(const QString &text)
{
    return kRestrictionList.fromText(text);
}

QString joinCodes(const QStringList &restrictions)
{
    return normalised(restrictions).join(QStringLiteral("; "));
}

QString joinNames(const QStringList &restrictions)
{
    QStringList names;
    for (const QString &restriction : normalised(restrictions))
        names << name(restriction);
    // "; " in English, "、" in Japanese: both are separators that fromText() reads back.
    return names.join(QCoreApplication::translate("HandlingRestrictions", "; ", "separator of handling restrictions"));
}

QStringList fromText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;；、,，\\n\\r]"));
    QStringList entries;
    for (const QString &part : text.split(separators)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const QString builtin = builtinFromText(entry);
        entries << (builtin.isEmpty() ? entry : builtin);
    }
    return normalised(entries);
}

QStringList normalised(const QStringList &restrictions)
{
    QStringList result;
    for (const QString &code : builtinCodes()) {
        if (restrictions.contains(code))
            result << code;
    }
    for (const QString &restriction : restrictions) {
        const QString entry = restriction.trimmed();
        if (!entry.isEmpty() && !isBuiltin(entry) && !result.contains(entry))
            result << entry;
    }
    return result;
}

QString toStored(const QStringList &restrictions)
{
    // Never a null text: the column is NOT NULL, and a null QString binds as NULL.
    const QString stored = normalised(restrictions).join(QLatin1Char('\n'));
    return stored.isNull() ? QStringLiteral("") : stored;
}

QStringList fromStored(const QString &stored)
{
    return stored.isEmpty() ? QStringList() : stored.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace HandlingRestrictions
