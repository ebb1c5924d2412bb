// The minimum sanitisation rule of DESIGN.md §5 and practice.md PI-5: the weakest method allowed for an asset follows
// from its normalised confidentiality (media: 1 Clear, 2 Purge, 3 Destroy; data deletion: 1 Clear, 2 and 3 Purge —
// by default, editable per registry), raised to the floor of its personal-information kind (my_number and sensitive:
// Destroy for media, Purge for data deletion; personal: Purge), and for media by where the medium goes afterwards
// (leaving the organisation needs at least Purge). Each kind of record has its own minimums. Also which techniques
// belong to which method when the media type is not known (media type "other").
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

class DisposalRule final
{
public:
    // The defaults of DESIGN.md §5 and practice.md PI-5.
    DisposalRule();
    // levelMethods[n] is the minimum media-sanitisation method for confidentiality ordinal n+1 (1–3); the rest stay
    // at their defaults.
    explicit DisposalRule(const std::array<QString, 3> &levelMethods);

    // The kinds of record: "media" (ISO/IEC 27001 A.7.14) and "data" (A.8.10).
    static QStringList kinds();
    // Personal-information kinds that have a floor of their own.
    static QStringList floorKinds();

    static QString defaultMinimumMethod(int confidentialityOrdinal)
    {
        return defaultMinimumMethod(media(), confidentialityOrdinal);
    }
    static QString defaultMinimumMethod(const QString &kind, int confidentialityOrdinal);
    static QString defaultFloor(const QString &kind, const QString &personalInfo);
    // The strongest method a kind can reach: Destroy for media, Purge for data in a system.
    static QString strongestMethod(const QString &kind);
    // Registry setting keys: the minimum method of a confidentiality level (1–3) and the floor of a
    // personal-information kind, per kind of record. Media keeps the key it had before kinds existed.
    static QString settingKey(int confidentialityOrdinal) { return settingKey(media(), confidentialityOrdinal); }
    static QString settingKey(const QString &kind, int confidentialityOrdinal);
    static QString floorKey(const QString &kind, const QString &personalInfo);

    void setLevelMinimum(const QString &kind, int confidentialityOrdinal, const QString &method);
    void setFloor(const QString &kind, const QString &personalInfo, const QString &method);

    // The weakest method allowed. Ordinal 0 (N/A) is treated as level 1.
    QString minimumMethod(int confidentialityOrdinal, const QString &destination) const
    {
        return minimumMethod(media(), confidentialityOrdinal, QString(), destination);
    }
    QString minimumMethod(const QString &kind, int confidentialityOrdinal, const QString &personalInfo,
                          const QString &destination) const;
    // The minimum of a level alone, without regard to personal information or the destination.
    QString levelMinimum(int confidentialityOrdinal) const { return levelMinimum(media(), confidentialityOrdinal); }
    QString levelMinimum(const QString &kind, int confidentialityOrdinal) const;
    // The floor of a personal-information kind; empty when the kind has none ("none").
    QString floor(const QString &kind, const QString &personalInfo) const;

    // Destinations after which the medium is out of the organisation's hands: external reuse, recycling, manufacturer.
    static bool leavesOrganisation(const QString &destination);
    // 1 clear, 2 purge, 3 destroy; 0 for anything else.
    static int strength(const QString &method);
    static bool isWeaker(const QString &method, const QString &than) { return strength(method) < strength(than); }
    static QString stronger(const QString &a, const QString &b) { return strength(a) >= strength(b) ? a : b; }

    // Techniques that achieve a method on a medium of unknown type (NIST SP 800-88 Rev. 1, Appendix A); "other" fits
    // every method. With the media type known, SanitisationTechniques decides.
    static QStringList techniquesFor(const QString &method);
    static bool techniqueFits(const QString &method, const QString &technique)
    {
        return techniquesFor(method).contains(technique);
    }

private:
    static QString media() { return QStringLiteral("media"); }
    static int kindIndex(const QString &kind) { return kind == QLatin1String("data") ? 1 : 0; }

    std::array<std::array<QString, 3>, 2> m_levelMethods;
    std::array<QHash<QString, QString>, 2> m_floors;
};
