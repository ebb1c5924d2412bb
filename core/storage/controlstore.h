// All SQL of controls (DESIGN.md §4): catalogues, controls, assignments to assets, the baseline, and the gap report,
// which is computed in SQL so that it stays fast for a registry of 100,000 assets and more.
#pragma once

#include "internal.h"

#include "domain/applicabilityentry.h"
#include "domain/assetcontrol.h"
#include "domain/baselinerule.h"
#include "domain/control.h"
#include "domain/controlassignment.h"
#include "domain/controlgap.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Database;

class ControlStore final
{
public:
    explicit ControlStore(Database &database)
        : m_database(database)
    {
    }

    // Catalogues, with the number of controls in use.
    QList<ControlCatalog> catalogs(QString *error) const;
    std::optional<ControlCatalog> catalogById(qint64 id, QString *error) const;
    std::optional<ControlCatalog> catalogByKey(const QString &key, QString *error) const;
    // An imported catalogue with this UUID, or else with exactly this title.
    std::optional<ControlCatalog> findOscalCatalog(const QString &uuid, const QString &title, QString *error) const;
    bool insertCatalog(ControlCatalog *catalog, QString *error);
    bool updateCatalog(const ControlCatalog &catalog, QString *error);

    // Controls of one catalogue (catalogId 0: every catalogue) in catalogue order.
    QList<Control> controls(qint64 catalogId, bool includeRetired, QString *error) const;
    std::optional<Control> controlById(qint64 id, QString *error) const;
    std::optional<Control> controlByCode(qint64 catalogId, const QString &code, QString *error) const;
    // Controls with this code in any catalogue, for the command line.
    QList<Control> controlsByCode(const QString &code, QString *error) const;
    int nextSortOrder(qint64 catalogId, QString *error) const;
    bool insertControl(Control *control, QString *error);
    // Writes every field of the control except its catalogue and code.
    bool updateControl(const Control &control, QString *error);

    // Asset number and status of assets, read in one statement for bulk work.
    struct AssetKey
    {
        QString assetNo;
        QString status;
    };
    QHash<qint64, AssetKey> assetKeys(const QList<qint64> &assetIds, QString *error) const;

    std::optional<ControlAssignment> assignment(qint64 assetId, qint64 controlId, QString *error) const;
    // Every assignment of one control, by asset id.
    QHash<qint64, ControlAssignment> assignmentsOfControl(qint64 controlId, QString *error) const;
    QList<ControlAssignment> assignmentsOfAsset(qint64 assetId, QString *error) const;
    qint64 assignmentCount(qint64 controlId, QString *error) const;
    bool saveAssignment(const ControlAssignment &assignment, QString *error);
    bool deleteAssignment(qint64 assetId, qint64 controlId, QString *error);

    QList<BaselineRule> baselineRules(QString *error) const;
    bool replaceBaseline(QList<BaselineRule> *rules, QString *error);

    // Controls the asset requires by the baseline and controls it has assigned, with the kind of gap of each.
    QList<AssetControl> controlsOfAsset(qint64 assetId, const QDate &today, QString *error) const;
    // The requirement of an asset: ids of the required controls, each with the ids of the rules that require it.
    QList<QPair<qint64, qint64>> requiringRules(qint64 assetId, QString *error) const;

    GapSummary gapSummary(const GapFilter &filter, QString *error) const;
    // A page of gaps, ordered by asset number and control. Pages far into a large registry take longer.
    QList<ControlGap> gaps(const GapFilter &filter, qint64 offset, qint64 limit, QString *error) const;
    // Every gap in the same order, one at a time, for exports of any size; visit returns false to stop. Returns the
    // number visited, or -1 on failure.
    qint64 forEachGap(const GapFilter &filter, const std::function<bool(const ControlGap &)> &visit,
                      QString *error) const;

    QList<ApplicabilityEntry> applicability(qint64 catalogId, QString *error) const;

private:
    QString gapListSql(const GapFilter &filter, bool paged, QVariantList *values) const;
    QSqlDatabase db() const;
    QString failed(const char *context, const QString &detail) const;
    // Sets *error (when given) to the message of a read that failed: a failed read is never "nothing there".
    void readFailed(const QSqlQuery &query, QString *error) const;
    Database &m_database;
    // Prepared once: bulk assignment writes many rows with it.
    std::unique_ptr<QSqlQuery> m_saveAssignment;
};
