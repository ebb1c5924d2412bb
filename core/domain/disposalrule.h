// The minimum sanitisation rule of DESIGN.md §5: the weakest method allowed for an asset follows from its normalised
// confidentiality (1 Clear, 2 Purge, 3 Destroy by default, editable per registry) and from where the medium goes
// afterwards (leaving the organisation needs at least Purge). Also which techniques belong to which method.
#pragma once

#include <QString>
#include <QStringList>

#include <array>

class DisposalRule final
{
public:
    // The defaults of DESIGN.md §5.
    DisposalRule();
    // levelMethods[n] is the minimum method code for confidentiality ordinal n+1 (1–3).
    explicit DisposalRule(const std::array<QString, 3> &levelMethods);

    static QString defaultMinimumMethod(int confidentialityOrdinal);
    // Registry setting key that holds the minimum method of a confidentiality level (1–3).
    static QString settingKey(int confidentialityOrdinal);

    // The weakest method allowed. Ordinal 0 (N/A) is treated as level 1.
    QString minimumMethod(int confidentialityOrdinal, const QString &destination) const;
    // The minimum of a level alone, without regard to the destination.
    QString levelMinimum(int confidentialityOrdinal) const;

    // Destinations after which the medium is out of the organisation's hands: external reuse, recycling, manufacturer.
    static bool leavesOrganisation(const QString &destination);
    // 1 clear, 2 purge, 3 destroy; 0 for anything else.
    static int strength(const QString &method);
    static bool isWeaker(const QString &method, const QString &than) { return strength(method) < strength(than); }
    static QString stronger(const QString &a, const QString &b) { return strength(a) >= strength(b) ? a : b; }

    // Techniques that achieve a method (NIST SP 800-88 Rev. 1, Appendix A); "other" fits every method.
    static QStringList techniquesFor(const QString &method);
    static bool techniqueFits(const QString &method, const QString &technique)
    {
        return techniquesFor(method).contains(technique);
    }

private:
    std::array<QString, 3> m_levelMethods;
};
