// SQL of the gap report and the statement of applicability. The gap report runs as one statement: the baseline is
// matched against the distinct classification profiles of the assets (a few hundred at most), not against every
// asset, and the assets are then joined to their profile's requirement by equality. CROSS JOIN fixes the join order,
// because SQLite would otherwise drive the join from the small requirement table through a low-selectivity index on the
// asset table.
#include "controlstore.h"

#include "controlrows.h"
#include "database.h"
#include "statement.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace ControlRows;

namespace {

// The profile of an asset: everything a baseline rule can test. Classification c, i, a, personal information p,
// asset type t; whether it names a data provider hp, recipients hr, a contractor hc (0 or 1); medium class m.
const QString kProfileColumns = QStringLiteral("c, i, a, p, t, hp, hr, hc, m");
constexpr int kProfileColumnCount = 9;
const QString kProfileSelect =
    QStringLiteral("confidentiality AS c, integrity AS i, availability AS a, personal_info AS p, asset_type AS t, "
                   "CASE WHEN trim(provider) <> '' THEN 1 ELSE 0 END AS hp, "
                   "CASE WHEN trim(recipients) <> '' THEN 1 ELSE 0 END AS hr, "
                   "CASE WHEN trim(contractor) <> '' THEN 1 ELSE 0 END AS hc, "
                   "medium_class AS m");

// "x.c = y.c AND …" over every column of the profile.
QString sameProfile(const QString &x, const QString &y)
{
    QStringList parts;
    for (const QString &column : kProfileColumns.split(QStringLiteral(", ")))
        parts << QStringLiteral("%1.%3 = %2.%3").arg(x, y, column);
    return parts.join(QStringLiteral(" AND "));
}

// The columns of a profile with a table alias: "q.c, q.i, …".
QString profileColumnsOf(const QString &alias)
{
    QStringList parts;
    for (const QString &column : kProfileColumns.split(QStringLiteral(", ")))
        parts << alias + QLatin1Char('.') + column;
    return parts.join(QStringLiteral(", "));
}

// "1, 2, …, n" for GROUP BY and ORDER BY.
QString positions(int count)
{
    QStringList parts;
    for (int position = 1; position <= count; ++position)
        parts << QString::number(position);
    return parts.join(QStringLiteral(", "));
}

// The conditions of a baseline rule r against a profile with the columns of kProfileColumns.
QString ruleMatches(const Database &database, const QString &p)
{
    const QString importance =
        database.importance(p + QStringLiteral(".c"), p + QStringLiteral(".i"), p + QStringLiteral(".a"));
    return QStringLiteral("(r.min_confidentiality IS NULL OR %1.c >= r.min_confidentiality) "
                          "AND (r.min_integrity IS NULL OR %1.i >= r.min_integrity) "
                          "AND (r.min_availability IS NULL OR %1.a >= r.min_availability) "
                          "AND (r.min_importance IS NULL OR %2 >= r.min_importance) "
                          "AND (r.personal_info IS NULL OR r.personal_info = %1.p "
                          "     OR (r.personal_info = 'personal' AND %1.p <> 'none')) "
                          "AND (r.asset_type IS NULL OR r.asset_type = %1.t) "
                          "AND (r.has_provider = 0 OR %1.hp = 1) "
                          "AND (r.has_recipients = 0 OR %1.hr = 1) "
                          "AND (r.has_contractor = 0 OR %1.hc = 1) "
                          "AND (r.medium_class IS NULL OR r.medium_class = %1.m)")
        .arg(p, importance);
}

// The kind of gap of an assignment row ca of a required control (NULL: no gap); one '?' for today's date. A missing
// row is handled by the caller, so the same expression serves the list and the counts.
const QString kAssignedGapKind =
    QStringLiteral("CASE WHEN ca.applicable = 0 THEN CASE WHEN trim(ca.reason) = '' THEN 'no_reason' END "
                   "WHEN ca.implementation = 'implemented' THEN NULL "
                   "WHEN ca.due_date IS NOT NULL AND ca.due_date < ? THEN 'overdue' "
                   "ELSE ca.implementation END");

const QString kProfileJoin =
    QStringLiteral("n.c = a.confidentiality AND n.i = a.integrity AND n.a = a.availability AND n.p = a.personal_info "
                   "AND n.t = a.asset_type AND n.hp = (CASE WHEN trim(a.provider) <> '' THEN 1 ELSE 0 END) "
                   "AND n.hr = (CASE WHEN trim(a.recipients) <> '' THEN 1 ELSE 0 END) "
                   "AND n.hc = (CASE WHEN trim(a.contractor) <> '' THEN 1 ELSE 0 END) AND n.m = a.medium_class");
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The conditions on assets of a gap filter (a table alias is given), with their values in order.
QString assetConditions(const GapFilter &filter, const QString &alias, QVariantList *values)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList conditions{prefix + QStringLiteral("status <> 'disposed'")};
    if (filter.assetId > 0) {
        conditions << prefix + QStringLiteral("id = ?");
        values->append(filter.assetId);
    }
    if (!filter.department.isEmpty()) {
        conditions << prefix + QStringLiteral("department = ?");
        values->append(filter.department);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        conditions << QStringLiteral("(%1asset_no LIKE ? ESCAPE '\\' OR %1name LIKE ? ESCAPE '\\')").arg(prefix);
        values->append(likePattern(search));
        values->append(likePattern(search));
    }
    return conditions.join(QStringLiteral(" AND "));
}

