// Putting the statement of applicability together.
#include "applicabilitydocument.h"
#include "service/settingsservice.h"

#include "domain/controlcodes.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/controlexport.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"

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
    const QLocale locale;
    PagedDocument result;
    result.header.organisation = registry.settings().organisation();
    result.header.title = title();
    result.header.banner = registry.settings().handlingLabel(2);
    result.header.details << translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Catalogue: %1"))
                                 .arg(catalog->displayTitle() + (catalog->version.isEmpty()
                                                                     ? QString()
                                                                     : QStringLiteral(" ") + catalog->version));
    result.header.facts << translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Printed %1"))
                               .arg(locale.toString(printedAt.isValid() ? printedAt : QDateTime::currentDateTime(),
                                                    QLocale::ShortFormat));
    result.pageNumberFormat = translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Page %1 of %2"));
    result.footer = title();

    PagedTable table;
    table.columns = {
        {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Control")), 0.8, Qt::AlignLeft},
        {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Title")), 3.0, Qt::AlignLeft},
        {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "ISO/IEC 27001:2022")), 1.0, Qt::AlignLeft},
        {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "NIST SP 800-53")), 1.0, Qt::AlignLeft},
        {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Applicability")), 1.0, Qt::AlignLeft},
        {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Reason for exclusion")), 2.5, Qt::AlignLeft},
        {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Implementation")), 1.2, Qt::AlignLeft},
        {translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "Assets (implemented / applicable)")), 1.2,
         Qt::AlignRight}};
    int area = -1;
    for (const ApplicabilityEntry &entry : *entries.value) {
        // Grouped by area, in catalogue order: the areas of the policy are how the statement is read.
        if (entry.control.area != area && catalog->kind != ControlCatalog::Kind::Oscal) {
            area = entry.control.area;
            table.rows.append(PagedRow::group(QStringLiteral("%1 %2").arg(area).arg(ControlCodes::areaName(area))));
        }
        const QString applicability = entry.applicability();
        const qint64 applicable = entry.implemented + entry.partial + entry.notImplemented + entry.unknown;
        table.rows.append(
            {PagedRow::Kind::Cells,
             {entry.control.code, entry.control.title(), entry.control.isoRefs.join(QStringLiteral(", ")),
              entry.control.nistRefs.join(QStringLiteral(", ")), ControlExport::applicabilityName(applicability),
              entry.reasons.join(QStringLiteral("; ")),
              applicability == QLatin1String("applicable") ? ControlCodes::implementationName(entry.implementation())
                                                           : QString(),
              applicable > 0
                  ? QStringLiteral("%1 / %2").arg(locale.toString(entry.implemented), locale.toString(applicable))
                  : QString()}});
    }
    table.emptyText = translated(QT_TRANSLATE_NOOP("ApplicabilityDocument", "The catalogue has no controls."));
    result.tables << table;
    *document = result;
    return true;
}
