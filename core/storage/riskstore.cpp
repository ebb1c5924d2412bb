// SQL of risk assessment: threats and risk entries. Risk entries are written column by column from one list, so insert
// and update cannot drift. Assessment runs are in riskstoreruns.cpp.
#include "riskstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskStore", text);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(QLatin1String(""));
}
QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}
QStringList listOf(const QVariant &value)
{
    return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QString kThreatColumns = QStringLiteral(
    "id, code, builtin, name_ja, name_en, category, policy_ref, objectives, asset_types, medium_classes, "
    "related_controls, default_likelihood, likelihood, likelihood_rationale, description_ja, description_en, source, "
    "retired, sort_order");

Threat threatFromQuery(const QSqlQuery &query)
{
    Threat threat;
    int c = 0;
    threat.id = query.value(c++).toLongLong();
    threat.code = query.value(c++).toString();
    threat.builtIn = query.value(c++).toInt() != 0;
    threat.nameJa = query.value(c++).toString();
    threat.nameEn = query.value(c++).toString();
    threat.category = query.value(c++).toString();
    threat.policyRef = query.value(c++).toString();
    threat.objectives = query.value(c++).toString();
    threat.assetTypes = listOf(query.value(c++));
    threat.mediumClasses = listOf(query.value(c++));
    threat.relatedControls = listOf(query.value(c++));
    threat.defaultLikelihood = query.value(c++).toInt();
    threat.likelihood = query.value(c++).toInt();
    threat.likelihoodRationale = query.value(c++).toString();
    threat.descriptionJa = query.value(c++).toString();
    threat.descriptionEn = query.value(c++).toString();
    threat.source = query.value(c++).toString();
    threat.retired = query.value(c++).toInt() != 0;
    threat.sortOrder = query.value(c++).toInt();
    return threat;
}

QList<QPair<QString, QVariant>> threatValues(const Threat &threat)
{
    return {{QStringLiteral("builtin"), threat.builtIn ? 1 : 0},
            {QStringLiteral("name_ja"), text(threat.nameJa)},
            {QStringLiteral("name_en"), text(threat.nameEn)},
            {QStringLiteral("category"), threat.category},
            {QStringLiteral("policy_ref"), text(threat.policyRef)},
            {QStringLiteral("objectives"), threat.objectives},
            {QStringLiteral("asset_types"), text(threat.assetTypes.join(QLatin1Char(' ')))},
            {QStringLiteral("medium_classes"), text(threat.mediumClasses.join(QLatin1Char(' ')))},
            {QStringLiteral("related_controls"), text(threat.relatedControls.join(QLatin1Char(' ')))},
            {QStringLiteral("default_likelihood"), threat.defaultLikelihood},
            {QStringLiteral("likelihood"), threat.likelihood},
            {QStringLiteral("likelihood_rationale"), text(threat.likelihoodRationale)},
            {QStringLiteral("description_ja"), text(threat.descriptionJa)},
            {QStringLiteral("description_en"), text(threat.descriptionEn)},
            {QStringLiteral("source"), text(threat.source)},
            {QStringLiteral("retired"), threat.retired ? 1 : 0},
            {QStringLiteral("sort_order"), threat.sortOrder}};
}

// Every stored column of an entry but id and risk_no, in the order of kRiskColumns after those two.
QList<QPair<QString, QVariant>> riskValues(const Risk &risk)
{
    return {{QStringLiteral("asset_id"),
             risk.assetId > 0 ? QVariant(risk.assetId) : QVariant(QMetaType::fromType<qint64>())},
            {QStringLiteral("threat_id"), risk.threatId},
            {QStringLiteral("scenario"), text(risk.scenario)},
            {QStringLiteral("objectives"), text(risk.objectives)},
            {QStringLiteral("importance"), risk.importance},
            {QStringLiteral("importance_rationale"), text(risk.importanceRationale)},
            {QStringLiteral("likelihood"), risk.likelihood},
            {QStringLiteral("likelihood_rationale"), text(risk.likelihoodRationale)},
            {QStringLiteral("vulnerability"), risk.vulnerability},
            {QStringLiteral("vulnerability_derived"), risk.vulnerabilityDerived ? 1 : 0},
            {QStringLiteral("vulnerability_rationale"), text(risk.vulnerabilityRationale)},
            {QStringLiteral("damage_likelihood"), risk.damageLikelihood},
            {QStringLiteral("risk_value"), risk.riskValue},
            {QStringLiteral("risk_level"), text(risk.riskLevel)},
            {QStringLiteral("owner"), text(risk.owner)},
            {QStringLiteral("treatment"), text(risk.treatment)},
            {QStringLiteral("treatment_plan"), text(risk.treatmentPlan)},
            {QStringLiteral("transfer_to"), text(risk.transferTo)},
            {QStringLiteral("due"), isoDate(risk.due)},
            {QStringLiteral("residual_likelihood"), risk.residualLikelihood},
            {QStringLiteral("residual_vulnerability"), risk.residualVulnerability},
            {QStringLiteral("residual_value"), risk.residualValue},
            {QStringLiteral("residual_level"), text(risk.residualLevel)},
            {QStringLiteral("accepted_by"), text(risk.acceptedBy)},
            {QStringLiteral("accepted_title"), text(risk.acceptedTitle)},
            {QStringLiteral("accepted_role"), text(risk.acceptedRole)},
            {QStringLiteral("accepted_on"), isoDate(risk.acceptedOn)},
            {QStringLiteral("acceptance_reason"), text(risk.acceptanceReason)},
            {QStringLiteral("accepted_until"), isoDate(risk.acceptedUntil)},
            {QStringLiteral("status"), risk.status},
            {QStringLiteral("not_applicable"), risk.notApplicable ? 1 : 0},
            {QStringLiteral("assessed_on"), isoDate(risk.assessedOn)},
            {QStringLiteral("assessed_by"), text(risk.assessedBy)},
            {QStringLiteral("next_review"), isoDate(risk.nextReview)},
            {QStringLiteral("closed_on"), isoDate(risk.closedOn)},
            {QStringLiteral("closed_reason"), text(risk.closedReason)},
            {QStringLiteral("disposal_no"), text(risk.disposalNo)},
            {QStringLiteral("snapshot_personal_info"), text(risk.snapshotPersonalInfo)},
            {QStringLiteral("snapshot_asset_type"), text(risk.snapshotAssetType)},
            {QStringLiteral("snapshot_medium_class"), text(risk.snapshotMediumClass)},
            {QStringLiteral("snapshot_vulnerability"), risk.snapshotVulnerability}};
}

QString riskSelect()
{
    QStringList columns{QStringLiteral("r.id"), QStringLiteral("r.risk_no")};
    for (const auto &pair : riskValues(Risk()))
        columns << QStringLiteral("r.") + pair.first;
    columns << QStringLiteral("r.row_version") << QStringLiteral("coalesce(a.asset_no, '')")
            << QStringLiteral("coalesce(a.name, '')") << QStringLiteral("coalesce(a.department, '')")
            << QStringLiteral("t.code") << QStringLiteral("t.name_ja") << QStringLiteral("t.name_en");
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM risk r JOIN threat t ON t.id = r.threat_id LEFT JOIN asset a ON a.id = r.asset_id");
}

Risk riskFromQuery(const QSqlQuery &query)
{
    Risk risk;
    int c = 0;
    risk.id = query.value(c++).toLongLong();
    risk.riskNo = query.value(c++).toString();
    risk.assetId = query.value(c++).toLongLong();
    risk.threatId = query.value(c++).toLongLong();
    risk.scenario = query.value(c++).toString();
    risk.objectives = query.value(c++).toString();
    risk.importance = query.value(c++).toInt();
    risk.importanceRationale = query.value(c++).toString();
    risk.likelihood = query.value(c++).toInt();
    risk.likelihoodRationale = query.value(c++).toString();
    risk.vulnerability = query.value(c++).toInt();
    risk.vulnerabilityDerived = query.value(c++).toInt() != 0;
    risk.vulnerabilityRationale = query.value(c++).toString();
    risk.damageLikelihood = query.value(c++).toInt();
    risk.riskValue = query.value(c++).toInt();
    risk.riskLevel = query.value(c++).toString();
    risk.owner = query.value(c++).toString();
    risk.treatment = query.value(c++).toString();
    risk.treatmentPlan = query.value(c++).toString();
    risk.transferTo = query.value(c++).toString();
    risk.due = dateOf(query.value(c++));
    risk.residualLikelihood = query.value(c++).toInt();
    risk.residualVulnerability = query.value(c++).toInt();
    risk.residualValue = query.value(c++).toInt();
    risk.residualLevel = query.value(c++).toString();
    risk.acceptedBy = query.value(c++).toString();
    risk.acceptedTitle = query.value(c++).toString();
    risk.acceptedRole = query.value(c++).toString();
    risk.acceptedOn = dateOf(query.value(c++));
    risk.acceptanceReason = query.value(c++).toString();
    risk.acceptedUntil = dateOf(query.value(c++));
    risk.status = query.value(c++).toString();
    risk.notApplicable = query.value(c++).toInt() != 0;
    risk.assessedOn = dateOf(query.value(c++));
    risk.assessedBy = query.value(c++).toString();
    risk.nextReview = dateOf(query.value(c++));
    risk.closedOn = dateOf(query.value(c++));
    risk.closedReason = query.value(c++).toString();
    risk.disposalNo = query.value(c++).toString();
    risk.snapshotPersonalInfo = query.value(c++).toString();
    risk.snapshotAssetType = query.value(c++).toString();
    risk.snapshotMediumClass = query.value(c++).toString();
    risk.snapshotVulnerability = query.value(c++).toInt();
    risk.rowVersion = query.value(c++).toInt();
    risk.assetNo = query.value(c++).toString();
    risk.assetName = query.value(c++).toString();
    risk.department = query.value(c++).toString();
    risk.threatCode = query.value(c++).toString();
    const QString nameJa = query.value(c++).toString();
    const QString nameEn = query.value(c++).toString();
    Threat threat;
    threat.nameJa = nameJa;
    threat.nameEn = nameEn;
    risk.threatName = threat.name();
    return risk;
}

// The WHERE clause of a filter (without staleOnly, which needs the asset and its controls).
QString whereOf(const Database &database, const RiskFilter &filter, const QDate &today, QVariantList *values)
{
    QStringList terms;
    if (!filter.level.isEmpty()) {
        terms << QStringLiteral("r.risk_level = ?");
        values->append(filter.level);
    }
    if (filter.status == QLatin1String("open")) {
        terms << QStringLiteral("r.status <> 'closed'");
    } else if (!filter.status.isEmpty()) {
        terms << QStringLiteral("r.status = ?");
        values->append(filter.status);
    }
    if (filter.assessedOnly)
        terms << QStringLiteral("r.status <> 'identified'");
    if (filter.treatment == QLatin1String("none")) {
        terms << QStringLiteral("r.treatment = ''");
    } else if (!filter.treatment.isEmpty()) {
        terms << QStringLiteral("r.treatment = ?");
        values->append(filter.treatment);
    }
    if (!filter.department.isEmpty()) {
        terms << QStringLiteral("a.department = ?");
        values->append(filter.department);
    }
    if (!filter.owner.isEmpty()) {
        terms << database.containsText(QStringLiteral("lower(r.owner)"), QStringLiteral("lower(?)"));
        values->append(filter.owner);
    }
    if (filter.assetId > 0) {
        terms << QStringLiteral("r.asset_id = ?");
        values->append(filter.assetId);
    }
    if (filter.threatId > 0) {
        terms << QStringLiteral("r.threat_id = ?");
        values->append(filter.threatId);
    }
    if (filter.overdue) {
        terms << QStringLiteral("r.status <> 'closed' AND ((r.next_review <> '' AND r.next_review < ?) OR (r.due <> '' "
                                "AND r.due < ? AND r.status IN ('planned', 'in_treatment')))");
        values->append(isoDate(today));
        values->append(isoDate(today));
    }
    if (filter.acceptanceOverdue) {
        terms << QStringLiteral("r.status = 'accepted' AND r.accepted_until <> '' AND r.accepted_until < ?");
        values->append(isoDate(today));
    }
    if (filter.importance > 0) {
        terms << QStringLiteral("r.importance = ?");
        values->append(filter.importance);
    }
    if (filter.damageLikelihood > 0) {
        terms << QStringLiteral("r.damage_likelihood = ?");
        values->append(filter.damageLikelihood);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

QSqlDatabase RiskStore::db() const
{
    return m_database.connection();
}

QString RiskStore::failed(const char *context, const QString &detail) const
{
    return m_database.sqlError(translated(context), detail);
}

void RiskStore::readFailed(const QSqlQuery &query, QString *error) const
{
    if (error)
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not read the risk register of %1: %2"),
                        Statement::errorText(query));
}

QList<Threat> RiskStore::threats(bool includeRetired, QString *error) const
{
    QSqlQuery query(db());
    QList<Threat> list;
    if (!Statement::exec(query,
                         QStringLiteral("SELECT %1 FROM threat %2 ORDER BY builtin DESC, sort_order, code")
                             .arg(kThreatColumns, includeRetired ? QString() : QStringLiteral("WHERE retired = 0")))) {
        readFailed(query, error);
        return list;
    }
    while (query.next())
        list.append(threatFromQuery(query));
    return list;
}

std::optional<Threat> RiskStore::threatById(qint64 id, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM threat WHERE id = ?").arg(kThreatColumns));
    query.addBindValue(id);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return threatFromQuery(query);
}

std::optional<Threat> RiskStore::threatByCode(const QString &code, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM threat WHERE code = ?").arg(kThreatColumns));
    query.addBindValue(code);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return threatFromQuery(query);
}

bool RiskStore::insertThreat(Threat *threat, QString *error)
{
    const auto values = threatValues(*threat);
    QStringList columns{QStringLiteral("code")};
    for (const auto &pair : values)
        columns << pair.first;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO threat (%1) VALUES (%2)")
                      .arg(columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))) +
                  m_database.returningId());
    query.addBindValue(threat->code);
    for (const auto &pair : values)
        query.addBindValue(pair.second);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the threat in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    threat->id = Database::insertedId(query);
    return true;
}