// The two common table expressions of every gap query: "profile" (distinct classification profiles of the assets
// in scope, with department and count) and "need" (the controls each profile requires).
QString requirementCtes(const Database &database, const GapFilter &filter, QVariantList *values)
{
    QString sql =
        QStringLiteral("profile AS MATERIALIZED (SELECT %2, department AS d, count(*) AS n FROM asset "
                       "WHERE %1 GROUP BY %3), ")
            .arg(assetConditions(filter, QString(), values), kProfileSelect, positions(kProfileColumnCount + 1));
    QStringList controlConditions{QStringLiteral("k.retired = 0")};
    if (filter.area > 0) {
        controlConditions << QStringLiteral("k.area = ?");
        values->append(filter.area);
    }
    if (filter.catalogId > 0) {
        controlConditions << QStringLiteral("k.catalog_id = ?");
        values->append(filter.catalogId);
    }
    // "ord" is the control's place in the catalogue order (built-in, imported, own; then the catalogue's own order).
    sql +=
        QStringLiteral("need AS MATERIALIZED (SELECT DISTINCT %3, "
                       "(CASE kc.kind WHEN 'builtin' THEN 0 WHEN 'own' THEN 2 ELSE 1 END) * 1000000000000 "
                       "+ kc.id * 1000000 + k.sort_order AS ord, r.control_id, k.area "
                       "FROM (SELECT DISTINCT %4 FROM profile) q JOIN baseline_rule r ON %1 "
                       "JOIN control k ON k.id = r.control_id AND %2 JOIN control_catalog kc ON kc.id = k.catalog_id "
                       "ORDER BY %5)")
            .arg(ruleMatches(database, QStringLiteral("q")), controlConditions.join(QStringLiteral(" AND ")),
                 profileColumnsOf(QStringLiteral("q")), kProfileColumns, positions(kProfileColumnCount + 1));
    return sql;
}

QDate effectiveToday(const GapFilter &filter)
{
    // The services always set the day from the registry's clock.
    return filter.today;
}

} // namespace

QList<QPair<qint64, qint64>> ControlStore::requiringRules(qint64 assetId, QString *error) const
{
    QList<QPair<qint64, qint64>> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.control_id, r.id FROM (SELECT %2 FROM asset WHERE id = ?) q "
                                 "JOIN baseline_rule r ON %1 JOIN control k ON k.id = r.control_id AND k.retired = 0 "
                                 "ORDER BY r.control_id, r.id")
                      .arg(ruleMatches(m_database, QStringLiteral("q")), kProfileSelect));
    query.addBindValue(assetId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return result;
    }
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return result;
}

