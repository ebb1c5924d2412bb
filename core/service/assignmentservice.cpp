// Controls assigned to assets: one at a time or in bulk, all or nothing, each change audited.
#include "assignmentservice.h"

#include "changes.h"
#include "domain/controlcodes.h"
#include "registrycontext.h"
#include "riskhooks.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Changes;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ControlService", text);
}

constexpr int kMaxProblems = 50;

QList<QPair<QString, QString>> assignmentFields(const ControlAssignment &assignment)
{
    return {{QStringLiteral("applicable"), assignment.applicable ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("reason"), assignment.reason},
            {QStringLiteral("implementation"), assignment.implementation},
            {QStringLiteral("responsible"), assignment.responsible},
            {QStringLiteral("due_date"), dateText(assignment.dueDate)},
            {QStringLiteral("evidence_note"), assignment.evidenceNote},
            {QStringLiteral("last_verified"), dateText(assignment.lastVerified)}};
}

ControlAssignment normalised(ControlAssignment assignment)
{
    assignment.reason = assignment.reason.trimmed();
    assignment.responsible = assignment.responsible.trimmed();
    assignment.evidenceNote = assignment.evidenceNote.trimmed();
    assignment.implementation = assignment.implementation.trimmed();
    return assignment;
}

} // namespace

AssignmentService::AssignmentService(RegistryContext &context)
    : m_context(context)
{
}

QList<Problem> AssignmentService::validate(const ControlAssignment &assignment) const
{
    QList<Problem> problems;
    QString error;
    const std::optional<Asset> asset = m_context.assetStore().byId(assignment.assetId, &error);
    const std::optional<Control> control = m_context.controlStore().controlById(assignment.controlId, &error);
    const bool exists =
        m_context.controlStore().assignment(assignment.assetId, assignment.controlId, &error).has_value();
    // A read that failed is said as such, never as "no longer exists".
    if (!error.isEmpty()) {
        problems.append({QString(), error});
        return problems;
    }
    if (!asset) {
        problems.append({QStringLiteral("asset"), translated(QT_TRANSLATE_NOOP("ControlService", "The asset no longer "
                                                                                                 "exists in this "
                                                                                                 "registry."))});
        return problems;
    }
    if (!control) {
        problems.append({QStringLiteral("control"), translated(QT_TRANSLATE_NOOP("ControlService", "The control no "
                                                                                                   "longer exists in "
                                                                                                   "this registry."))});
        return problems;
    }
    return validate(assignment, asset->assetNo, asset->status, *control, exists);
}

QList<Problem> AssignmentService::validate(const ControlAssignment &assignment, const QString &assetNo,
                                           const QString &assetStatus, const Control &control, bool exists) const
{
    QList<Problem> problems;
    if (assetStatus == QLatin1String("disposed"))
        problems.append({QStringLiteral("asset"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "Asset %1 has been disposed; its controls can "
                                                                        "no longer be changed."))
                             .arg(assetNo)});
    if (control.retired && !exists)
        problems.append({QStringLiteral("control"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 has been retired and cannot be "
                                                                        "assigned any more. Choose a control in "
                                                                        "force."))
                             .arg(control.code)});
    if (!ControlCodes::implementations().contains(assignment.implementation))
        problems.append(
            {QStringLiteral("implementation"),
             translated(QT_TRANSLATE_NOOP("ControlService", "'%1' is not an implementation status. Choose "
                                                            "one of: %2."))
                 .arg(assignment.implementation, ControlCodes::implementations().join(QStringLiteral(", ")))});
    if (!assignment.applicable && assignment.reason.trimmed().isEmpty())
        problems.append({QStringLiteral("reason"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 is marked not applicable to asset "
                                                                        "%2 without a reason. Enter why it does not "
                                                                        "apply."))
                             .arg(control.code, assetNo)});
    if (assignment.reason.trimmed().size() > 2000 || assignment.evidenceNote.trimmed().size() > 4000 ||
        assignment.responsible.trimmed().size() > 200)
        problems.append({QStringLiteral("evidence_note"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "A text of the assignment of %1 is too long "
                                                                        "(reason up to 2000, evidence note up to 4000, "
                                                                        "responsible up to 200 characters)."))
                             .arg(control.code)});
    if (assignment.lastVerified.isValid() && assignment.lastVerified > m_context.today())
        problems.append({QStringLiteral("last_verified"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "The date last verified (%1) is in the future. "
                                                                        "Enter the day the control was checked."))
                             .arg(assignment.lastVerified.toString(Qt::ISODate))});
    return problems;
}