bool RiskStore::updateThreat(const Threat &threat, QString *error)
{
    const auto values = threatValues(threat);
    QStringList sets;
    for (const auto &pair : values)
        sets << pair.first + QStringLiteral(" = ?");
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE threat SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const auto &pair : values)
        query.addBindValue(pair.second);
    query.addBindValue(threat.id);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the threat in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    return true;
}

bool RiskStore::insertRisk(Risk *risk, QString *error)
{
    const auto values = riskValues(*risk);
    QStringList columns{QStringLiteral("risk_no")};
    for (const auto &pair : values)
        columns << pair.first;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO risk (%1) VALUES (%2)")
                      .arg(columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))) +
                  m_database.returningId());
    query.addBindValue(risk->riskNo);
    for (const auto &pair : values)
        query.addBindValue(pair.second);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the risk entry in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    risk->id = Database::insertedId(query);
    risk->rowVersion = 1;
    return savePlannedControls(*risk, error);
}

bool RiskStore::updateRisk(const Risk &risk, int expectedVersion, bool *conflict, QString *error)
{
    *conflict = false;
    const auto values = riskValues(risk);
    QStringList sets;
    for (const auto &pair : values)
        sets << pair.first + QStringLiteral(" = ?");
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE risk SET %1, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                      .arg(sets.join(QStringLiteral(", "))));
    for (const auto &pair : values)
        query.addBindValue(pair.second);
    query.addBindValue(risk.id);
    query.addBindValue(expectedVersion);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the risk entry in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *conflict = true;
        return true;
    }
    return savePlannedControls(risk, error);
}

