// Writing assets to CSV, XLSX and JSON.
#include "assetexport.h"

#include "domain/documentlabel.h"

#include "assetservice.h"
#include "assetvalues.h"
#include "domain/assetcodes.h"
#include "io/csvwriter.h"
#include "io/ownerfile.h"
#include "io/xlsxsheetwriter.h"
#include "registry.h"
#include "settingsservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AssetExport", text);
}

// Assets are read in pages, so that memory follows the page and not the registry.
constexpr int kPageSize = 2000;

// How wide a column of the Excel sheet is, in characters, and what it holds.
XlsxColumn xlsxColumn(AssetField::Id field, const ClassificationScheme &scheme)
{
    XlsxColumn column;
    column.heading = AssetField::byId(field).label(scheme);
    switch (field) {
    case AssetField::AssetNo:
        column.width = 12;
        break;
    case AssetField::Name:
        column.width = 30;
        column.kind = XlsxColumn::Kind::Wrapped;
        break;
    case AssetField::Remarks:
    case AssetField::ReceiptTerms:
    case AssetField::UseTerms:
    case AssetField::ConfidentialityRationale:
    case AssetField::IntegrityRationale:
    case AssetField::AvailabilityRationale:
        column.width = 36;
        column.kind = XlsxColumn::Kind::Wrapped;
        break;
    case AssetField::Storage:
    case AssetField::Provider:
    case AssetField::Recipients:
    case AssetField::Contractor:
    case AssetField::BusinessCategory:
    case AssetField::Department:
        column.width = 18;
        column.kind = XlsxColumn::Kind::Wrapped;
        break;
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
    case AssetField::Importance:
        column.width = 8;
        break;
    case AssetField::SubjectCount:
        column.width = 10;
        column.kind = XlsxColumn::Kind::Number;
        break;
    case AssetField::RetentionUntil:
    case AssetField::RegisteredOn:
    case AssetField::NextReview:
    case AssetField::LastReviewedOn:
        column.width = 12;
        column.kind = XlsxColumn::Kind::Date;
        break;
    default:
        column.width = 14;
        break;
    }
    return column;
}

// Reads every selected asset, page by page, and hands each one on.
bool forEachAsset(const Registry &registry, const AssetExport::Options &options, QString *error,
                  const std::function<void(const Asset &)> &use, const std::function<void(int, int)> &progress)
{
    const qint64 total = registry.assets().count(options.filter, error);
    if (total < 0)
        return false;
    int done = 0;
    for (int offset = 0;; offset += kPageSize) {
        QString pageError;
        const QList<Asset> page = registry.assets().page(options.filter, options.sort, offset, kPageSize, &pageError);
        if (!pageError.isEmpty()) {
            *error = pageError;
            return false;
        }
        for (const Asset &asset : page)
            use(asset);
        done += int(page.size());
        if (progress)
            progress(done, int(total));
        if (page.size() < kPageSize)
            return true;
    }
}

QString encodingProblem(const QString &path, const QList<QPair<QString, char32_t>> &places)
{
    QStringList lines;
    for (const auto &place : places)
        lines << translated(QT_TRANSLATE_NOOP("AssetExport", "%1: %2"))
                     .arg(place.first, TextEncoding::describeCharacter(place.second));
    return translated(QT_TRANSLATE_NOOP("AssetExport", "%1 was not written: Shift_JIS (CP932) cannot hold these "
                                                       "characters. Export as UTF-8, or change the values.\n%2"))
        .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n')));
}

} // namespace