Result<ControlAssignment> AssignmentService::assign(const ControlAssignment &draft)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<ControlAssignment>::failure(work.error());
    const ControlAssignment assignment = normalised(draft);
    const QList<Problem> problems = validate(assignment);
    if (!problems.isEmpty())
        return Result<ControlAssignment>::invalid(problems);
    QString error;
    const std::optional<Asset> asset = m_context.assetStore().byId(assignment.assetId, &error);
    const std::optional<Control> control = m_context.controlStore().controlById(assignment.controlId, &error);
    const std::optional<ControlAssignment> before =
        m_context.controlStore().assignment(assignment.assetId, assignment.controlId, &error);
    if (!error.isEmpty())
        return Result<ControlAssignment>::failure(error);
    // Read again after validating: a read that fails here must not be taken for a record (the unit of work refuses to
    // commit after any failed statement, but the record is used before that).
    if (!asset || !control)
        return Result<ControlAssignment>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The asset or the control could not be read. Nothing was "
                                                           "saved; try again.")));
    const QList<QPair<QString, QString>> after = assignmentFields(assignment);
    QList<QPair<QString, QString>> old;
    if (before)
        old = assignmentFields(*before);
    const QJsonObject changes = fieldChanges(before ? &old : nullptr, &after);
    // Nothing changed: nothing to write, but the unit of work still ends well, so that a change this one joins (a
    // treatment plan naming the control again) is not rolled back for it.
    if (before && changes.isEmpty()) {
        if (!work.commit(&error))
            return Result<ControlAssignment>::failure(error);
        return Result<ControlAssignment>::success(assignment);
    }
    if (!m_context.controlStore().saveAssignment(assignment, &error) ||
        !m_context.appendAudit(before ? QStringLiteral("update") : QStringLiteral("assign"),
                               QStringLiteral("control_assignment"), entityId(asset->assetNo, *control), changes,
                               &error) ||
        !RiskHooks::assignmentsChanged(m_context, {assignment.assetId}, &error)) {
        return Result<ControlAssignment>::failure(error);
    }
    if (!work.commit(&error))
        return Result<ControlAssignment>::failure(error);
    return Result<ControlAssignment>::success(assignment);
}

