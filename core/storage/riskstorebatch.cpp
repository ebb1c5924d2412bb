// The bulk reads behind the candidates of many assets in one step (rule 10, DESIGN.md §12): each is one statement for
// the whole selection, whose ids travel as one JSON array, so ten thousand assets cost a handful of statements.
#include "riskstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString idArray(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts << QString::number(id);
    return QLatin1Char('[') + texts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

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