bool RiskStore::savePlannedControls(const Risk &risk, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM risk_control WHERE risk_id = ?"));
    query.addBindValue(risk.id);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the risk entry in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    for (qint64 controlId : risk.plannedControls) {
        QSqlQuery insert(db());
        insert.prepare(
            QStringLiteral("INSERT INTO risk_control (risk_id, control_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        insert.addBindValue(risk.id);
        insert.addBindValue(controlId);
        if (!Statement::exec(insert)) {
            *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the risk entry in the registry %1: %2"),
                            Statement::errorText(insert));
            return false;
        }
    }
    return true;
}

bool RiskStore::deleteRisk(qint64 id, QString *error)
{
    for (const char *sql : {"DELETE FROM risk_control WHERE risk_id = ?", "DELETE FROM risk WHERE id = ?"}) {
        QSqlQuery query(db());
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(id);
        if (!Statement::exec(query)) {
            *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not remove the risk entry from the registry %1: %2"),
                            Statement::errorText(query));
            return false;
        }
    }
    return true;
}

QList<Risk> RiskStore::selectRisks(const QString &where, const QVariantList &values, const QString &tail,
                                   QString *error) const
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(riskSelect() + where + tail);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Risk> list;
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return list;
    }
    while (query.next())
        list.append(riskFromQuery(query));
    // Entries without their planned controls would look as if the plan had none: a save would drop them.
    if (!loadPlannedControls(&list, error))
        list.clear();
    return list;
}