QList<AssetControl> ControlStore::controlsOfAsset(qint64 assetId, const QDate &today, QString *error) const
{
    QList<AssetControl> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    // A disposed asset requires nothing any more, but its assignments still show.
    query.prepare(
        QStringLiteral("WITH q AS (SELECT %5 FROM asset WHERE id = ? AND status <> 'disposed'), "
                       "need AS (SELECT DISTINCT r.control_id FROM q JOIN baseline_rule r ON %1 "
                       "JOIN control k ON k.id = r.control_id AND k.retired = 0) "
                       "SELECT %2, ca.asset_id IS NOT NULL, %3, k.id IN (SELECT control_id FROM need), "
                       "CASE WHEN k.id NOT IN (SELECT control_id FROM need) THEN NULL "
                       "WHEN ca.asset_id IS NULL THEN 'missing' ELSE %4 END "
                       "FROM control k JOIN control_catalog c ON c.id = k.catalog_id "
                       "LEFT JOIN control_assignment ca ON ca.control_id = k.id AND ca.asset_id = ? "
                       "WHERE k.id IN (SELECT control_id FROM need) OR ca.asset_id IS NOT NULL "
                       "ORDER BY CASE c.kind WHEN 'builtin' THEN 0 WHEN 'own' THEN 2 ELSE 1 END, c.id, k.sort_order")
            .arg(ruleMatches(m_database, QStringLiteral("q")), kControlColumns, kAssignmentColumns, kAssignedGapKind,
                 kProfileSelect));
    query.addBindValue(assetId);
    query.addBindValue(dateText(today));
    query.addBindValue(assetId);
    if (!Statement::exec(query)) {
        *error =
            failed(QT_TRANSLATE_NOOP("ControlStore", "Could not read the controls of an asset in the registry %1: %2"),
                   Statement::errorText(query));
        return result;
    }
    while (query.next()) {
        AssetControl row;
        row.control = controlFromQuery(query);
        int c = kControlColumnCount;
        const bool assigned = query.value(c++).toInt() != 0;
        if (assigned)
            row.assignment = assignmentFromQuery(query, c);
        c += 9;
        row.required = query.value(c++).toInt() != 0;
        row.gapKind = query.value(c++).toString();
        result.append(row);
    }
    return result;
}

GapSummary ControlStore::gapSummary(const GapFilter &filter, QString *error) const
{
    GapSummary summary;
    QVariantList values;
    QString sql = QStringLiteral("WITH ") + requirementCtes(m_database, filter, &values);
    // Missing assignments are counted as "required minus assigned", so the work grows with the number of assets and
    // assignments, not with assets × required controls.
    values.append(dateText(effectiveToday(filter)));
    QVariantList assetValues;
    const QString assetWhere = assetConditions(filter, QStringLiteral("a"), &assetValues);
    values.append(assetValues);
    sql +=
        QStringLiteral(
            ", needcount AS MATERIALIZED (SELECT %4, count(*) AS k FROM need GROUP BY %5), "
            "assigned AS MATERIALIZED (SELECT a.id AS asset_id, a.department AS department, n.area AS area, "
            "%1 AS kind FROM asset a CROSS JOIN control_assignment ca ON ca.asset_id = a.id "
            "CROSS JOIN need n ON %2 AND n.control_id = ca.control_id WHERE %3), "
            "counted AS MATERIALIZED (SELECT department, area, kind, count(*) AS n FROM assigned GROUP BY 1, 2, 3), "
            "required AS (SELECT g.d AS department, n.area AS area, sum(g.n) AS n FROM profile g "
            "CROSS JOIN need n ON %6 GROUP BY 1, 2), "
            "complete AS (SELECT count(*) AS n FROM (SELECT asset_id, count(*) AS ok FROM assigned "
            "WHERE kind IS NULL GROUP BY asset_id) o CROSS JOIN asset a ON a.id = o.asset_id "
            "CROSS JOIN needcount n ON %2 WHERE n.k = o.ok) "
            "SELECT 'gap', department, area, kind, n FROM counted WHERE kind IS NOT NULL "
            "UNION ALL SELECT 'gap', r.department, r.area, 'missing', r.n - coalesce((SELECT sum(c.n) FROM counted c "
            "WHERE c.department = r.department AND c.area = r.area), 0) FROM required r "
            "UNION ALL SELECT 'requiring', NULL, NULL, NULL, coalesce(sum(g.n), 0) FROM profile g "
            "CROSS JOIN needcount n ON %6 "
            "UNION ALL SELECT 'complete', NULL, NULL, NULL, n FROM complete "
            "UNION ALL SELECT 'checked', NULL, NULL, NULL, coalesce(sum(n), 0) FROM profile")
            .arg(kAssignedGapKind, kProfileJoin, assetWhere, kProfileColumns, positions(kProfileColumnCount),
                 sameProfile(QStringLiteral("n"), QStringLiteral("g")));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(m_database.fixedOrderJoins(sql));
    bindAll(query, values);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not compute the gap report of the registry %1: %2"),
                        Statement::errorText(query));
        return summary;
    }
    qint64 requiring = 0;
    qint64 complete = 0;
    while (query.next()) {
        const QString row = query.value(0).toString();
        const qint64 n = query.value(4).toLongLong();
        if (row == QLatin1String("gap")) {
            const QString kind = query.value(3).toString();
            if (n <= 0 || (!filter.kind.isEmpty() && kind != filter.kind))
                continue;
            summary.counts.append({query.value(1).toString(), query.value(2).toInt(), kind, n});
            summary.total += n;
        } else if (row == QLatin1String("requiring")) {
            requiring = n;
        } else if (row == QLatin1String("complete")) {
            complete = n;
        } else if (row == QLatin1String("checked")) {
            summary.assetsChecked = n;
        }
    }
    summary.assetsWithGaps = requiring - complete;
    if (!filter.kind.isEmpty() && summary.total == 0)
        summary.assetsWithGaps = 0;
    return summary;
}

