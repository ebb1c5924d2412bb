// The service for controls (DESIGN.md §4): catalogues (built-in, OSCAL imports, the registry's own controls),
// assignment of controls to assets, the baseline and the gap report. Like Registry, every write validates, runs in
// one transaction and appends its audit event in that transaction; the GUI and the CLI both call this class.
#pragma once

#include "domain/applicabilityentry.h"
#include "domain/assetcontrol.h"
#include "domain/baselinerule.h"
#include "domain/control.h"
#include "domain/controlassignment.h"
#include "domain/controlgap.h"
#include "result.h"
#include "storage/auditstore.h"
#include "storage/controlstore.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class Registry;
class ClassificationScheme;

// What loading or importing a catalogue changed.
struct CatalogChange
{
    qint64 catalogId = 0;
    QString title;
    QString version;
    int added = 0;
    int updated = 0;
    int retired = 0; // no longer in the catalogue; kept with their assignments, not required any more
    int unchanged = 0;
    int withdrawn = 0; // withdrawn in the file and left out
    int baselineRulesAdded = 0;
    bool replaced = false; // an earlier import of the same catalogue was updated in place

    int total() const { return added + updated + unchanged; }
};

class ControlService final
{
public:
    explicit ControlService(Registry &registry);

    // Called when a registry is created (newRegistry: not audited, like the rest of its initial state) or opened:
    // loads the built-in catalogue and the default baseline, or updates the catalogue when this build ships a newer
    // version. Assignments are kept.
    static bool prepareRegistry(Registry &registry, bool newRegistry, QString *error);

    // Catalogues.
    QList<ControlCatalog> catalogs() const;
    std::optional<ControlCatalog> catalog(qint64 id) const;
    // Finds a catalogue by key ("builtin", "own", an OSCAL UUID or its start) or by a word of its title.
    Result<ControlCatalog> findCatalog(const QString &nameOrKey) const;
    // Updates the built-in catalogue from data in the format of resources/catalog (a later release's catalogue).
    // Controls are matched by code; controls that are gone are retired, their assignments kept.
    Result<CatalogChange> updateBuiltInCatalog(const QByteArray &catalogJson, const QByteArray &baselineJson);
    QString builtInVersion() const;
    // Imports an OSCAL JSON catalogue as a catalogue of its own; importing it again updates it in place. A file that
    // is not a complete OSCAL catalogue changes nothing.
    Result<CatalogChange> importOscal(const QString &path);
    Result<CatalogChange> importOscalData(const QByteArray &json, const QString &sourceName);

    // Controls.
    QList<Control> controls(qint64 catalogId = 0, bool includeRetired = false) const;
    std::optional<Control> control(qint64 id) const;
    // A control by code, in the named catalogue or, without one, in whichever single catalogue has the code.
    Result<Control> findControl(const QString &code, const QString &catalog = QString()) const;

    // The registry's own controls: code, a title in at least one language, area 1–10, reference IDs checked.
    QList<Problem> validate(const Control &control, bool isNew) const;
    Result<Control> addOwnControl(const Control &draft);
    Result<Control> updateOwnControl(const Control &edited);
    // A retired control is no longer offered nor required; its assignments stay. Reinstating undoes it.
    Result<Control> setRetired(qint64 controlId, bool retired);

    // Assignments.
    QList<Problem> validate(const ControlAssignment &assignment) const;
    Result<ControlAssignment> assign(const ControlAssignment &assignment);
    // Assigns each control to each asset in one transaction, setting the fields of the patch; existing assignments
    // keep the fields the patch does not set. All or nothing; problems name the asset and the control.
    Result<int> assignMany(const QList<qint64> &assetIds, const QList<qint64> &controlIds, const AssignmentPatch &patch,
                           const std::function<void(int done)> &progress = {});
    Result<bool> unassign(qint64 assetId, qint64 controlId);
    std::optional<ControlAssignment> assignment(qint64 assetId, qint64 controlId) const;
    Result<QList<AssetControl>> controlsOfAsset(qint64 assetId) const;

    // The baseline.
    QList<BaselineRule> baseline() const;
    QList<Problem> validate(const QList<BaselineRule> &rules) const;
    Result<int> setBaseline(const QList<BaselineRule> &rules);
    // The baseline shipped with this build, for the controls of the built-in catalogue in force.
    Result<QList<BaselineRule>> defaultBaseline() const;
    // Replaces the baseline with the one shipped with this build.
    Result<int> resetBaseline();
    // Why the asset requires the control: one translated line per rule, e.g. "Confidentiality ≥ 2".
    QStringList requirementReasons(qint64 assetId, qint64 controlId) const;
    // The conditions of a rule in words, with the levels of the registry's scheme; "Every asset" for none.
    static QString describeConditions(const BaselineRule &rule, const ClassificationScheme &scheme);

    // The gap report.
    Result<GapSummary> gapSummary(const GapFilter &filter) const;
    Result<QList<ControlGap>> gaps(const GapFilter &filter, qint64 offset = 0, qint64 limit = -1) const;
    // Every gap, one at a time (for exports); visit returns false to stop. Returns how many were visited.
    Result<qint64> forEachGap(const GapFilter &filter, const std::function<bool(const ControlGap &)> &visit) const;

    // The statement of applicability of a catalogue.
    Result<QList<ApplicabilityEntry>> applicability(qint64 catalogId) const;

    // The day due dates are compared with; tests set it, otherwise today.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

private:
    Result<CatalogChange> loadBuiltIn(const QByteArray &catalogJson, const QByteArray &baselineJson, bool audited,
                                      bool force);
    bool auditEvent(const QString &action, const QString &entity, const QString &entityId, const QJsonObject &changes,
                    QString *error);
    QString assignmentEntityId(const QString &assetNo, const Control &control) const;
    QString ruleText(const BaselineRule &rule) const;
    // The rules of an assignment once its asset and control are known; reads nothing.
    static QList<Problem> validate(const ControlAssignment &assignment, const QString &assetNo,
                                   const QString &assetStatus, const Control &control, bool exists);

    Registry &m_registry;
    ControlStore m_store;
    AuditStore &m_audit;
    QDate m_today;
};
