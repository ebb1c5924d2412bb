// Putting the ledger together: header texts, columns, rows and group headings, in the language of the print.
#include "ledgerdocument.h"
#include "service/assetservice.h"
#include "service/settingsservice.h"

#include "domain/assetcodes.h"
#include "domain/documentlabel.h"
#include "printdates.h"
#include "printlanguage.h"
#include "service/assetexport.h"
#include "service/assetflags.h"
#include "service/assetvalues.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("LedgerDocument", text);
}

// Assets are read in pages: the document holds texts, never the whole registry's records twice.
constexpr int kPageSize = 2000;

struct ColumnStyle
{
    qreal weight;
    Qt::Alignment alignment;
};

ColumnStyle styleOf(AssetField::Id field)
{
    switch (field) {
    case AssetField::Name:
    case AssetField::Remarks:
        return {3.0, Qt::AlignLeft};
    case AssetField::ConfidentialityRationale:
    case AssetField::IntegrityRationale:
    case AssetField::AvailabilityRationale:
    case AssetField::ReceiptTerms:
    case AssetField::UseTerms:
        return {2.5, Qt::AlignLeft};
    case AssetField::Storage:
    case AssetField::Provider:
    case AssetField::Recipients:
    case AssetField::Contractor:
    case AssetField::MediumClass:
        return {1.5, Qt::AlignLeft};
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
    case AssetField::Importance:
    case AssetField::Label:
    case AssetField::Status:
    case AssetField::RetentionUntil:
    case AssetField::RegisteredOn:
    case AssetField::NextReview:
    case AssetField::LastReviewedOn:
        return {0.5, Qt::AlignHCenter};
    case AssetField::SubjectCount:
        return {0.5, Qt::AlignRight};
    default:
        return {1.0, Qt::AlignLeft};
    }
}

// Column headings of the ledger. The objectives are headed C, I and A in English risk registers (one letter under a
// long heading would waste a column's width); Japanese ledgers write 機密性, 完全性, 可用性.
QString headingOf(AssetField::Id field, const ClassificationScheme &scheme)
{
    switch (field) {
    case AssetField::Confidentiality:
        return QCoreApplication::translate("LedgerDocument", "C", "ledger column heading: confidentiality (機密性)");
    case AssetField::Integrity:
        return QCoreApplication::translate("LedgerDocument", "I", "ledger column heading: integrity (完全性)");
    case AssetField::Availability:
        return QCoreApplication::translate("LedgerDocument", "A", "ledger column heading: availability (可用性)");
    default:
        return AssetField::byId(field).label(scheme);
    }
}

QString dateText(const QDate &date)
{
    return PrintDates::date(date);
}

// Texts of the cells, with the handling labels read once rather than once per asset.
class CellTexts final
{
public:
    explicit CellTexts(const Registry &registry)
        : m_registry(registry)
    {
        for (int level = 0; level <= 3; ++level)
            m_labels[level] = registry.settings().handlingLabel(level);
        m_myNumberThreshold = registry.settings().myNumberReportThreshold();
    }

    // The flags of the asset are printed in the cells they are about, so that the paper ledger shows them too.
    QString text(const Asset &asset, AssetField::Id field) const
    {
        const int flags = AssetFlags::of(asset, m_registry.scheme(), m_myNumberThreshold);
        switch (field) {
        case AssetField::PersonalInfo:
            if (flags & AssetFlags::ReportableIfLeaked)
                return QCoreApplication::translate("LedgerDocument", "%1 (reportable if leaked)",
                                                   "ledger cell: personal information flagged 漏えい時に報告対象")
                    .arg(AssetValues::display(asset, field, m_registry.scheme(), m_registry.settings()));
            break;
        case AssetField::Confidentiality:
            if (flags & AssetFlags::PersonalInfoOverride)
                return QCoreApplication::translate("LedgerDocument", "%1 (override)",
                                                   "ledger cell: confidentiality kept below what the personal "
                                                   "information calls for, with a recorded reason")
                    .arg(AssetValues::display(asset, field, m_registry.scheme(), m_registry.settings()));
            break;
        case AssetField::RetentionUntil:
            if (flags & AssetFlags::RetentionUnset)
                return AssetFlags::name(AssetFlags::RetentionUnset);
            break;
        default:
            break;
        }
        switch (field) {
        case AssetField::Label:
            return m_labels[std::clamp(asset.confidentiality, 0, 3)];

        case AssetField::RegisteredOn:
            return dateText(asset.registeredOn);
        case AssetField::NextReview:
            return dateText(asset.nextReview);
        case AssetField::LastReviewedOn:
            return dateText(asset.lastReviewedOn);
        case AssetField::RetentionUntil:
            if (!asset.retentionPermanent)
                return dateText(asset.retentionUntil);
            return AssetValues::display(asset, field, m_registry.scheme(), m_registry.settings());
        default:
            break;
        }
        return AssetValues::display(asset, field, m_registry.scheme(), m_registry.settings());
    }

private:
    const Registry &m_registry;
    QString m_labels[4];
    qint64 m_myNumberThreshold = 0;
};

