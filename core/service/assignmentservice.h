// Controls assigned to assets (DESIGN.md §4): applicability, implementation, responsible person, due date,
// evidence note and last verification. One at a time or in bulk, all or nothing, each change audited.
#pragma once

#include "domain/assetcontrol.h"
#include "domain/control.h"
#include "domain/controlassignment.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class RegistryContext;

class AssignmentService final
{
public:
    explicit AssignmentService(RegistryContext &context);

    QList<Problem> validate(const ControlAssignment &assignment) const;
    Result<ControlAssignment> assign(const ControlAssignment &assignment);
    // Assigns each control to each asset in one transaction, setting the fields of the patch; existing assignments
    // keep the fields the patch does not set. All or nothing; problems name the asset and the control.
    Result<int> assignMany(const QList<qint64> &assetIds, const QList<qint64> &controlIds, const AssignmentPatch &patch,
                           const std::function<void(int done)> &progress = {});
    Result<bool> unassign(qint64 assetId, qint64 controlId);
    // How each control is assigned to each asset now (read in bulk, one query a control), for Edit ▸ Undo.
    Result<QList<AssignmentState>> states(const QList<qint64> &assetIds, const QList<qint64> &controlIds) const;
    // Puts the assignments of `wanted` in place (assigned with those fields, or unassigned) in one transaction, each
    // change audited, when they are still as `expected` (the undo and redo of an assignment step); refused, changing
    // nothing, when someone has changed one of them since. Returns how many were changed.
    Result<int> replace(const QList<AssignmentState> &expected, const QList<AssignmentState> &wanted);
    std::optional<ControlAssignment> assignment(qint64 assetId, qint64 controlId, QString *error = nullptr) const;
    Result<QList<AssetControl>> controlsOfAsset(qint64 assetId) const;

    // The audit entity id of an assignment: asset number / catalogue key / control code.
    static QString entityId(const QString &assetNo, const Control &control);

private:
    // The rules of an assignment once its asset and control are known; reads nothing.
    QList<Problem> validate(const ControlAssignment &assignment, const QString &assetNo, const QString &assetStatus,
                            const Control &control, bool exists) const;

    RegistryContext &m_context;
};
