// The registry's own settings that an administrator edits: the organisation's name and the texts of the handling
// labels. Each setting has one owner that validates it: the minimum disposal methods belong to DisposalService, and
// the scheme, the asset number prefix and its counter are fixed when the registry is created.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

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

    bool setSetting(const QString &key, const QString &value, QString *error);
    // Changes several settings in one transaction, each change audited; all or nothing. Keys: "organisation" and
    // handlingLabelKey(1–3).
    bool setSettings(const QList<QPair<QString, QString>> &values, QString *error);
    // The setting that holds a registry's own text for a handling label (level 1–3).
    static QString handlingLabelKey(int level);

private:
    RegistryContext &m_context;
};