QString ControlStore::gapListSql(const GapFilter &filter, bool paged, QVariantList *values) const
{
    QString sql = QStringLiteral("WITH ") + requirementCtes(m_database, filter, values);
    values->append(dateText(effectiveToday(filter)));
    QVariantList assetValues;
    const QString assetWhere = assetConditions(filter, QStringLiteral("a"), &assetValues);
    values->append(assetValues);
    // "g.kind": the catalogue table joined at the end has a column "kind" of its own.
    QString kindCondition;
    if (!filter.kind.isEmpty()) {
        kindCondition = QStringLiteral(" AND g.kind = ?");
        values->append(filter.kind);
    }
    sql += QStringLiteral(
               ", gap AS (SELECT a.id AS asset_id, a.asset_no, a.name, a.department, a.owner, n.control_id, n.ord, "
               "CASE WHEN ca.asset_id IS NULL THEN 'missing' ELSE %1 END AS kind, ca.implementation, "
               "ca.responsible, ca.due_date FROM asset a CROSS JOIN need n ON %2 "
               "LEFT JOIN control_assignment ca ON ca.asset_id = a.id AND ca.control_id = n.control_id WHERE %3) ")
               .arg(kAssignedGapKind, kProfileJoin, assetWhere);
    // Ordered by asset only, which the scan of the asset table gives without sorting, so that the first page comes
    // at once and a full listing streams; within an asset the rows are put in catalogue order afterwards.
    const QString columns = QStringLiteral("g.asset_id, g.asset_no, g.name, g.department, g.owner, g.kind, "
                                           "g.implementation, g.responsible, g.due_date, g.ord, ") +
                            kControlColumns;
    if (paged) {
        sql += QStringLiteral(", page AS (SELECT * FROM gap g WHERE g.kind IS NOT NULL%1 ORDER BY g.asset_id LIMIT ? "
                              "OFFSET ?) SELECT %2 FROM page g CROSS JOIN control k ON k.id = g.control_id "
                              "JOIN control_catalog c ON c.id = k.catalog_id ORDER BY g.asset_id, g.ord")
                   .arg(kindCondition, columns);
    } else {
        sql += QStringLiteral("SELECT %2 FROM gap g CROSS JOIN control k ON k.id = g.control_id "
                              "JOIN control_catalog c ON c.id = k.catalog_id WHERE g.kind IS NOT NULL%1 "
                              "ORDER BY g.asset_id")
                   .arg(kindCondition, columns);
    }
    return sql;
}

namespace {

ControlGap gapFromQuery(const QSqlQuery &query, qint64 *order)
{
    ControlGap gap;
    gap.assetId = query.value(0).toLongLong();
    gap.assetNo = query.value(1).toString();
    gap.assetName = query.value(2).toString();
    gap.department = query.value(3).toString();
    gap.owner = query.value(4).toString();
    gap.kind = query.value(5).toString();
    gap.implementation = query.value(6).toString();
    gap.responsible = query.value(7).toString();
    gap.dueDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    *order = query.value(9).toLongLong();
    const Control control = controlFromQuery(query, 10);
    gap.controlId = control.id;
    gap.catalogKey = control.catalogKey;
    gap.controlCode = control.code;
    gap.controlTitle = control.title();
    gap.area = control.area;
    return gap;
}

} // namespace

QList<ControlGap> ControlStore::gaps(const GapFilter &filter, qint64 offset, qint64 limit, QString *error) const
{
    QList<ControlGap> result;
    QVariantList values;
    const QString sql = gapListSql(filter, true, &values);
    // A negative limit means every row: SQLite takes it as it is, PostgreSQL writes it LIMIT NULL.
    values.append(limit < 0 && m_database.isServer() ? QVariant() : QVariant(limit));
    values.append(offset);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(m_database.fixedOrderJoins(sql));
    bindAll(query, values);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not compute the gap report of the registry %1: %2"),
                        Statement::errorText(query));
        return result;
    }
    qint64 order = 0;
    while (query.next())
        result.append(gapFromQuery(query, &order));
    return result;
}