// A disposed asset's name (or number, when the name is not printed) carries 【廃棄済】 / [Disposed], so that a ledger
// that includes disposed assets shows which no longer exist whether or not the status column is printed.
QString disposedText(const QString &text)
{
    return QCoreApplication::translate("LedgerDocument", "[%1] %2", "ledger cell: the name of a disposed asset")
        .arg(AssetCodes::statusName(QStringLiteral("disposed")), text);
}

int disposedMarkColumn(const QList<AssetField::Id> &columns)
{
    if (columns.contains(AssetField::Name))
        return int(columns.indexOf(AssetField::Name));
    if (columns.contains(AssetField::AssetNo))
        return int(columns.indexOf(AssetField::AssetNo));
    return 0;
}

QString groupKey(const Asset &asset, LedgerOptions::Grouping grouping)
{
    return grouping == LedgerOptions::Grouping::Department ? asset.department : asset.assetType;
}

} // namespace

QList<AssetField::Id> LedgerDocument::defaultColumns()
{
    return {AssetField::AssetNo,      AssetField::BusinessCategory, AssetField::Name,        AssetField::Remarks,
            AssetField::UserScope,    AssetField::Department,       AssetField::Owner,       AssetField::Storage,
            AssetField::PersonalInfo, AssetField::Confidentiality,  AssetField::Integrity,   AssetField::Availability,
            AssetField::Importance,   AssetField::RetentionUntil,   AssetField::RegisteredOn};
}

QList<AssetField::Id> LedgerDocument::defaultColumns(const ClassificationScheme &scheme)
{
    QList<AssetField::Id> columns = defaultColumns();
    // The Government scheme's ledger lists the handling restrictions (取扱制限) beside the protection classes.
    if (scheme.showsProtectionClasses())
        columns.insert(columns.indexOf(AssetField::Importance) + 1, AssetField::HandlingRestrictions);
    return columns;
}

bool LedgerDocument::parseColumns(const QString &text, QList<AssetField::Id> *columns, QString *error)
{
    columns->clear();
    const QStringList names = text.split(QRegularExpression(QStringLiteral("[,、，]")), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const AssetField *field = AssetField::find(name.trimmed());
        if (!field) {
            QStringList keys;
            for (const AssetField &known : AssetField::all())
                keys << known.keyString();
            *error = translated(QT_TRANSLATE_NOOP("LedgerDocument", "'%1' is not a column of the ledger. Use one of: "
                                                                    "%2."))
                         .arg(name.trimmed(), keys.join(QStringLiteral(", ")));
            return false;
        }
        if (!columns->contains(field->id))
            columns->append(field->id);
    }
    if (columns->isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("LedgerDocument", "Name at least one column to print."));
        return false;
    }
    return true;
}

bool LedgerDocument::parseGrouping(const QString &text, LedgerOptions::Grouping *grouping)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted.isEmpty() || wanted == QLatin1String("none"))
        *grouping = LedgerOptions::Grouping::None;
    else if (wanted == QLatin1String("department") ||
             AssetField::find(text) == &AssetField::byId(AssetField::Department))
        *grouping = LedgerOptions::Grouping::Department;
    else if (wanted == QLatin1String("asset_type") || wanted == QLatin1String("type") ||
             AssetField::find(text) == &AssetField::byId(AssetField::AssetType))
        *grouping = LedgerOptions::Grouping::AssetType;
    else
        return false;
    return true;
}

