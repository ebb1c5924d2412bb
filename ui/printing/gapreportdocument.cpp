// Putting the gap report together from the control service.
#include "gapreportdocument.h"
#include "service/settingsservice.h"

#include "printdates.h"
#include "printlanguage.h"

#include "domain/assetfield.h"
#include "domain/controlcodes.h"
#include "domain/documentlabel.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("GapReportDocument", text);
}

// A count table: one row per area or department, one column per kind of gap and the total.
PagedTable countTable(const QString &caption, const QString &firstHeading, const QList<QPair<QString, QString>> &keys,
                      const QList<GapCount> &counts, bool byArea)
{
    PagedTable table;
    table.caption = caption;
    table.columns.append({firstHeading, 3.0, Qt::AlignLeft});
    const QStringList kinds = ControlCodes::gapKinds();
    for (const QString &kind : kinds)
        table.columns.append({ControlCodes::gapKindName(kind), 1.0, Qt::AlignRight});
    table.columns.append({translated(QT_TRANSLATE_NOOP("GapReportDocument", "Total")), 1.0, Qt::AlignRight});
    const QLocale locale;
    QHash<QString, QHash<QString, qint64>> cells;
    for (const GapCount &count : counts)
        cells[byArea ? QString::number(count.area) : count.department][count.kind] += count.count;
    QHash<QString, qint64> totals;
    for (const auto &key : keys) {
        const QHash<QString, qint64> row = cells.value(key.first);
        QStringList texts{key.second};
        qint64 sum = 0;
        for (const QString &kind : kinds) {
            const qint64 value = row.value(kind);
            sum += value;
            totals[kind] += value;
            texts << (value ? locale.toString(value) : QString());
        }
        texts << locale.toString(sum);
        table.rows.append({PagedRow::Kind::Cells, texts});
    }
    QStringList total{translated(QT_TRANSLATE_NOOP("GapReportDocument", "Total"))};
    qint64 sum = 0;
    for (const QString &kind : kinds) {
        total << locale.toString(totals.value(kind));
        sum += totals.value(kind);
    }
    total << locale.toString(sum);
    table.rows.append({PagedRow::Kind::Cells, total});
    table.emptyText = translated(QT_TRANSLATE_NOOP("GapReportDocument", "No gaps."));
    return table;
}

} // namespace

QString GapReportDocument::title()
{
    return translated(QT_TRANSLATE_NOOP("GapReportDocument", "Gap Report of Controls"));
}

QString GapReportDocument::filterSummary(const GapFilter &filter, const Registry &registry)
{
    QStringList parts;
    if (filter.assetId > 0)
        parts << translated(QT_TRANSLATE_NOOP("GapReportDocument", "One asset"));
    if (!filter.department.isEmpty())
        parts << QStringLiteral("%1: %2").arg(AssetField::byId(AssetField::Department).label(), filter.department);
    if (filter.area > 0)
        parts << translated(QT_TRANSLATE_NOOP("GapReportDocument", "Area: %1"))
                     .arg(QStringLiteral("%1 %2").arg(filter.area).arg(ControlCodes::areaName(filter.area)));
    if (!filter.kind.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("GapReportDocument", "Gap: %1"))
                     .arg(ControlCodes::gapKindName(filter.kind));
    if (filter.catalogId > 0) {
        if (const std::optional<ControlCatalog> catalog = registry.catalogs().catalog(filter.catalogId))
            parts << translated(QT_TRANSLATE_NOOP("GapReportDocument", "Catalogue: %1")).arg(catalog->displayTitle());
    }
    if (!filter.search.trimmed().isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("GapReportDocument", "Search: %1")).arg(filter.search.trimmed());
    if (parts.isEmpty())
        return translated(QT_TRANSLATE_NOOP("GapReportDocument", "All assets except disposed ones, every control the "
                                                                 "baseline requires"));
    return parts.join(QStringLiteral(" / "));
}

