// The risk register (design/risk.md, DESIGN.md §13): the criteria of the registry, candidates generated from the
// threat catalogue, assessment in IPA's method, treatment plans whose controls are assignments of the asset (made
// through AssignmentService, not a copy of it), residual risk, acceptance by the right role, closing, the due list and
// assessment runs. Rules 1–11 of risk.md live here; every write is one unit of work with its audit event, and every
// date comes from the registry's clock.
//
// For the GUI, printing and export: list()/count() page the register in SQL (RiskFilter: level, status, department,
// owner, asset, overdue, heat-map cell), countBy() gives the heat map ("importance,damage_likelihood") and the counts
// by level, treatment and status, ofAsset() the Risks tab, candidates() the candidates of an asset, due() the due
// list, criteria()/setCriteria() the registry settings, runs() the assessment records. Entries come back with
// reassessmentReasons filled (needs reassessment) and isHighAccepted() to flag.
#pragma once

#include "domain/asset.h"
#include "domain/risk.h"
#include "domain/riskmethod.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class AssignmentService;
class RegistryContext;

class RiskService final
{
public:
    RiskService(RegistryContext &context, AssignmentService &assignments);

    // Criteria (registry settings, audited). Changing them recomputes the derived values of the open entries.
    RiskCriteria criteria() const;
    Result<RiskCriteria> setCriteria(const RiskCriteria &criteria);

    Result<Risk> byNo(const QString &riskNo) const;
    Result<Risk> byId(qint64 id) const;
    Result<QList<Risk>> list(const RiskFilter &filter, qint64 offset = 0, qint64 limit = 1000) const;
    Result<qint64> count(const RiskFilter &filter) const;
    // A read that fails sets *error (when given) and gives no entries.
    QList<Risk> ofAsset(qint64 assetId, QString *error = nullptr) const;
    Result<QHash<QString, qint64>> countBy(const QString &grouping, const RiskFilter &filter = {}) const;

    // Rule 10: the candidates of an asset (not saved): one per threat in force that applies to the asset's type and
    // medium class and has no entry for the asset yet, with importance, the threat's likelihood and the derived
    // vulnerability.
    Result<QList<Risk>> candidates(qint64 assetId) const;
    // The same for an asset whose medium class is given.
    QList<Risk> candidatesFor(const Asset &asset, const QString &mediumClass, QString *error = nullptr) const;
    // Rule 3 for an asset and a threat: the vulnerability its controls give now; nothing when the threat has no
    // related controls (or there is no asset), so that it must be entered by hand.
    std::optional<int> derivedVulnerability(qint64 assetId, qint64 threatId, QString *error = nullptr) const;
    // Saves the candidates of each asset as identified entries, all in one transaction; returns how many.
    Result<int> generateCandidates(const QList<qint64> &assetIds);
    // A candidate the assessor marks 該当なし: closed with the reason.
    Result<Risk> markNotApplicable(const QString &riskNo, const QString &reason);

    // A new identified entry, for an asset or organisation-wide (assetId 0: importance entered with a rationale).
    Result<Risk> create(const Risk &draft);
    // What an assessment enters. vulnerability empty: derived from the asset's controls (rule 3).
    struct Assessment
    {
        int likelihood = 0;
        QString likelihoodRationale;
        std::optional<int> vulnerability;
        QString vulnerabilityRationale;
        QString scenario;   // empty: kept
        QString objectives; // empty: kept
        QString owner;      // empty: kept
        int importance = 0; // organisation-wide entries only; 0: kept
        QString importanceRationale;
    };
    Result<Risk> assess(const QString &riskNo, const Assessment &assessment);

    // A control planned for the entry: assigned to the asset (or its assignment updated) with the person and date.
    struct PlannedControl
    {
        qint64 controlId = 0;
        QString responsible;
        QDate due;
    };
    struct Treatment
    {
        QString treatment; // reduce, avoid, transfer, accept
        QString plan;
        QList<PlannedControl> controls; // added to the plan (or their assignments updated)
        // Controls taken off the plan. Each must be in it; their assignments stay with the asset (they are the
        // asset's controls, changed through their own dialog), only the link to this entry goes, audited with the
        // entry. Reducing still needs a planned control with a due date afterwards (rule 6).
        QList<qint64> removedControls;
        QString transferTo;
        QDate due;
    };
    Result<Risk> planTreatment(const QString &riskNo, const Treatment &treatment);
    Result<Risk> startTreatment(const QString &riskNo);
    // The residual likelihood and vulnerability (rule 6: the residual value never above the inherent one).
    Result<Risk> setResidual(const QString &riskNo, int likelihood, int vulnerability);
    // Warnings that do not stop an acceptance (the approver is the assessor).
    QStringList acceptanceWarnings(const QString &riskNo, const RiskAcceptance &acceptance) const;
    Result<Risk> accept(const QString &riskNo, const RiskAcceptance &acceptance);
    Result<Risk> close(const QString &riskNo, const QString &reason);
    // What the entry editor saves at once: a new entry (draft, riskNo empty) or changes to an existing one, the
    // assessment, the treatment and the residual ratings, each as the methods above check it, in this order and in
    // one unit of work: the first refusal or failure leaves the registry as it was, also for a new entry (nothing
    // created, no number used). Returns the entry as saved.
    struct EntryChanges
    {
        std::optional<Risk> draft;
        std::optional<Assessment> assessment;
        std::optional<Treatment> treatment;
        std::optional<std::pair<int, int>> residual; // likelihood, vulnerability
    };
    Result<Risk> saveEntry(const QString &riskNo, const EntryChanges &changes);
    // Only an entry never assessed is removed (rule 11); its number is not used again.
    Result<bool> remove(const QString &riskNo);

    // Rule 8: open entries overdue for review or treatment, needing reassessment, or with an acceptance that ends
    // within `withinDays` days; each with why.
    struct DueEntry
    {
        Risk risk;
        QStringList reasons;
    };
    Result<QList<DueEntry>> due(int withinDays) const;

    // Assessment runs: created with title, scope, period and assessor; approval copies the criteria in force and the
    // counts by level and treatment of the entries in scope, and makes the record final.
    Result<AssessmentRun> createRun(const AssessmentRun &draft);
    Result<AssessmentRun> approveRun(const QString &runNo, const QString &approver, const QString &title,
                                     const QDate &on);
    QList<AssessmentRun> runs(QString *error = nullptr) const;

private:
    // False (with *error when given) when a read of an entry's asset fails: the reasons would be missing.
    bool annotate(QList<Risk> *risks, QString *error) const;
    // Why an annotated entry is due by rule 8 (empty when it is not), with acceptances ending up to `horizon`.
    QStringList dueReasons(const Risk &risk, const QDate &today, const QDate &horizon) const;
    Result<Risk> annotated(Risk risk) const;
    Result<Risk> save(const Risk &before, Risk after, const QString &action);
    std::optional<Risk> openEntry(const QString &riskNo, Result<Risk> *failure) const;

    RegistryContext &m_context;
    AssignmentService &m_assignments;
};