QString LedgerDocument::filterSummary(const AssetFilter &filter, const Registry &registry)
{
    QStringList parts;
    if (!filter.search.trimmed().isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("LedgerDocument", "text \"%1\"")).arg(filter.search.simplified());
    if (!filter.department.isEmpty())
        parts << QStringLiteral("%1: %2").arg(AssetField::byId(AssetField::Department).label(), filter.department);
    if (!filter.assetType.isEmpty())
        parts << QStringLiteral("%1: %2").arg(AssetField::byId(AssetField::AssetType).label(),
                                              AssetCodes::assetTypeName(filter.assetType));
    if (filter.importance > 0)
        parts << QStringLiteral("%1: %2").arg(AssetField::byId(AssetField::Importance).label(),
                                              registry.scheme().importanceLabel(filter.importance));
    if (filter.personalInfo == QLatin1String("any"))
        parts << translated(QT_TRANSLATE_NOOP("LedgerDocument", "with personal information"));
    else if (!filter.personalInfo.isEmpty())
        parts << QStringLiteral("%1: %2").arg(AssetField::byId(AssetField::PersonalInfo).label(),
                                              AssetCodes::personalInfoName(filter.personalInfo));
    if (!filter.status.isEmpty())
        parts << QStringLiteral("%1: %2").arg(AssetField::byId(AssetField::Status).label(),
                                              AssetCodes::statusName(filter.status));
    if (filter.overdueForReview)
        parts << translated(QT_TRANSLATE_NOOP("LedgerDocument", "overdue for review"));
    const QString statuses = filter.status.isEmpty() && !filter.includeDisposed
                                 ? translated(QT_TRANSLATE_NOOP("LedgerDocument", "disposed assets left out"))
                                 : QString();
    if (parts.isEmpty())
        return statuses.isEmpty() ? translated(QT_TRANSLATE_NOOP("LedgerDocument", "all assets"))
                                  : translated(QT_TRANSLATE_NOOP("LedgerDocument", "all assets, %1")).arg(statuses);
    if (!statuses.isEmpty())
        parts << statuses;
    return parts.join(translated(QT_TRANSLATE_NOOP("LedgerDocument", ", ")));
}