bool AssetExport::formatFromName(const QString &name, Format *format)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted == QLatin1String("csv"))
        *format = Format::Csv;
    else if (wanted == QLatin1String("xlsx"))
        *format = Format::Xlsx;
    else if (wanted == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

AssetExport::Format AssetExport::formatForFile(const QString &path)
{
    Format format = Format::Csv;
    formatFromName(QFileInfo(path).suffix(), &format);
    return format;
}

QList<AssetField::Id> AssetExport::allColumns()
{
    QList<AssetField::Id> columns;
    for (const AssetField &field : AssetField::all())
        columns << field.id;
    return columns;
}

QString AssetExport::ledgerTitle()
{
    return translated(QT_TRANSLATE_NOOP("AssetExport", "Information asset register"));
}

QString AssetExport::fileText(const Asset &asset, AssetField::Id field, const Registry &registry)
{
    switch (field) {
    case AssetField::AssetType:
    case AssetField::PersonalInfo:
    case AssetField::Status:
    case AssetField::MediumClass:
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
    case AssetField::Importance:
    case AssetField::Label:
    case AssetField::HandlingRestrictions:
        return AssetValues::display(asset, field, registry.scheme(), registry.settings());
    case AssetField::RetentionUntil:
        if (asset.retentionPermanent)
            return AssetValues::display(asset, field, registry.scheme(), registry.settings());
        return AssetValues::raw(asset, field, registry.scheme());
    default:
        return AssetValues::raw(asset, field, registry.scheme());
    }
}

Result<int> AssetExport::write(const Registry &registry, const QString &path, const Options &options,
                               const std::function<void(int, int)> &progress)
{
    const QList<AssetField::Id> columns = options.columns.isEmpty() ? allColumns() : options.columns;
    QString error;
    int count = 0;

    if (options.format == Format::Json) {
        QJsonArray assets;
        const bool ok = forEachAsset(
            registry, options, &error,
            [&](const Asset &asset) {
                QJsonObject object;
                for (AssetField::Id field : columns) {
                    const QString key = AssetField::byId(field).keyString();
                    const QString value = AssetValues::raw(asset, field, registry.scheme());
                    if (field == AssetField::SubjectCount)
                        object.insert(key, asset.subjectCount ? QJsonValue(double(*asset.subjectCount)) : QJsonValue());
                    else
                        object.insert(key, value.isEmpty() ? QJsonValue() : QJsonValue(value));
                }
                assets.append(object);
                ++count;
            },
            progress);
        if (!ok)
            return Result<int>::failure(error);
        QJsonObject document;
        document.insert(QStringLiteral("organisation"), registry.settings().organisation());
        document.insert(QStringLiteral("scheme"), registry.scheme().code());
        document.insert(QStringLiteral("exported_at"), registry.clock().nowUtc().toString(Qt::ISODate));
        document.insert(QStringLiteral("assets"), assets);
        QSaveFile file(path);
        if (!OwnerFile::open(file) || file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit())
            return Result<int>::failure(translated(QT_TRANSLATE_NOOP("AssetExport", "Cannot write %1: %2"))
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        return Result<int>::success(count);
    }

    QStringList headings;
    for (AssetField::Id field : columns)
        headings << AssetField::byId(field).label(registry.scheme());

    if (options.format == Format::Xlsx) {
        XlsxSheet sheet;
        sheet.sheetName = ledgerTitle();
        sheet.title = ledgerTitle();
        sheet.organisation = registry.settings().organisation();
        sheet.details << translated(QT_TRANSLATE_NOOP("AssetExport", "Exported: %1"))
                             .arg(QLocale().toString(registry.clock().nowUtc().toLocalTime(), QLocale::ShortFormat));
        for (AssetField::Id field : columns)
            sheet.columns << xlsxColumn(field, registry.scheme());
        DocumentLabel documentLabel;
        const bool ok = forEachAsset(
            registry, options, &error,
            [&](const Asset &asset) {
                documentLabel.include(asset.confidentiality);
                QStringList values;
                values.reserve(columns.size());
                for (AssetField::Id field : columns)
                    values << fileText(asset, field, registry);
                sheet.rows.append(values);
            },
            progress);
        if (!ok)
            return Result<int>::failure(error);
        // The highest handling label among the exported assets, unless the user named a banner.
        sheet.banner =
            options.banner.isEmpty() ? registry.settings().handlingLabel(documentLabel.level()) : options.banner;
        if (!XlsxSheetWriter::write(path, sheet, &error))
            return Result<int>::failure(error);
        return Result<int>::success(int(sheet.rows.size()));
    }

    // CSV
    QString text = CsvWriter::record(headings);
    QList<QStringList> rows; // kept only to name the fields at fault when CP932 cannot hold a character
    const bool keepRows = options.encoding == TextEncoding::Encoding::Cp932;
    const bool ok = forEachAsset(
        registry, options, &error,
        [&](const Asset &asset) {
            QStringList values;
            values.reserve(columns.size());
            for (AssetField::Id field : columns)
                values << fileText(asset, field, registry);
            text += CsvWriter::record(values);
            if (keepRows)
                rows.append(values);
            ++count;
        },
        progress);
    if (!ok)
        return Result<int>::failure(error);
    QByteArray data;
    QList<char32_t> missing;
    if (!TextEncoding::encode(text, options.encoding, &data, &missing)) {
        // Name where each character is: asset number (when exported) and heading, the first few places.
        const QSet<char32_t> bad(missing.cbegin(), missing.cend());
        const int assetNoColumn = int(columns.indexOf(AssetField::AssetNo));
        QList<QPair<QString, char32_t>> places;
        auto scan = [&](const QStringList &values, const QString &where) {
            for (int column = 0; column < values.size() && places.size() < 50; ++column) {
                const QList<uint> characters = values.at(column).toUcs4();
                for (uint character : characters) {
                    if (bad.contains(character)) {
                        places.append({where.isEmpty() ? headings.at(column)
                                                       : QStringLiteral("%1 %2").arg(where, headings.at(column)),
                                       char32_t(character)});
                        break;
                    }
                }
            }
        };
        scan(headings, translated(QT_TRANSLATE_NOOP("AssetExport", "heading")));
        for (int index = 0; index < rows.size() && places.size() < 50; ++index)
            scan(rows.at(index), assetNoColumn >= 0
                                     ? rows.at(index).at(assetNoColumn)
                                     : translated(QT_TRANSLATE_NOOP("AssetExport", "row %1")).arg(index + 2));
        return Result<int>::failure(encodingProblem(path, places));
    }
    QSaveFile file(path);
    if (!OwnerFile::open(file) || file.write(data) < 0 || !file.commit())
        return Result<int>::failure(translated(QT_TRANSLATE_NOOP("AssetExport", "Cannot write %1: %2"))
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Result<int>::success(count);
}