bool RiskStore::loadPlannedControls(QList<Risk> *risks, QString *error) const
{
    if (risks->isEmpty())
        return true;
    QHash<qint64, int> index;
    QStringList ids;
    for (int i = 0; i < risks->size(); ++i) {
        index.insert(risks->at(i).id, i);
        ids << QString::number(risks->at(i).id);
    }
    QSqlQuery query(db());
    if (!Statement::exec(query, QStringLiteral("SELECT risk_id, control_id FROM risk_control WHERE risk_id IN (%1) "
                                               "ORDER BY risk_id, control_id")
                                    .arg(ids.join(QLatin1Char(','))))) {
        readFailed(query, error);
        return false;
    }
    while (query.next())
        (*risks)[index.value(query.value(0).toLongLong())].plannedControls.append(query.value(1).toLongLong());
    return true;
}

std::optional<Risk> RiskStore::riskById(qint64 id, QString *error) const
{
    const QList<Risk> list = selectRisks(QStringLiteral(" WHERE r.id = ?"), {id}, {}, error);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<Risk> RiskStore::riskByNo(const QString &riskNo, QString *error) const
{
    const QList<Risk> list = selectRisks(QStringLiteral(" WHERE r.risk_no = ?"), {riskNo}, {}, error);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Risk> RiskStore::risks(const RiskFilter &filter, const QDate &today, qint64 offset, qint64 limit,
                             QString *error) const
{
    QVariantList values;
    const QString where = whereOf(m_database, filter, today, &values);
    // No limit (limit < 0): SQLite reads a negative LIMIT as none, PostgreSQL refuses it and takes LIMIT ALL.
    if (limit < 0 && m_database.isServer())
        return selectRisks(where, values << offset, QStringLiteral(" ORDER BY r.risk_no LIMIT ALL OFFSET ?"), error);
    values << limit << offset;
    return selectRisks(where, values, QStringLiteral(" ORDER BY r.risk_no LIMIT ? OFFSET ?"), error);
}

qint64 RiskStore::riskCount(const RiskFilter &filter, const QDate &today, QString *error) const
{
    QVariantList values;
    const QString where = whereOf(m_database, filter, today, &values);
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM risk r LEFT JOIN asset a ON a.id = r.asset_id") + where);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!Statement::exec(query) || !query.next()) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not read the risk register of %1: %2"),
                        Statement::errorText(query));
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<Risk> RiskStore::risksOfAsset(qint64 assetId, QString *error) const
{
    return selectRisks(QStringLiteral(" WHERE r.asset_id = ?"), {assetId}, QStringLiteral(" ORDER BY r.risk_no"),
                       error);
}

QSet<qint64> RiskStore::threatIdsOfAsset(qint64 assetId, QString *error) const
{
    QSet<qint64> ids;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT DISTINCT threat_id FROM risk WHERE asset_id = ?"));
    query.addBindValue(assetId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return ids;
    }
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

QSet<qint64> RiskStore::assetIdsWithDerivedRisks(QString *error) const
{
    QSet<qint64> ids;
    QSqlQuery query(db());
    if (!Statement::exec(query, QStringLiteral("SELECT DISTINCT asset_id FROM risk WHERE status <> 'closed' AND "
                                               "vulnerability_derived = 1 AND asset_id IS NOT NULL"))) {
        readFailed(query, error);
        return ids;
    }
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

QHash<QString, qint64> RiskStore::countBy(const QString &grouping, const RiskFilter &filter, const QDate &today,
                                          QString *error) const
{
    QHash<QString, qint64> counts;
    QString key;
    if (grouping == QLatin1String("risk_level") || grouping == QLatin1String("treatment") ||
        grouping == QLatin1String("status"))
        key = QStringLiteral("r.") + grouping;
    else if (grouping == QLatin1String("importance,damage_likelihood"))
        key = QStringLiteral("r.importance || ',' || r.damage_likelihood");
    else
        return counts;
    QVariantList values;
    const QString where = whereOf(m_database, filter, today, &values);
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1, count(*) FROM risk r LEFT JOIN asset a ON a.id = r.asset_id %2 GROUP BY 1")
                      .arg(key, where));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not read the risk register of %1: %2"),
                        Statement::errorText(query));
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

qint64 RiskStore::acceptancesEndingBy(const QDate &until, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM risk WHERE status = 'accepted' AND accepted_until <> '' AND "
                                 "accepted_until <= ?"));
    query.addBindValue(isoDate(until));
    if (!Statement::exec(query) || !query.next()) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not read the risk register of %1: %2"),
                        Statement::errorText(query));
        return -1;
    }
    return query.value(0).toLongLong();
}