bool GapReportDocument::build(Registry &registry, const GapReportOptions &options, PagedDocument *document,
                              QString *error, const std::function<void(qint64, qint64)> &progress)
{
    const PrintLanguage language(options.language);
    const Result<GapSummary> summary = registry.gaps().gapSummary(options.filter);
    if (!summary.ok()) {
        *error = summary.error;
        return false;
    }
    const QLocale locale;
    PagedDocument result;
    result.header.organisation = registry.settings().organisation();
    result.header.title = title();
    // The report is about the organisation's weaknesses (at least the middle label); the list of gaps names assets,
    // and then carries the highest label among them.
    DocumentLabel documentLabel(DocumentLabel::organisationFloor);
    QHash<qint64, int> assetLevels;
    result.header.details << filterSummary(options.filter, registry);
    result.header.details << translated(QT_TRANSLATE_NOOP("GapReportDocument", "Gaps: %1 in %2 of %3 assets"))
                                 .arg(locale.toString(summary.value->total),
                                      locale.toString(summary.value->assetsWithGaps),
                                      locale.toString(summary.value->assetsChecked));
    const QDateTime printedAt =
        options.printedAt.isValid() ? options.printedAt : registry.clock().nowUtc().toLocalTime();
    result.header.facts << PrintDates::printed(printedAt);
    result.pageNumberFormat = translated(QT_TRANSLATE_NOOP("GapReportDocument", "Page %1 of %2"));
    result.footer = title();

    QList<QPair<QString, QString>> areas;
    QMap<int, qint64> byArea = summary.value->byArea();
    for (auto it = byArea.constBegin(); it != byArea.constEnd(); ++it)
        areas.append(
            {QString::number(it.key()), QStringLiteral("%1 %2").arg(it.key()).arg(ControlCodes::areaName(it.key()))});
    QList<QPair<QString, QString>> departments;
    const QMap<QString, qint64> byDepartment = summary.value->byDepartment();
    for (auto it = byDepartment.constBegin(); it != byDepartment.constEnd(); ++it)
        departments.append({it.key(), it.key()});
    result.tables << countTable(translated(QT_TRANSLATE_NOOP("GapReportDocument", "Gaps per area")),
                                translated(QT_TRANSLATE_NOOP("GapReportDocument", "Area")), areas,
                                summary.value->counts, true);
    result.tables << countTable(translated(QT_TRANSLATE_NOOP("GapReportDocument", "Gaps per department")),
                                AssetField::byId(AssetField::Department).label(), departments, summary.value->counts,
                                false);

    if (options.list && summary.value->total > 0) {
        // Grouped by department: the list goes to the people who close the gaps.
        PagedTable list;
        list.caption = translated(QT_TRANSLATE_NOOP("GapReportDocument", "Gaps"));
        list.columns = {{AssetField::byId(AssetField::AssetNo).label(), 1.1, Qt::AlignLeft},
                        {AssetField::byId(AssetField::Name).label(), 2.5, Qt::AlignLeft},
                        {translated(QT_TRANSLATE_NOOP("GapReportDocument", "Control")), 0.9, Qt::AlignLeft},
                        {translated(QT_TRANSLATE_NOOP("GapReportDocument", "Control title")), 3.0, Qt::AlignLeft},
                        {translated(QT_TRANSLATE_NOOP("GapReportDocument", "Gap")), 1.3, Qt::AlignLeft},
                        {translated(QT_TRANSLATE_NOOP("GapReportDocument", "Responsible")), 1.2, Qt::AlignLeft},
                        {translated(QT_TRANSLATE_NOOP("GapReportDocument", "Due date")), 1.0, Qt::AlignLeft}};
        for (const auto &department : std::as_const(departments)) {
            GapFilter filter = options.filter;
            filter.department = department.first;
            const qint64 count = byDepartment.value(department.first);
            list.rows.append(PagedRow::group(translated(QT_TRANSLATE_NOOP("GapReportDocument", "%1 (%2 gaps)"))
                                                 .arg(department.second, locale.toString(count))));
            qint64 listed = 0;
            const Result<qint64> visited = registry.gaps().forEachGap(filter, [&](const ControlGap &gap) {
                if (list.rows.size() > options.maxListedGaps + departments.size())
                    return false;
                auto known = assetLevels.constFind(gap.assetId);
                if (known == assetLevels.constEnd()) {
                    const Result<Asset> asset = registry.assets().byId(gap.assetId);
                    known = assetLevels.insert(gap.assetId, asset.ok() ? asset->confidentiality : 3);
                }
                documentLabel.include(known.value());
                list.rows.append(
                    {PagedRow::Kind::Cells,
                     {gap.assetNo, gap.assetName, gap.controlCode, gap.controlTitle,
                      ControlCodes::gapKindName(gap.kind), gap.responsible, PrintDates::date(gap.dueDate)}});
                ++listed;
                if (progress && listed % 1000 == 0)
                    progress(list.rows.size(), summary.value->total);
                return true;
            });
            if (!visited.ok()) {
                *error = visited.error;
                return false;
            }
            if (listed < count) {
                list.rows.append(PagedRow::note(
                    translated(QT_TRANSLATE_NOOP("GapReportDocument", "… and %1 more gaps. Narrow the report with a "
                                                                      "filter, or export it as CSV, to see them all."))
                        .arg(locale.toString(count - listed))));
                break;
            }
        }
        result.tables << list;
    }
    result.header.banner = registry.settings().handlingLabel(documentLabel.level());
    *document = result;
    return true;
}