qint64 ControlStore::forEachGap(const GapFilter &filter, const std::function<bool(const ControlGap &)> &visit,
                                QString *error) const
{
    QVariantList values;
    const QString sql = gapListSql(filter, false, &values);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(m_database.fixedOrderJoins(sql));
    bindAll(query, values);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not compute the gap report of the registry %1: %2"),
                        Statement::errorText(query));
        return -1;
    }
    // The rows of one asset are gathered and put in catalogue order; memory holds one asset's gaps at a time.
    qint64 count = 0;
    QList<QPair<qint64, ControlGap>> asset;
    auto flush = [&]() {
        std::stable_sort(asset.begin(), asset.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &row : std::as_const(asset)) {
            ++count;
            if (!visit(row.second))
                return false;
        }
        asset.clear();
        return true;
    };
    while (query.next()) {
        qint64 order = 0;
        ControlGap gap = gapFromQuery(query, &order);
        if (!asset.isEmpty() && asset.constFirst().second.assetId != gap.assetId && !flush())
            return count;
        asset.append({order, std::move(gap)});
    }
    flush();
    return count;
}

QList<ApplicabilityEntry> ControlStore::applicability(qint64 catalogId, QString *error) const
{
    QList<ApplicabilityEntry> result;
    GapFilter filter;
    filter.catalogId = catalogId;
    QVariantList values;
    QString sql = QStringLiteral("WITH ") + requirementCtes(m_database, filter, &values);
    values.append(catalogId);
    sql +=
        QStringLiteral(
            ", required AS (SELECT n.control_id, sum(g.n) AS n FROM profile g CROSS JOIN need n ON %2 "
            "GROUP BY 1), "
            "assigned AS (SELECT ca.control_id, count(*) FILTER (WHERE ca.applicable = 1) AS applicable, "
            "count(*) FILTER (WHERE ca.applicable = 0) AS excluded, "
            "count(*) FILTER (WHERE ca.applicable = 1 AND ca.implementation = 'implemented') AS implemented, "
            "count(*) FILTER (WHERE ca.applicable = 1 AND ca.implementation = 'partial') AS partial, "
            "count(*) FILTER (WHERE ca.applicable = 1 AND ca.implementation = 'not_implemented') AS not_implemented, "
            "count(*) FILTER (WHERE ca.applicable = 1 AND ca.implementation = 'unknown') AS unknown "
            "FROM control_assignment ca JOIN asset a ON a.id = ca.asset_id AND a.status <> 'disposed' "
            "GROUP BY ca.control_id), "
            "reasons AS (SELECT control_id, %3 AS list FROM (SELECT DISTINCT "
            "x.control_id, trim(x.reason) AS reason FROM control_assignment x JOIN asset y ON y.id = x.asset_id "
            "AND y.status <> 'disposed' WHERE x.applicable = 0 AND trim(x.reason) <> '' ORDER BY 1, 2) AS excluded "
            "GROUP BY control_id) "
            "SELECT %1, coalesce(rq.n, 0), coalesce(s.applicable, 0), coalesce(s.excluded, 0), rs.list, "
            "coalesce(s.implemented, 0), coalesce(s.partial, 0), coalesce(s.not_implemented, 0), "
            "coalesce(s.unknown, 0) FROM control k JOIN control_catalog c ON c.id = k.catalog_id "
            "LEFT JOIN required rq ON rq.control_id = k.id LEFT JOIN assigned s ON s.control_id = k.id "
            "LEFT JOIN reasons rs ON rs.control_id = k.id "
            "WHERE k.catalog_id = ? AND k.retired = 0 ORDER BY k.sort_order, k.id")
            .arg(kControlColumns, sameProfile(QStringLiteral("n"), QStringLiteral("g")),
                 m_database.joinedText(QStringLiteral("reason")));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(m_database.fixedOrderJoins(sql));
    bindAll(query, values);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not compute the statement of applicability of the "
                                                          "registry %1: %2"),
                        Statement::errorText(query));
        return result;
    }
    while (query.next()) {
        ApplicabilityEntry entry;
        entry.control = controlFromQuery(query);
        int c = kControlColumnCount;
        entry.requiredAssets = query.value(c++).toLongLong();
        entry.applicableAssets = query.value(c++).toLongLong();
        entry.notApplicableAssets = query.value(c++).toLongLong();
        const QString reasons = query.value(c++).toString();
        // Joined with the unit separator, which no one types, so that reasons may contain commas.
        if (!reasons.isEmpty())
            entry.reasons = reasons.split(QChar(0x1f), Qt::SkipEmptyParts);
        entry.implemented = query.value(c++).toLongLong();
        entry.partial = query.value(c++).toLongLong();
        entry.notImplemented = query.value(c++).toLongLong();
        entry.unknown = query.value(c++).toLongLong();
        result.append(entry);
    }
    return result;
}