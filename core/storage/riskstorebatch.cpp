// The bulk reads and writes behind the candidates of many assets in one step (rule 10, DESIGN.md §12): each read is
// one statement for the whole selection, whose ids travel as one JSON array, so ten thousand assets cost a handful of
// statements; the new entries are written through SQLite's own interface on a file, 64 rows a statement on a server.
#include "riskstore.h"

#include "database.h"
#include "sqlitebulk.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace {

QString idArray(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts << QString::number(id);
    return QLatin1Char('[') + texts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Rows of new entries a statement: few statements for a large batch, and well within the bound parameters SQLite
// (32,766 at least) and PostgreSQL (65,535) take in one statement.
constexpr int kRowsPerStatement = 64;

// The columns a new entry has values in: everything else is empty until it is assessed, as the table's defaults say.
const char kNewEntryColumns[] = "risk_no, asset_id, threat_id, scenario, objectives, importance, likelihood, "
                                "vulnerability, vulnerability_derived, damage_likelihood, risk_value, risk_level, "
                                "owner, status";
constexpr int kNewEntryValues = 14;

bool isNewEntry(const Risk &risk)
{
    return risk.importanceRationale.isEmpty() && risk.likelihoodRationale.isEmpty() &&
           risk.vulnerabilityRationale.isEmpty() && risk.treatment.isEmpty() && risk.treatmentPlan.isEmpty() &&
           risk.plannedControls.isEmpty() && risk.transferTo.isEmpty() && !risk.due.isValid() &&
           risk.residualLikelihood == 0 && risk.residualVulnerability == 0 && risk.residualValue == 0 &&
           risk.residualLevel.isEmpty() && risk.acceptedBy.isEmpty() && risk.acceptedTitle.isEmpty() &&
           risk.acceptedRole.isEmpty() && !risk.acceptedOn.isValid() && risk.acceptanceReason.isEmpty() &&
           !risk.acceptedUntil.isValid() && !risk.notApplicable && !risk.assessedOn.isValid() &&
           risk.assessedBy.isEmpty() && !risk.nextReview.isValid() && !risk.closedOn.isValid() &&
           risk.closedReason.isEmpty() && risk.disposalNo.isEmpty() && risk.snapshotPersonalInfo.isEmpty() &&
           risk.snapshotAssetType.isEmpty() && risk.snapshotMediumClass.isEmpty() && risk.snapshotVulnerability == 0 &&
           !risk.riskNo.isEmpty() && risk.threatId > 0;
}

QVariant textOf(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

} // namespace

bool RiskStore::insertRisks(QList<Risk> *risks, QString *error)
{
    if (risks->isEmpty())
        return true;
    for (const Risk &risk : std::as_const(*risks)) {
        if (!isNewEntry(risk)) {
            *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the risk entry in the registry %1: %2"),
                            QCoreApplication::translate("RiskStore", "entry %1 has been assessed or treated "
                                                                     "already and is not a new entry")
                                .arg(risk.riskNo));
            return false;
        }
    }
    const bool server = m_database.isServer();
    // A file gives the ids itself, above every id a creation record names (migration 12): an entry removed before it
    // was assessed keeps its creation record, and SQLite would give its id again to the next row.
    qint64 nextId = 0;
    if (!server) {
        QSqlQuery query(db());
        if (!Statement::exec(query, QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM risk), 0), "
                                                   "coalesce((SELECT max(risk_id) FROM risk_creation), 0)) + 1")) ||
            !query.next()) {
            *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the risk entry in the registry %1: %2"),
                            Statement::errorText(query));
            return false;
        }
        nextId = query.value(0).toLongLong();
        if (SqliteBulk::applies(db()))
            return insertIntoFile(risks, nextId, error);
    }
    const QString row = QLatin1Char('(') +
                        QStringList(kNewEntryValues + (server ? 0 : 1), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    const auto prepared = [&](int rows) {
        auto query = std::make_unique<QSqlQuery>(db());
        query->prepare(QStringLiteral("INSERT INTO risk (%1%2) VALUES ")
                           .arg(server ? QString() : QStringLiteral("id, "), QLatin1String(kNewEntryColumns)) +
                       QStringList(rows, row).join(QLatin1Char(',')) +
                       (server ? QStringLiteral(" RETURNING id, risk_no") : QString()));
        return query;
    };
    std::unique_ptr<QSqlQuery> chunk;
    for (qsizetype first = 0; first < risks->size(); first += kRowsPerStatement) {
        const int rows = int(std::min<qsizetype>(kRowsPerStatement, risks->size() - first));
        if (rows < kRowsPerStatement || !chunk)
            chunk = prepared(rows);
        QSqlQuery &query = *chunk;
        for (int n = 0; n < rows; ++n) {
            Risk &risk = (*risks)[first + n];
            if (!server) {
                risk.id = nextId++;
                query.addBindValue(risk.id);
            }
            query.addBindValue(risk.riskNo);
            query.addBindValue(risk.assetId > 0 ? QVariant(risk.assetId) : QVariant(QMetaType::fromType<qint64>()));
            query.addBindValue(risk.threatId);
            query.addBindValue(textOf(risk.scenario));
            query.addBindValue(textOf(risk.objectives));
            query.addBindValue(risk.importance);
            query.addBindValue(risk.likelihood);
            query.addBindValue(risk.vulnerability);
            query.addBindValue(risk.vulnerabilityDerived ? 1 : 0);
            query.addBindValue(risk.damageLikelihood);
            query.addBindValue(risk.riskValue);
            query.addBindValue(textOf(risk.riskLevel));
            query.addBindValue(textOf(risk.owner));
            query.addBindValue(textOf(risk.status));
            risk.rowVersion = 1;
        }
        if (!Statement::exec(query)) {
            *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the risk entry in the registry %1: %2"),
                            Statement::errorText(query));
            return false;
        }
        if (server) {
            // The server's ids, matched by risk number (RETURNING does not promise the order of the rows).
            QHash<QString, qint64> ids;
            while (query.next())
                ids.insert(query.value(1).toString(), query.value(0).toLongLong());
            for (int n = 0; n < rows; ++n) {
                Risk &risk = (*risks)[first + n];
                risk.id = ids.value(risk.riskNo);
            }
            query.finish();
        }
        if (rows < kRowsPerStatement)
            chunk.reset();
    }
    return true;
}

