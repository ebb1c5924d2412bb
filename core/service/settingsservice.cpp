// Validation and the write path of the editable registry settings.
#include "settingsservice.h"

#include "domain/classification.h"
#include "domain/handlingrestriction.h"
#include "domain/personalinforules.h"
#include "registrycontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Registry", text);
}

QJsonValue jsonValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

SettingsService::SettingsService(RegistryContext &context)
    : m_context(context)
{
}

QString SettingsService::organisation() const
{
    return m_context.setting(QStringLiteral("organisation"));
}

QString SettingsService::assetNoPrefix() const
{
    return m_context.setting(QStringLiteral("asset_no_prefix"), QStringLiteral("IA-"));
}

QString SettingsService::handlingLabel(int confidentialityOrdinal) const
{
    const int level = std::max(1, confidentialityOrdinal);
    return ClassificationScheme::handlingLabel(level, ownHandlingLabel(level), handlingLabelSet());
}

ClassificationScheme::HandlingLabels SettingsService::handlingLabelSet() const
{
    const std::optional<ClassificationScheme::HandlingLabels> stored =
        ClassificationScheme::handlingLabelsFromCode(m_context.setting(QStringLiteral("handling_label.defaults")));
    return stored ? *stored : m_context.scheme().defaultHandlingLabels();
}

QString SettingsService::defaultHandlingLabel(int level) const
{
    return ClassificationScheme::defaultHandlingLabel(level, handlingLabelSet());
}

QStringList SettingsService::ownHandlingRestrictions() const
{
    return HandlingRestrictions::fromStored(m_context.setting(ownRestrictionsKey()));
}

std::optional<QString> SettingsService::checkOwnHandlingRestrictions(const QStringList &restrictions)
{
    static const QRegularExpression separator(QStringLiteral("[;；、,，\\n\\r]"));
    QStringList seen;
    for (const QString &entry : restrictions) {
        const QString text = entry.trimmed();
        if (text.isEmpty())
            return translated(QT_TRANSLATE_NOOP("Registry", "A handling restriction of the registry is empty. Enter "
                                                            "its name or remove the line."));
        if (text.size() > 60)
            return translated(QT_TRANSLATE_NOOP("Registry", "The handling restriction '%1' is %2 characters long. "
                                                            "Shorten it to 60 characters or fewer."))
                .arg(text)
                .arg(text.size());
        if (text.contains(separator))
            return translated(QT_TRANSLATE_NOOP("Registry", "The handling restriction '%1' contains a separator (; 、 "
                                                            ", or a line break). Enter one restriction per line."))
                .arg(text);
        if (!HandlingRestrictions::builtinFromText(text).isEmpty())
            return translated(QT_TRANSLATE_NOOP("Registry", "'%1' is a built-in handling restriction already. "
                                                            "Remove it from the registry's own list."))
                .arg(text);
        if (seen.contains(text))
            return translated(QT_TRANSLATE_NOOP("Registry", "The handling restriction '%1' is listed twice. Keep one "
                                                            "of them."))
                .arg(text);
        seen << text;
    }
    return std::nullopt;
}

bool SettingsService::setOwnHandlingRestrictions(const QStringList &restrictions, QString *error)
{
    if (const std::optional<QString> problem = checkOwnHandlingRestrictions(restrictions)) {
        *error = *problem;
        return false;
    }
    QStringList entries;
    for (const QString &entry : restrictions)
        entries << entry.trimmed();
    return setSettings({{ownRestrictionsKey(), entries.join(QLatin1Char('\n'))}}, error);
}

QString SettingsService::ownHandlingLabel(int level) const
{
    return m_context.setting(handlingLabelKey(level));
}

QString SettingsService::handlingLabelKey(int level)
{
    return QStringLiteral("handling_label.%1").arg(level);
}

qint64 SettingsService::myNumberReportThreshold() const
{
    bool ok = false;
    const qint64 value = m_context.setting(myNumberReportThresholdKey()).toLongLong(&ok);
    return ok && value >= 0 ? value : PersonalInfoRules::kDefaultMyNumberReportThreshold;
}

QString SettingsService::myNumberReportThresholdKey()
{
    return QStringLiteral("personal_info.my_number_report_threshold");
}

bool SettingsService::setSetting(const QString &key, const QString &value, QString *error)
{
    return setSettings({{key, value}}, error);
}

bool SettingsService::setSettings(const QList<QPair<QString, QString>> &values, QString *error)
{
    static const QRegularExpression editable(
        QStringLiteral("^(organisation|handling_label\\.[1-3]|handling_restrictions\\.own|backup\\.(folder|keep)|"
                       "personal_info\\.my_number_report_threshold)$"));
    static const QRegularExpression disposal(QStringLiteral("^disposal\\."));
    for (const auto &[key, value] : values) {
        if (disposal.match(key).hasMatch()) {
            *error = translated(QT_TRANSLATE_NOOP("Registry", "The minimum disposal methods are not changed here: "
                                                              "change them in the disposal settings, which check "
                                                              "that more confidential data never gets a weaker "
                                                              "method."));
            return false;
        }
        if (!editable.match(key).hasMatch()) {
            *error = translated(QT_TRANSLATE_NOOP("Registry", "The registry setting '%1' cannot be changed. Only the "
                                                              "organisation, the handling labels and the backup "
                                                              "settings are editable here."))
                         .arg(key);
            return false;
        }
        if (key == myNumberReportThresholdKey()) {
            bool ok = false;
            const qint64 number = value.trimmed().toLongLong(&ok);
            if (!value.isEmpty() && (!ok || number < 0 || number > 100000000)) {
                *error = translated(QT_TRANSLATE_NOOP("Registry", "The My Number threshold for reporting a leak is "
                                                                  "'%1'. Enter a whole number of data subjects, 0 "
                                                                  "or more (default 100)."))
                             .arg(value);
                return false;
            }
        }
        if (key == ownRestrictionsKey()) {
            if (const std::optional<QString> problem =
                    checkOwnHandlingRestrictions(HandlingRestrictions::fromStored(value))) {
                *error = *problem;
                return false;
            }
        } else if (value.size() > 200) {
            *error = translated(QT_TRANSLATE_NOOP("Registry", "The text for '%1' is %2 characters long. Shorten it "
                                                              "to 200 characters or fewer."))
                         .arg(key)
                         .arg(value.size());
            return false;
        }
    }
    UnitOfWork work(m_context.database());
    if (!work.isOpen()) {
        *error = work.error();
        return false;
    }
    for (const auto &[key, value] : values) {
        const QString before = m_context.setting(key);
        if (before == value)
            continue;
        if (!m_context.database().setSetting(key, value, error) ||
            !m_context.appendAudit(QStringLiteral("update"), QStringLiteral("setting"), key,
                                   QJsonObject{{key, QJsonArray{jsonValue(before), jsonValue(value)}}}, error))
            return false;
    }
    return work.commit(error);
}
