// SQL of control assignments (a control applied to an asset, with its implementation) and of the baseline rules.
#include "controlstore.h"

#include "controlrows.h"
#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace ControlRows;

std::optional<ControlAssignment> ControlStore::assignment(qint64 assetId, qint64 controlId, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM control_assignment ca WHERE ca.asset_id = ? AND ca.control_id = ?")
                      .arg(kAssignmentColumns));
    query.addBindValue(assetId);
    query.addBindValue(controlId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return assignmentFromQuery(query);
    return std::nullopt;
}

QList<ControlAssignment> ControlStore::assignmentsOfAsset(qint64 assetId, QString *error) const
{
    QList<ControlAssignment> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM control_assignment ca WHERE ca.asset_id = ?").arg(kAssignmentColumns));
    query.addBindValue(assetId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return result;
    }
    while (query.next())
        result.append(assignmentFromQuery(query));
    return result;
}

qint64 ControlStore::assignmentCount(qint64 controlId, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM control_assignment WHERE control_id = ?"));
    query.addBindValue(controlId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return 0;
    }
    if (query.next())
        return query.value(0).toLongLong();
    return 0;
}

QHash<qint64, ControlStore::AssetKey> ControlStore::assetKeys(const QList<qint64> &assetIds, QString *error) const
{
    QHash<qint64, AssetKey> result;
    QStringList ids;
    ids.reserve(assetIds.size());
    for (qint64 id : assetIds)
        ids << QString::number(id);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    // The ids travel as one JSON array, so that any number of them is one statement with one bound value.
    query.prepare(QStringLiteral("SELECT id, asset_no, status FROM asset WHERE id IN (") + m_database.idsOfJsonArray() +
                  QLatin1Char(')'));
    query.addBindValue(QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')));
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return result;
    }
    while (query.next())
        result.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    return result;
}

QHash<qint64, ControlAssignment> ControlStore::assignmentsOfControl(qint64 controlId, QString *error) const
{
    QHash<qint64, ControlAssignment> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM control_assignment ca WHERE ca.control_id = ?").arg(kAssignmentColumns));
    query.addBindValue(controlId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return result;
    }
    while (query.next()) {
        const ControlAssignment assignment = assignmentFromQuery(query);
        result.insert(assignment.assetId, assignment);
    }
    return result;
}

bool ControlStore::saveAssignment(const ControlAssignment &assignment, QString *error)
{
    if (!m_saveAssignment) {
        m_saveAssignment = std::make_unique<QSqlQuery>(db());
        m_saveAssignment->prepare(QStringLiteral(
            "INSERT INTO control_assignment (asset_id, control_id, applicable, reason, implementation, responsible, "
            "due_date, evidence_note, last_verified, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (asset_id, control_id) DO UPDATE SET applicable = excluded.applicable, reason = "
            "excluded.reason, "
            "implementation = excluded.implementation, responsible = excluded.responsible, due_date = "
            "excluded.due_date, "
            "evidence_note = excluded.evidence_note, last_verified = excluded.last_verified, "
            "updated_at = excluded.updated_at"));
    }
    QSqlQuery &query = *m_saveAssignment;
    query.addBindValue(assignment.assetId);
    query.addBindValue(assignment.controlId);
    query.addBindValue(assignment.applicable ? 1 : 0);
    query.addBindValue(text(assignment.reason));
    query.addBindValue(assignment.implementation);
    query.addBindValue(text(assignment.responsible));
    query.addBindValue(nullableDate(assignment.dueDate));
    query.addBindValue(text(assignment.evidenceNote));
    query.addBindValue(nullableDate(assignment.lastVerified));
    query.addBindValue(timeText(m_database.clock().nowUtc()));
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not save a control assignment in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    return true;
}

bool ControlStore::deleteAssignment(qint64 assetId, qint64 controlId, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM control_assignment WHERE asset_id = ? AND control_id = ?"));
    query.addBindValue(assetId);
    query.addBindValue(controlId);
    if (!Statement::exec(query)) {
        *error =
            failed(QT_TRANSLATE_NOOP("ControlStore", "Could not remove a control assignment in the registry %1: %2"),
                   Statement::errorText(query));
        return false;
    }
    return true;
}

QList<BaselineRule> ControlStore::baselineRules(QString *error) const
{
    QList<BaselineRule> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!Statement::exec(
            query,
            QStringLiteral(
                "SELECT r.id, r.control_id, r.min_confidentiality, r.min_integrity, r.min_availability, "
                "r.min_importance, "
                "r.personal_info, r.asset_type, r.has_provider, r.has_recipients, r.has_contractor, r.medium_class "
                "FROM baseline_rule r JOIN control k ON k.id = r.control_id "
                "JOIN control_catalog c ON c.id = k.catalog_id "
                "ORDER BY CASE c.kind WHEN 'builtin' THEN 0 WHEN 'own' THEN 2 ELSE 1 END, c.id, k.sort_order, r.id"))) {
        readFailed(query, error);
        return result;
    }
    while (query.next()) {
        BaselineRule rule;
        rule.id = query.value(0).toLongLong();
        rule.controlId = query.value(1).toLongLong();
        rule.minConfidentiality = optionalInt(query.value(2));
        rule.minIntegrity = optionalInt(query.value(3));
        rule.minAvailability = optionalInt(query.value(4));
        rule.minImportance = optionalInt(query.value(5));
        rule.personalInfo = query.value(6).toString();
        rule.assetType = query.value(7).toString();
        rule.hasProvider = query.value(8).toInt() != 0;
        rule.hasRecipients = query.value(9).toInt() != 0;
        rule.hasContractor = query.value(10).toInt() != 0;
        rule.mediumClass = query.value(11).toString();
        result.append(rule);
    }
    return result;
}

bool ControlStore::replaceBaseline(QList<BaselineRule> *rules, QString *error)
{
    QSqlQuery query(db());
    if (!Statement::exec(query, QStringLiteral("DELETE FROM baseline_rule"))) {
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not save the baseline in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO baseline_rule (control_id, min_confidentiality, min_integrity, "
                                 "min_availability, min_importance, personal_info, asset_type, has_provider, "
                                 "has_recipients, has_contractor, medium_class) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_database.returningId());
    for (BaselineRule &rule : *rules) {
        query.addBindValue(rule.controlId);
        query.addBindValue(nullableInt(rule.minConfidentiality));
        query.addBindValue(nullableInt(rule.minIntegrity));
        query.addBindValue(nullableInt(rule.minAvailability));
        query.addBindValue(nullableInt(rule.minImportance));
        query.addBindValue(nullableText(rule.personalInfo));
        query.addBindValue(nullableText(rule.assetType));
        query.addBindValue(rule.hasProvider ? 1 : 0);
        query.addBindValue(rule.hasRecipients ? 1 : 0);
        query.addBindValue(rule.hasContractor ? 1 : 0);
        query.addBindValue(nullableText(rule.mediumClass));
        if (!Statement::exec(query)) {
            *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not save the baseline in the registry %1: %2"),
                            Statement::errorText(query));
            return false;
        }
        rule.id = Database::insertedId(query);
    }
    return true;
}