Result<int> AssignmentService::assignMany(const QList<qint64> &assetIds, const QList<qint64> &controlIds,
                                          const AssignmentPatch &patch, const std::function<void(int)> &progress)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<int>::failure(work.error());
    if (assetIds.isEmpty() || controlIds.isEmpty())
        return Result<int>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Choose at least one asset and one control to assign.")));
    struct Pending
    {
        ControlAssignment assignment;
        QJsonObject changes;
        bool isNew = false;
        QString entityId;
    };
    QList<Pending> pending;
    QList<Problem> problems;
    int problemCount = 0;
    QHash<qint64, Control> controls;
    QHash<qint64, QHash<qint64, ControlAssignment>> existing;
    QString error;
    for (qint64 controlId : controlIds) {
        const std::optional<Control> control = m_context.controlStore().controlById(controlId, &error);
        if (!error.isEmpty())
            return Result<int>::failure(error);
        if (!control)
            return Result<int>::failure(
                translated(QT_TRANSLATE_NOOP("ControlService", "The control no longer exists in this registry.")));
        controls.insert(controlId, *control);
        existing.insert(controlId, m_context.controlStore().assignmentsOfControl(controlId, &error));
        if (!error.isEmpty())
            return Result<int>::failure(error);
    }
    // Read in bulk: a selection may hold tens of thousands of assets.
    const QHash<qint64, ControlStore::AssetKey> assets = m_context.controlStore().assetKeys(assetIds, &error);
    if (!error.isEmpty())
        return Result<int>::failure(error);
    for (qint64 assetId : assetIds) {
        const auto asset = assets.constFind(assetId);
        if (asset == assets.constEnd())
            return Result<int>::failure(
                translated(QT_TRANSLATE_NOOP("ControlService", "The asset no longer exists in this registry.")));
        for (qint64 controlId : controlIds) {
            const Control &control = controls[controlId];
            const QHash<qint64, ControlAssignment> &ofControl = existing[controlId];
            const auto found = ofControl.constFind(assetId);
            const bool exists = found != ofControl.constEnd();
            ControlAssignment assignment;
            if (exists) {
                assignment = *found;
            } else {
                assignment.assetId = assetId;
                assignment.controlId = controlId;
            }
            patch.applyTo(&assignment);
            assignment = normalised(assignment);
            const QList<Problem> problemsOfPair = validate(assignment, asset->assetNo, asset->status, control, exists);
            for (const Problem &problem : problemsOfPair) {
                if (++problemCount <= kMaxProblems)
                    problems.append({problem.field,
                                     QStringLiteral("%1 / %2: %3").arg(asset->assetNo, control.code, problem.message)});
            }
            if (!problemsOfPair.isEmpty())
                continue;
            const QList<QPair<QString, QString>> after = assignmentFields(assignment);
            QList<QPair<QString, QString>> old;
            if (exists)
                old = assignmentFields(*found);
            const QJsonObject changes = fieldChanges(exists ? &old : nullptr, &after);
            if (exists && changes.isEmpty())
                continue;
            pending.append({assignment, changes, !exists, entityId(asset->assetNo, control)});
        }
    }
    if (problemCount > kMaxProblems)
        problems.append({QString(), translated(QT_TRANSLATE_NOOP("ControlService", "… and %1 more problems."))
                                        .arg(problemCount - kMaxProblems)});
    if (!problems.isEmpty())
        return Result<int>::invalid(problems);
    int done = 0;
    for (const Pending &item : std::as_const(pending)) {
        if (!m_context.controlStore().saveAssignment(item.assignment, &error) ||
            !m_context.appendAudit(item.isNew ? QStringLiteral("assign") : QStringLiteral("update"),
                                   QStringLiteral("control_assignment"), item.entityId, item.changes, &error)) {
            return Result<int>::failure(error);
        }
        if (progress && ++done % 1000 == 0)
            progress(done);
    }
    if (!RiskHooks::assignmentsChanged(m_context, assetIds, &error))
        return Result<int>::failure(error);
    if (!work.commit(&error))
        return Result<int>::failure(error);
    if (progress)
        progress(int(pending.size()));
    return Result<int>::success(int(pending.size()));
}

Result<bool> AssignmentService::unassign(qint64 assetId, qint64 controlId)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<bool>::failure(work.error());
    QString error;
    const std::optional<Asset> asset = m_context.assetStore().byId(assetId, &error);
    const std::optional<Control> control = m_context.controlStore().controlById(controlId, &error);
    const std::optional<ControlAssignment> before = m_context.controlStore().assignment(assetId, controlId, &error);
    if (!error.isEmpty())
        return Result<bool>::failure(error);
    if (!asset || !control || !before)
        return Result<bool>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The control is not assigned to the asset.")));
    if (asset->status == QLatin1String("disposed"))
        return Result<bool>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Asset %1 has been disposed; its controls can no longer be "
                                                           "changed."))
                .arg(asset->assetNo));
    const QList<QPair<QString, QString>> old = assignmentFields(*before);
    if (!m_context.controlStore().deleteAssignment(assetId, controlId, &error) ||
        !m_context.appendAudit(QStringLiteral("unassign"), QStringLiteral("control_assignment"),
                               entityId(asset->assetNo, *control), fieldChanges(&old, nullptr), &error) ||
        !RiskHooks::assignmentsChanged(m_context, {assetId}, &error)) {
        return Result<bool>::failure(error);
    }
    if (!work.commit(&error))
        return Result<bool>::failure(error);
    return Result<bool>::success(true);
}