bool LedgerDocument::build(const Registry &registry, const LedgerOptions &options, PagedDocument *document,
                           QString *error, const std::function<void(int, int)> &progress)
{
    PrintLanguage language(options.language);
    const QList<AssetField::Id> columns =
        options.columns.isEmpty() ? defaultColumns(registry.scheme()) : options.columns;
    const QLocale locale;

    PagedDocument result;
    result.pageLayout =
        QPageLayout(QPageSize(options.paper), options.orientation, QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
    // Body text: small enough for fifteen columns across A4 landscape, larger when the paper allows it.
    const bool wide = options.paper == QPageSize::A3 || options.orientation == QPageLayout::Landscape;
    result.fontSize = options.paper == QPageSize::A3 ? 9.0 : (wide ? 7.5 : 7.0);

    const QDateTime printedAt =
        options.printedAt.isValid() ? options.printedAt : registry.clock().nowUtc().toLocalTime();
    PagedHeader &header = result.header;
    header.organisation = registry.settings().organisation();
    header.title = AssetExport::ledgerTitle();
    header.details << translated(QT_TRANSLATE_NOOP("LedgerDocument", "Selection: %1"))
                          .arg(filterSummary(options.filter, registry));
    header.details << translated(QT_TRANSLATE_NOOP("LedgerDocument", "Sorted by: %1 (%2)"))
                          .arg(AssetField::byId(options.sort.field).label(),
                               options.sort.order == Qt::AscendingOrder
                                   ? translated(QT_TRANSLATE_NOOP("LedgerDocument", "ascending"))
                                   : translated(QT_TRANSLATE_NOOP("LedgerDocument", "descending")));
    if (options.grouping != LedgerOptions::Grouping::None)
        header.details << translated(QT_TRANSLATE_NOOP("LedgerDocument", "Grouped by: %1"))
                              .arg(AssetField::byId(options.grouping == LedgerOptions::Grouping::Department
                                                        ? AssetField::Department
                                                        : AssetField::AssetType)
                                       .label());
    header.facts << PrintDates::printed(printedAt);
    header.facts << translated(QT_TRANSLATE_NOOP("LedgerDocument", "Classification: %1")).arg(registry.scheme().name());
    if (options.approvalBoxes)
        header.approvals = {translated(QT_TRANSLATE_NOOP("LedgerDocument", "Approved")),
                            translated(QT_TRANSLATE_NOOP("LedgerDocument", "Checked")),
                            translated(QT_TRANSLATE_NOOP("LedgerDocument", "Prepared"))};
    result.footer = header.title;
    result.pageNumberFormat = translated(QT_TRANSLATE_NOOP("LedgerDocument", "Page %1 of %2"));

    PagedTable table;
    for (AssetField::Id field : columns) {
        const ColumnStyle style = styleOf(field);
        table.columns.append({headingOf(field, registry.scheme()), style.weight, style.alignment});
    }
    table.emptyText = translated(QT_TRANSLATE_NOOP("LedgerDocument", "No assets match the selection."));

    // Read the selection in one pass (no OFFSET paging), keeping the texts of each row.
    QString readError;
    const qint64 total = registry.assets().count(options.filter, &readError);
    if (total < 0) {
        *error = readError;
        return false;
    }
    struct Entry
    {
        QString group;
        QStringList cells;
    };
    QList<Entry> entries;
    entries.reserve(int(total));
    const CellTexts texts(registry);
    DocumentLabel documentLabel;
    qint64 disposed = 0;
    const int markColumn = disposedMarkColumn(columns);
    const bool read = registry.assets().forEach(
        options.filter, options.sort,
        [&](const Asset &asset) {
            documentLabel.include(asset.confidentiality);
            Entry entry;
            if (options.grouping != LedgerOptions::Grouping::None)
                entry.group = groupKey(asset, options.grouping);
            entry.cells.reserve(columns.size());
            for (AssetField::Id field : columns)
                entry.cells << texts.text(asset, field);
            if (asset.status == QLatin1String("disposed")) {
                entry.cells[markColumn] = disposedText(entry.cells.at(markColumn));
                ++disposed;
            }
            entries.append(std::move(entry));
            if (progress && (entries.size() % kPageSize == 0 || entries.size() == total))
                progress(int(entries.size()), int(total));
            return true;
        },
        &readError);
    if (!read) {
        *error = readError;
        return false;
    }

    if (options.grouping == LedgerOptions::Grouping::None) {
        for (Entry &entry : entries)
            table.rows.append({PagedRow::Kind::Cells, std::move(entry.cells)});
    } else {
        // Groups in order of department name or of the asset type list; the chosen sort inside each group.
        const QStringList typeOrder = AssetCodes::assetTypes();
        std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
            if (options.grouping == LedgerOptions::Grouping::AssetType)
                return typeOrder.indexOf(a.group) < typeOrder.indexOf(b.group);
            return QString::localeAwareCompare(a.group, b.group) < 0;
        });
        const AssetField::Id groupField =
            options.grouping == LedgerOptions::Grouping::Department ? AssetField::Department : AssetField::AssetType;
        for (int index = 0; index < entries.size();) {
            int end = index;
            while (end < entries.size() && entries.at(end).group == entries.at(index).group)
                ++end;
            const QString name = options.grouping == LedgerOptions::Grouping::AssetType
                                     ? AssetCodes::assetTypeName(entries.at(index).group)
                                     : entries.at(index).group;
            table.rows.append(PagedRow::group(
                QCoreApplication::translate("LedgerDocument", "%1: %2 (%n asset(s))", nullptr, end - index)
                    .arg(AssetField::byId(groupField).label(), name)));
            for (; index < end; ++index)
                table.rows.append({PagedRow::Kind::Cells, std::move(entries[index].cells)});
        }
    }
    header.facts.insert(1, QCoreApplication::translate("LedgerDocument", "Assets: %Ln", nullptr, int(entries.size())));
    if (disposed > 0)
        header.facts.insert(
            2, QCoreApplication::translate("LedgerDocument", "Of which disposed: %Ln", nullptr, int(disposed)));
    // The banner is known once every row has been read: the highest handling label among them.
    header.banner = options.banner.value_or(registry.settings().handlingLabel(documentLabel.level()));
    result.tables.append(std::move(table));
    *document = std::move(result);
    return true;
}
