// One entry of the risk register (リスク登録簿, design/risk.md "Risk") and an assessment run
// (リスクアセスメント実施記録). Derived values (likelihood of damage, value, level, residual value and level) are
// filled by the service from the registry's criteria; needs_reassessment is derived when the entry is read.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct Risk
{
    qint64 id = 0;
    QString riskNo;     // "R-000001", never reused
    qint64 assetId = 0; // 0: an organisation-wide (event-based) risk
    QString assetNo;    // read with the entry
    QString assetName;
    QString department;
    qint64 threatId = 0;
    QString threatCode; // read with the entry
    QString threatName;
    QString scenario;
    QString objectives; // subset of the threat's, "CIA" order
    int importance = 0;
    QString importanceRationale; // required for organisation-wide risks
    int likelihood = 0;
    QString likelihoodRationale;
    int vulnerability = 0;
    bool vulnerabilityDerived = true; // from the asset's controls, else entered with a rationale
    QString vulnerabilityRationale;
    int damageLikelihood = 0; // derived
    int riskValue = 0;        // derived
    QString riskLevel;        // derived: low, medium, high
    QString owner;
    QString treatment; // empty until chosen: reduce, avoid, transfer, accept
    QString treatmentPlan;
    QList<qint64> plannedControls; // control ids; each one an assignment of the asset (person and due date there)
    QString transferTo;
    QDate due;
    int residualLikelihood = 0; // 0: not yet estimated
    int residualVulnerability = 0;
    int residualValue = 0; // derived
    QString residualLevel; // derived
    QString acceptedBy;
    QString acceptedTitle;
    QString acceptedRole; // owner, security_manager, ciso, top_management
    QDate acceptedOn;
    QString acceptanceReason;
    QDate acceptedUntil;
    QString status = QStringLiteral("identified");
    bool notApplicable = false; // a candidate the assessor marked 該当なし (closed with the reason)
    QDate assessedOn;
    QString assessedBy;
    QDate nextReview;
    QDate closedOn;
    QString closedReason;
    QString disposalNo; // the disposal record that closed it (rule 7, rule 9)
    // What the entry was assessed on, for rule 4.
    QString snapshotPersonalInfo;
    QString snapshotAssetType;
    QString snapshotMediumClass;
    int snapshotVulnerability = 0; // the derived vulnerability when assessed
    int rowVersion = 0;

    // Derived when read: why the entry needs reassessment (translated reasons); empty when it does not.
    QStringList reassessmentReasons;
    bool needsReassessment() const { return !reassessmentReasons.isEmpty(); }

    bool isOpen() const { return status != QLatin1String("closed"); }
    bool isAssessed() const { return assessedOn.isValid(); }
    bool hasResidual() const { return residualLikelihood > 0 && residualVulnerability > 0; }
    // The level that is accepted: the residual one when estimated, else the inherent one.
    QString acceptedLevel() const { return hasResidual() ? residualLevel : riskLevel; }
    // A high risk that has been accepted: flagged wherever it shows, like a disposal override (rule 5).
    bool isHighAccepted() const
    {
        return status == QLatin1String("accepted") && acceptedLevel() == QLatin1String("high");
    }
};

// What a list of the register shows (filters in SQL, paged).
struct RiskFilter
{
    QString level;
    QString status;    // a status code; "open" for every status but closed
    QString treatment; // a treatment code; "none" for entries whose treatment is not chosen yet
    QString department;
    QString owner; // part of the owner's name
    qint64 assetId = 0;
    qint64 threatId = 0;
    bool overdue = false;           // next review or treatment due before today
    bool acceptanceOverdue = false; // accepted, and the acceptance ended before today
    bool staleOnly = false;         // needs reassessment (evaluated after the SQL filter)
    int dueWithinDays = -1;         // rule 8 when >= 0: due now, or accepted until within this many days (open entries,
                                    // evaluated after the SQL filter)
    bool assessedOnly = false;      // assessed at least once: every status but identified (candidates)
    int importance = 0;             // heat map cell: 1–3
    int damageLikelihood = 0;       // heat map cell: 1–3
};

// The acceptance of a risk (rule 5).
struct RiskAcceptance
{
    QString approver;
    QString title;
    QString role; // owner, security_manager, ciso, top_management
    QDate on;
    QString reason;
    QDate until;
};

// An assessment run (ISO/IEC 27001 8.2 documented information).
struct AssessmentRun
{
    qint64 id = 0;
    QString runNo; // "RA-0001"
    QString title;
    QStringList scope; // departments; empty: the whole organisation
    QDate periodFrom;
    QDate periodTo;
    QString assessor;
    QString approver;
    QString approverTitle;
    QDate approvedOn;     // invalid while not approved
    QJsonObject criteria; // the criteria in force, copied at approval
    QJsonObject counts;   // by level and by treatment, at approval
    QString createdBy;
    QDateTime createdAt;

    bool isApproved() const { return approvedOn.isValid(); }
};
