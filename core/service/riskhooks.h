// What risk assessment shares inside core: the criteria in force, the derived values of an entry, the vulnerability
// derived from an asset's controls, and writing an entry with its audit event. The hooks are called by the services of
// assignments and disposal inside their own unit of work, so the risk register follows them in the same transaction.
#pragma once

#include "domain/risk.h"
#include "domain/riskmethod.h"
#include "domain/threat.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class RegistryContext;

namespace RiskSupport {

RiskCriteria criteria(const RegistryContext &context);
// Damage likelihood, value and level, and the residual value and level, from the ratings and the criteria.
void derive(const RiskCriteria &criteria, Risk *risk);
// Rule 3 for an asset and a threat: from the asset's assignments of the threat's related controls; nothing when the
// threat has no related controls (or none of them is in this registry). A read that fails sets *error and gives
// nothing, never a vulnerability computed from half the facts.
std::optional<int> derivedVulnerability(RegistryContext &context, qint64 assetId, const Threat &threat, QString *error);
// The same from the states of the asset's assignments by control id, read in bulk (the candidates of many assets).
std::optional<int> derivedVulnerability(const QList<qint64> &related,
                                        const QHash<qint64, RiskMethod::ControlState> &assigned);
// The ids of the threat's related controls in this registry (built-in catalogue first, then the registry's own); a
// read that fails sets *error and gives none.
QList<qint64> relatedControlIds(RegistryContext &context, const Threat &threat, QString *error);
// Inserts (before null) or updates the entry and appends its audit event with `action`, inside the caller's unit of
// work. *conflict when the row changed since it was read.
bool write(RegistryContext &context, const Risk *before, Risk *after, const QString &action, bool *conflict,
           QString *error);
// Inserts new entries in one batch, numbered in order, recorded by one audit event for the batch with the value list
// of each entry under it (RiskBatch), inside the caller's unit of work.
bool writeNew(RegistryContext &context, QList<Risk> *risks, QString *error);

} // namespace RiskSupport

namespace RiskHooks {

// Rule 3: the assignments of these assets changed; derived vulnerabilities of their open entries are recomputed and
// each change audited.
bool assignmentsChanged(RegistryContext &context, const QList<qint64> &assetIds, QString *error);
// Rule 9 (and 7): a disposal was recorded; the asset's open entries close with the reason 「資産の廃棄（D-…）」.
bool assetDisposed(RegistryContext &context, qint64 assetId, const QString &disposalNo, QString *error);

} // namespace RiskHooks
