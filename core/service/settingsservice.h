// The registry's own settings that an administrator edits: the organisation's name, the texts of the handling
// labels, the registry's own handling restrictions and the My Number threshold of 「漏えい時に報告対象」. Each setting
// has one owner that validates it: the minimum disposal methods belong to DisposalService, and the scheme, the asset
// number prefix and its counter are fixed when the registry is created.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "domain/classification.h"

#include <optional>

class RegistryContext;

class SettingsService final
{
public:
    explicit SettingsService(RegistryContext &context);

    QString organisation() const;
    QString assetNoPrefix() const;
    // The handling label of a confidentiality ordinal: the registry's own text if set, else the translated default.
    QString handlingLabel(int confidentialityOrdinal) const;
    // The registry's own text for a label level (1–3); empty when the default applies.
    QString ownHandlingLabel(int level) const;
    // The standard texts this registry uses where it has no text of its own: its scheme's set, or for a registry
    // created before the sets existed the texts it has always shown.
    ClassificationScheme::HandlingLabels handlingLabelSet() const;
    QString defaultHandlingLabel(int level) const;
    // The registry's own handling restrictions, in the order the administrator listed them.
    QStringList ownHandlingRestrictions() const;
    // Replaces the registry's own handling restrictions (audited). Entries are trimmed; an entry may not be empty, be
    // longer than 60 characters, repeat, contain a separator (; 、 , or a line break) or be the name of a built-in one.
    bool setOwnHandlingRestrictions(const QStringList &restrictions, QString *error);
    // Checks a list of own restrictions as setOwnHandlingRestrictions() does; nullopt when it is fine, else why not.
    static std::optional<QString> checkOwnHandlingRestrictions(const QStringList &restrictions);

    // 特定個人情報 with more data subjects than this is reportable if leaked (PI-4); default 100.
    qint64 myNumberReportThreshold() const;
    static QString myNumberReportThresholdKey();

    bool setSetting(const QString &key, const QString &value, QString *error);
    // Changes several settings in one transaction, each change audited; all or nothing. Keys: "organisation",
    // handlingLabelKey(1–3), the backup settings and myNumberReportThresholdKey() (a whole number, 0 or more).
    bool setSettings(const QList<QPair<QString, QString>> &values, QString *error);
    // The setting that holds a registry's own text for a handling label (level 1–3).
    static QString handlingLabelKey(int level);
    static QString ownRestrictionsKey() { return QStringLiteral("handling_restrictions.own"); }

private:
    RegistryContext &m_context;
};
