// Putting the statement of applicability together.
#include "applicabilitydocument.h"
#include "service/settingsservice.h"

#include "domain/controlcodes.h"
#include "domain/documentlabel.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/controlexport.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"

#include "printdates.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ApplicabilityDocument", text);
}

} // namespace

QString ApplicabilityDocument::title()
{
    return translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Statement of Applicability"));
}

QStringList ApplicabilityDocument::headings()
{
    return {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Control")),
            translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Title")),
            translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "ISO/IEC 27001:2022")),
            translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "NIST SP 800-53")),
            translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Applicability")),
            translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Reason for exclusion")),
            translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Implementation")),
            translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Required by the baseline (assets)")),
            translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Assets (implemented / applicable)"))};
}

QStringList ApplicabilityDocument::cells(const ApplicabilityEntry &entry)
{
    const QLocale locale;
    const QString applicability = entry.applicability();
    const qint64 applicable = entry.implemented + entry.partial + entry.notImplemented + entry.unknown;
    return {entry.control.code,
            entry.control.title(),
            entry.control.isoRefs.join(QStringLiteral(", ")),
            entry.control.nistRefs.join(QStringLiteral(", ")),
            ControlExport::applicabilityName(applicability),
            entry.reasons.join(QStringLiteral("; ")),
            applicability == QLatin1String("applicable") ? ControlCodes::implementationName(entry.implementation())
                                                         : QString(),
            entry.requiredAssets > 0 ? locale.toString(entry.requiredAssets) : QString(),
            applicable > 0
                ? QStringLiteral("%1 / %2").arg(locale.toString(entry.implemented), locale.toString(applicable))
                : QString()};
}

bool ApplicabilityDocument::build(Registry &registry, qint64 catalogId, PagedDocument *document, QString *error,
                                  const QDateTime &printedAt)
{
    const std::optional<ControlCatalog> catalog = registry.catalogs().catalog(catalogId);
    const Result<QList<ApplicabilityEntry>> entries = registry.gaps().applicability(catalogId);
    if (!catalog || !entries.ok()) {
        *error = entries.ok() ? translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "The catalogue no longer "
                                                                                      "exists in this registry."))
                              : entries.error;
        return false;
    }
    *document = compose(registry, *catalog, *entries.value, printedAt);
    return true;
}

PagedDocument ApplicabilityDocument::compose(const Registry &registry, const ControlCatalog &catalog,
                                             const QList<ApplicabilityEntry> &entries, const QDateTime &printedAt)
{
    const QLocale locale;
    PagedDocument result;
    result.header.organisation = registry.settings().organisation();
    result.header.title = title();
    // The statement lists controls, not assets: the label of a document about the organisation's own measures.
    result.header.banner = registry.settings().handlingLabel(DocumentLabel(DocumentLabel::organisationFloor).level());
    result.header.details << translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Catalogue: %1"))
                                 .arg(catalog.displayTitle() +
                                      (catalog.version.isEmpty() ? QString() : QStringLiteral(" ") + catalog.version));
    result.header.facts << PrintDates::printed(printedAt.isValid() ? printedAt
                                                                   : registry.clock().nowUtc().toLocalTime());
    result.pageNumberFormat = translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Page %1 of %2"));
    result.footer = title();

    PagedTable table;
    const QStringList names = headings();
    const qreal weights[] = {0.8, 3.0, 1.0, 1.0, 1.0, 2.5, 1.2, 0.9, 1.2};
    for (int column = 0; column < names.size(); ++column)
        table.columns.append({names.at(column), weights[column],
                              column >= requiredColumn ? Qt::Alignment(Qt::AlignRight) : Qt::AlignLeft});
    int area = -1;
    for (const ApplicabilityEntry &entry : entries) {
        // Grouped by area, in catalogue order: the areas of the policy are how the statement is read.
        if (entry.control.area != area && catalog.kind != ControlCatalog::Kind::Oscal) {
            area = entry.control.area;
            table.rows.append(PagedRow::group(QStringLiteral("%1 %2").arg(area).arg(ControlCodes::areaName(area))));
        }
        table.rows.append({PagedRow::Kind::Cells, cells(entry)});
    }
    table.emptyText = translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "The catalogue has no controls."));
    result.tables << table;
    return result;
}
