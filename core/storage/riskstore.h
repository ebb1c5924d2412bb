// All SQL of risk assessment (design/risk.md): threats, risk entries with their planned controls, and assessment
// runs; the counts of the register by level, treatment and heat-map cell are computed in SQL. Only the risk services
// call the writing methods.
#pragma once

#include "internal.h"

#include "domain/asset.h"
#include "domain/risk.h"
#include "domain/riskmethod.h"
#include "domain/threat.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

class Database;

class RiskStore final
{
public:
    explicit RiskStore(Database &database)
        : m_database(database)
    {
    }

    QList<Threat> threats(bool includeRetired, QString *error) const;
    std::optional<Threat> threatById(qint64 id, QString *error) const;
    std::optional<Threat> threatByCode(const QString &code, QString *error) const;
    bool insertThreat(Threat *threat, QString *error);
    // Writes every field but the code.
    bool updateThreat(const Threat &threat, QString *error);

    // Inserts the entry with its risk number already set by the service.
    bool insertRisk(Risk *risk, QString *error);
    // Inserts new entries (identified, nothing assessed yet: candidates) with their numbers set, and sets their ids: on
    // a file one row a step of one prepared statement through SQLite's own interface, on a server 64 rows a statement.
    bool insertRisks(QList<Risk> *risks, QString *error);
    // Writes every stored field when the row is still at expectedVersion; *conflict when it is not.
    bool updateRisk(const Risk &risk, int expectedVersion, bool *conflict, QString *error);
    // Only an entry never assessed; the database refuses the others.
    bool deleteRisk(qint64 id, QString *error);
    std::optional<Risk> riskById(qint64 id, QString *error) const;
    std::optional<Risk> riskByNo(const QString &riskNo, QString *error) const;
    // A page of the register, by risk number; SQL does the filtering (all but staleOnly) and the paging.
    QList<Risk> risks(const RiskFilter &filter, const QDate &today, qint64 offset, qint64 limit, QString *error) const;
    qint64 riskCount(const RiskFilter &filter, const QDate &today, QString *error) const;
    QList<Risk> risksOfAsset(qint64 assetId, QString *error) const;
    // Assets with open entries whose vulnerability is derived from their controls.
    QSet<qint64> assetIdsWithDerivedRisks(QString *error) const;
    // Threats that already have an entry for the asset (in any status, also 該当なし).
    QSet<qint64> threatIdsOfAsset(qint64 assetId, QString *error) const;
    // Bulk reads for the candidates of many assets in one step (riskstorebatch.cpp), one statement each: the facts of
    // the assets that candidates need (number, name, department, owner, type, medium class, status, classification),
    // by id; the threats each already has an entry for; the states of their assignments of the given controls.
    QList<Asset> assetsForCandidates(const QList<qint64> &assetIds, QString *error) const;
    QHash<qint64, QSet<qint64>> threatIdsOfAssets(const QList<qint64> &assetIds, QString *error) const;
    QHash<qint64, QHash<qint64, RiskMethod::ControlState>>
    controlStates(const QList<qint64> &assetIds, const QList<qint64> &controlIds, QString *error) const;
    // Counts of the matching entries grouped by one column: "risk_level", "treatment", "status" or the heat-map cell
    // "importance,damage_likelihood" (key "3,2").
    QHash<QString, qint64> countBy(const QString &grouping, const RiskFilter &filter, const QDate &today,
                                   QString *error) const;
    // Accepted entries whose acceptance ends on or before `until` (the dashboard's acceptances due).
    qint64 acceptancesEndingBy(const QDate &until, QString *error) const;

    bool insertRun(AssessmentRun *run, QString *error);
    bool updateRun(const AssessmentRun &run, QString *error);
    std::optional<AssessmentRun> runById(qint64 id, QString *error) const;
    std::optional<AssessmentRun> runByNo(const QString &runNo, QString *error) const;
    QList<AssessmentRun> runs(QString *error) const;

private:
    QSqlDatabase db() const;
    QString failed(const char *context, const QString &detail) const;
    // Sets *error (when given) to the message of a read that failed: a failed read is never "nothing there".
    void readFailed(const QSqlQuery &query, QString *error) const;
    QList<Risk> selectRisks(const QString &where, const QVariantList &values, const QString &tail,
                            QString *error) const;
    bool savePlannedControls(const Risk &risk, QString *error);
    bool loadPlannedControls(QList<Risk> *risks, QString *error) const;
    // insertRisks() on a file: through SQLite's own interface, with ids from nextId on.
    bool insertIntoFile(QList<Risk> *risks, qint64 nextId, QString *error);
    Database &m_database;
};
