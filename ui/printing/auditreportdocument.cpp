// Putting the audit report together from the audit log.
#include "auditreportdocument.h"

#include "printdates.h"
#include "printlanguage.h"

#include "domain/documentlabel.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AuditReportDocument", text);
}

QString dateText(const QDate &date)
{
    return PrintDates::date(date);
}

} // namespace

QString AuditReportDocument::title()
{
    return translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Audit Report"));
}

QString AuditReportDocument::filterSummary(const AuditFilter &filter)
{
    QStringList parts;
    if (filter.since.isValid() && filter.until.isValid())
        parts << translated(QT_TRANSLATE_NOOP("AuditReportDocument", "From %1 to %2"))
                     .arg(dateText(filter.since), dateText(filter.until));
    else if (filter.since.isValid())
        parts << translated(QT_TRANSLATE_NOOP("AuditReportDocument", "From %1")).arg(dateText(filter.since));
    else if (filter.until.isValid())
        parts << translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Until %1")).arg(dateText(filter.until));
    if (!filter.actor.trimmed().isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Who: %1")).arg(filter.actor.trimmed());
    if (!filter.action.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Action: %1"))
                     .arg(AuditLog::actionName(filter.action));
    if (!filter.entity.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Record: %1"))
                     .arg(AuditLog::entityName(filter.entity));
    if (!filter.assetNo.trimmed().isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Asset: %1")).arg(filter.assetNo.trimmed());
    if (parts.isEmpty())
        return translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Every event of the audit trail"));
    return parts.join(QStringLiteral(" / "));
}

bool AuditReportDocument::build(Registry &registry, const AuditReportOptions &options, PagedDocument *document,
                                AuditCheckpoint *checkpoint, QString *error)
{
    const PrintLanguage language(options.language);
    const AuditLog &log = registry.audit();
    // The checkpoint first: every event it covers is listed, and a later event is not.
    const std::optional<AuditCheckpoint> head = log.checkpoint(error);
    if (!head)
        return false;
    const qint64 total = log.count(options.filter, error);
    if (!error->isEmpty())
        return false;
    const QLocale locale;
    PagedDocument result;
    result.header.organisation = registry.settings().organisation();
    result.header.title = title();
    result.header.details << filterSummary(options.filter);
    result.header.details
        << translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Events: %1")).arg(locale.toString(total));
    const QDateTime printedAt =
        options.printedAt.isValid() ? options.printedAt : registry.clock().nowUtc().toLocalTime();
    result.header.facts << PrintDates::printed(printedAt);
    result.pageNumberFormat = translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Page %1 of %2"));
    result.footer = title();

    PagedTable list;
    list.columns = {{translated(QT_TRANSLATE_NOOP("AuditReportDocument", "No.")), 0.5, Qt::AlignRight},
                    {translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Recorded")), 1.2, Qt::AlignLeft},
                    {translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Who")), 1.4, Qt::AlignLeft},
                    {translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Action")), 0.8, Qt::AlignLeft},
                    {translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Record")), 1.6, Qt::AlignLeft},
                    {translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Changes (old → new)")), 5.0, Qt::AlignLeft}};
    list.emptyText = translated(QT_TRANSLATE_NOOP("AuditReportDocument", "No events."));
    qint64 listed = 0;
    // The report is about the organisation's records (at least the middle label) and shows the values of the assets
    // it lists the changes of: it carries the highest label among those assets.
    DocumentLabel documentLabel(DocumentLabel::organisationFloor);
    QHash<QString, int> assetLevels;
    const bool read = log.forEach(
        options.filter,
        [&](const AuditEvent &event) {
            if (event.seq > head->seq)
                return false;
            if (listed >= options.maxListedEvents)
                return false;
            if (event.entity == QLatin1String("asset")) {
                auto known = assetLevels.constFind(event.entityId);
                if (known == assetLevels.constEnd()) {
                    // A batch's event names a range of numbers, not one asset; its changes list no asset's values.
                    const Result<Asset> asset = registry.assets().byAssetNo(event.entityId);
                    known = assetLevels.insert(event.entityId, asset.ok() ? asset->confidentiality : 0);
                }
                documentLabel.include(known.value());
            }
            const QDateTime local = event.occurredAt.toLocalTime();
            list.rows.append({PagedRow::Kind::Cells,
                              {QString::number(event.seq),
                               PrintDates::date(local.date()) + local.time().toString(QStringLiteral(" HH:mm:ss")),
                               event.actor, AuditLog::actionName(event.action), AuditLog::subject(event),
                               // One line per field would give a new record half a page; wrapped, it takes a few lines.
                               log.changesText(event).replace(QLatin1Char('\n'), QStringLiteral("; "))}});
            ++listed;
            return true;
        },
        error);
    if (!read)
        return false;
    if (listed < total && listed >= options.maxListedEvents)
        list.rows.append(PagedRow::note(
            translated(QT_TRANSLATE_NOOP("AuditReportDocument", "… and %1 more events. Narrow the report with a "
                                                                "filter, or export it as CSV, to see them all."))
                .arg(locale.toString(total - listed))));
    result.tables << list;
    result.header.banner = registry.settings().handlingLabel(documentLabel.level());

    // The checkpoint closes the report in one row, which the renderer keeps on one page: the last.
    PagedTable close;
    close.caption = translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Checkpoint of the audit trail"));
    close.showHeadings = false;
    close.labelColumns = 1;
    close.columns = {{QString(), 1.0, Qt::AlignLeft}, {QString(), 5.0, Qt::AlignLeft}};
    const QString label = translated(QT_TRANSLATE_NOOP("AuditReportDocument", "Checkpoint"));
    if (head->isValid())
        close.rows.append(
            {PagedRow::Kind::Cells,
             {label, translated(QT_TRANSLATE_NOOP("AuditReportDocument",
                                                  "%1\nFull hash: %2\nKeep this page apart from the registry. "
                                                  "asset-registry-cli verify --checkpoint %1 proves that the history "
                                                  "up to event %3 is unchanged."))
                         .arg(head->toString(), head->hash)
                         .arg(head->seq)}});
    else
        close.rows.append({PagedRow::Kind::Cells,
                           {label, translated(QT_TRANSLATE_NOOP("AuditReportDocument", "The audit trail is empty."))}});
    result.tables << close;
    *document = result;
    if (checkpoint)
        *checkpoint = *head;
    return true;
}
