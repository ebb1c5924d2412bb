// The registry's own settings that an administrator edits: the organisation's name, the texts of the handling
// labels and the My Number threshold of 「漏えい時に報告対象」. Each setting has one owner that validates it: the
// minimum disposal methods belong to DisposalService, and the scheme, the asset number prefix and its counter are fixed
// when the registry is created.
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

    // 特定個人情報 with more data subjects than this is reportable if leaked (PI-4); default 100.
    qint64 myNumberReportThreshold() const;
    static QString myNumberReportThresholdKey();

    bool setSetting(const QString &key, const QString &value, QString *error);
    // Changes several settings in one transaction, each change audited; all or nothing. Keys: "organisation",
    // handlingLabelKey(1–3), the backup settings and myNumberReportThresholdKey() (a whole number, 0 or more).
    bool setSettings(const QList<QPair<QString, QString>> &values, QString *error);
    // The setting that holds a registry's own text for a handling label (level 1–3).
    static QString handlingLabelKey(int level);

private:
    RegistryContext &m_context;
};
