// A rule of the baseline (DESIGN.md §4): the control it requires and the conditions an asset must meet for it. All
// conditions that are set must hold; a rule with no condition requires its control for every asset. Besides the
// classification, personal information and asset type, a rule can test who else handles the data and where they are
// kept (practice.md §6): a data provider, recipients or a contractor named, a medium class.
#pragma once

#include <QString>

#include <optional>

struct BaselineRule
{
    qint64 id = 0;
    qint64 controlId = 0;
    // Normalised ordinals 1–3 (DESIGN.md §2): the asset's level must be at least this.
    std::optional<int> minConfidentiality;
    std::optional<int> minIntegrity;
    std::optional<int> minAvailability;
    std::optional<int> minImportance;
    // "personal" matches every kind of personal information; "sensitive" and "my_number" only themselves.
    QString personalInfo;
    QString assetType;
    // Parties and medium (practice.md §6): the asset names a data provider, recipients, a contractor; its medium class.
    bool hasProvider = false;
    bool hasRecipients = false;
    bool hasContractor = false;
    QString mediumClass;

    bool operator==(const BaselineRule &other) const
    {
        return controlId == other.controlId && minConfidentiality == other.minConfidentiality &&
               minIntegrity == other.minIntegrity && minAvailability == other.minAvailability &&
               minImportance == other.minImportance && personalInfo == other.personalInfo &&
               assetType == other.assetType && hasProvider == other.hasProvider &&
               hasRecipients == other.hasRecipients && hasContractor == other.hasContractor &&
               mediumClass == other.mediumClass;
    }
    bool hasConditions() const
    {
        return minConfidentiality || minIntegrity || minAvailability || minImportance || !personalInfo.isEmpty() ||
               !assetType.isEmpty() || hasProvider || hasRecipients || hasContractor || !mediumClass.isEmpty();
    }
};