Result<QList<AssignmentState>> AssignmentService::states(const QList<qint64> &assetIds,
                                                         const QList<qint64> &controlIds) const
{
    QList<AssignmentState> states;
    states.reserve(assetIds.size() * controlIds.size());
    QString error;
    for (qint64 controlId : controlIds) {
        const bool found = m_context.controlStore().controlById(controlId, &error).has_value();
        if (!error.isEmpty())
            return Result<QList<AssignmentState>>::failure(error);
        if (!found)
            return Result<QList<AssignmentState>>::failure(
                translated(QT_TRANSLATE_NOOP("ControlService", "The control no longer exists in this registry.")));
        const QHash<qint64, ControlAssignment> ofControl =
            m_context.controlStore().assignmentsOfControl(controlId, &error);
        if (!error.isEmpty())
            return Result<QList<AssignmentState>>::failure(error);
        for (qint64 assetId : assetIds) {
            const auto found = ofControl.constFind(assetId);
            states.append({assetId, controlId,
                           found == ofControl.constEnd() ? std::nullopt : std::optional<ControlAssignment>(*found)});
        }
    }
    return Result<QList<AssignmentState>>::success(states);
}

Result<int> AssignmentService::replace(const QList<AssignmentState> &expected, const QList<AssignmentState> &wanted)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<int>::failure(work.error());
    const auto fieldsOf = [](const std::optional<ControlAssignment> &assignment) {
        return assignment ? assignmentFields(normalised(*assignment)) : QList<QPair<QString, QString>>();
    };
    QString error;
    for (const AssignmentState &state : expected) {
        const std::optional<ControlAssignment> now =
            m_context.controlStore().assignment(state.assetId, state.controlId, &error);
        if (!error.isEmpty())
            return Result<int>::failure(error);
        if (now.has_value() != state.assignment.has_value() || fieldsOf(now) != fieldsOf(state.assignment)) {
            const std::optional<Asset> asset = m_context.assetStore().byId(state.assetId, &error);
            const std::optional<Control> control = m_context.controlStore().controlById(state.controlId, &error);
            if (!error.isEmpty())
                return Result<int>::failure(error);
            Result<int> refused = Result<int>::failure(
                translated(QT_TRANSLATE_NOOP("ControlService", "The assignment of control %1 to asset %2 has been "
                                                               "changed since. Nothing was changed."))
                    .arg(control ? control->code : QString(), asset ? asset->assetNo : QString()));
            refused.conflict = true;
            return refused;
        }
    }
    int changed = 0;
    for (const AssignmentState &state : wanted) {
        const std::optional<ControlAssignment> now =
            m_context.controlStore().assignment(state.assetId, state.controlId, &error);
        if (!error.isEmpty())
            return Result<int>::failure(error);
        if (now.has_value() == state.assignment.has_value() && fieldsOf(now) == fieldsOf(state.assignment))
            continue;
        // The single changes join this unit of work: the first refusal rolls all of them back.
        if (state.assignment) {
            const Result<ControlAssignment> saved = assign(*state.assignment);
            if (!saved)
                return saved.problems.isEmpty() ? Result<int>::failure(saved.error)
                                                : Result<int>::invalid(saved.problems);
        } else {
            const Result<bool> removed = unassign(state.assetId, state.controlId);
            if (!removed)
                return Result<int>::failure(removed.error);
        }
        ++changed;
    }
    if (!work.commit(&error))
        return Result<int>::failure(error);
    return Result<int>::success(changed);
}

std::optional<ControlAssignment> AssignmentService::assignment(qint64 assetId, qint64 controlId, QString *error) const
{
    return m_context.controlStore().assignment(assetId, controlId, error);
}

Result<QList<AssetControl>> AssignmentService::controlsOfAsset(qint64 assetId) const
{
    QString error;
    QList<AssetControl> rows = m_context.controlStore().controlsOfAsset(assetId, m_context.today(), &error);
    if (!error.isEmpty())
        return Result<QList<AssetControl>>::failure(error);
    return Result<QList<AssetControl>>::success(rows);
}

QString AssignmentService::entityId(const QString &assetNo, const Control &control)
{
    return assetNo + QLatin1Char('/') + control.catalogKey + QLatin1Char('/') + control.code;
}