bool RiskStore::insertIntoFile(QList<Risk> *risks, qint64 nextId, QString *error)
{
    // One row a step through SQLite's own interface: no QVariant per value, no statement text per chunk.
    SqliteBulk insert(db(), QStringLiteral("INSERT INTO risk (id, %1) VALUES (%2)")
                                .arg(QLatin1String(kNewEntryColumns),
                                     QStringList(kNewEntryValues + 1, QStringLiteral("?")).join(QLatin1Char(','))));
    for (Risk &risk : *risks) {
        risk.id = nextId++;
        insert.bind(1, risk.id);
        insert.bind(2, risk.riskNo);
        if (risk.assetId > 0)
            insert.bind(3, risk.assetId);
        else
            insert.bindNull(3);
        insert.bind(4, risk.threatId);
        insert.bind(5, risk.scenario);
        insert.bind(6, risk.objectives);
        insert.bind(7, qint64(risk.importance));
        insert.bind(8, qint64(risk.likelihood));
        insert.bind(9, qint64(risk.vulnerability));
        insert.bind(10, qint64(risk.vulnerabilityDerived ? 1 : 0));
        insert.bind(11, qint64(risk.damageLikelihood));
        insert.bind(12, qint64(risk.riskValue));
        insert.bind(13, risk.riskLevel);
        insert.bind(14, risk.owner);
        insert.bind(15, risk.status);
        if (!insert.insertRow()) {
            *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the risk entry in the registry %1: %2"),
                            insert.errorText());
            return false;
        }
        risk.rowVersion = 1;
    }
    return true;
}

QList<Asset> RiskStore::assetsForCandidates(const QList<qint64> &assetIds, QString *error) const
{
    QList<Asset> assets;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, asset_no, name, department, owner, asset_type, medium_class, status, "
                                 "confidentiality, integrity, availability FROM asset WHERE id IN (") +
                  m_database.idsOfJsonArray() + QStringLiteral(") ORDER BY id"));
    query.addBindValue(idArray(assetIds));
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not read the risk register of %1: %2"),
                        Statement::errorText(query));
        return assets;
    }
    while (query.next()) {
        Asset asset;
        int c = 0;
        asset.id = query.value(c++).toLongLong();
        asset.assetNo = query.value(c++).toString();
        asset.name = query.value(c++).toString();
        asset.department = query.value(c++).toString();
        asset.owner = query.value(c++).toString();
        asset.assetType = query.value(c++).toString();
        asset.mediumClass = query.value(c++).toString();
        asset.status = query.value(c++).toString();
        asset.confidentiality = query.value(c++).toInt();
        asset.integrity = query.value(c++).toInt();
        asset.availability = query.value(c++).toInt();
        assets << asset;
    }
    return assets;
}

QHash<qint64, QSet<qint64>> RiskStore::threatIdsOfAssets(const QList<qint64> &assetIds, QString *error) const
{
    QHash<qint64, QSet<qint64>> ids;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT asset_id, threat_id FROM risk WHERE asset_id IN (") +
                  m_database.idsOfJsonArray() + QLatin1Char(')'));
    query.addBindValue(idArray(assetIds));
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not read the risk register of %1: %2"),
                        Statement::errorText(query));
        return ids;
    }
    while (query.next())
        ids[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
    return ids;
}

QHash<qint64, QHash<qint64, RiskMethod::ControlState>>
RiskStore::controlStates(const QList<qint64> &assetIds, const QList<qint64> &controlIds, QString *error) const
{
    QHash<qint64, QHash<qint64, RiskMethod::ControlState>> states;
    if (assetIds.isEmpty() || controlIds.isEmpty())
        return states;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT asset_id, control_id, applicable, reason, implementation FROM "
                                 "control_assignment WHERE asset_id IN (%1) AND control_id IN (%1)")
                      .arg(m_database.idsOfJsonArray()));
    query.addBindValue(idArray(assetIds));
    query.addBindValue(idArray(controlIds));
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not read the risk register of %1: %2"),
                        Statement::errorText(query));
        return states;
    }
    while (query.next()) {
        RiskMethod::ControlState state;
        state.assigned = true;
        state.applicable = query.value(2).toInt() != 0;
        state.hasReason = !query.value(3).toString().trimmed().isEmpty();
        state.implementation = query.value(4).toString();
        states[query.value(0).toLongLong()].insert(query.value(1).toLongLong(), state);
    }
    return states;
}
