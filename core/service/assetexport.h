// Export of assets (DESIGN.md §8): CSV (UTF-8 with BOM by default, or Shift_JIS/CP932 — which refuses, naming the
// asset and field, characters it cannot hold), XLSX in the ledger's layout, and JSON for other programs. CSV and
// XLSX have headings and labels in the UI language and dates as ISO text, so that importing the file gives back
// every field.
#pragma once

#include "domain/asset.h"
#include "domain/assetfield.h"
#include "domain/assetquery.h"
#include "io/textencoding.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>

class Registry;

class AssetExport final
{
public:
    enum class Format
    {
        Csv,
        Xlsx,
        Json
    };

    struct Options
    {
        Format format = Format::Csv;
        TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8Bom; // CSV only
        QList<AssetField::Id> columns;                                     // empty: every field, in ledger order
        AssetFilter filter;
        AssetSort sort;
        QString banner; // XLSX: the handling banner; empty for the highest label among the assets (DocumentLabel)
    };

    // "csv", "xlsx" or "json" (any case).
    static bool formatFromName(const QString &name, Format *format);
    // The format a file name asks for by its extension; CSV when it names none we write.
    static Format formatForFile(const QString &path);
    static QList<AssetField::Id> allColumns();
    // The title of the ledger, in the UI language: 情報資産管理台帳 / Information asset register.
    static QString ledgerTitle();

    // A field as written to a file: translated labels for codes, ISO dates, plain digits.
    static QString fileText(const Asset &asset, AssetField::Id field, const Registry &registry);
    // Writes the assets the filter selects, in the sort order; returns how many. The file is replaced only when
    // everything was written.
    static Result<int> write(const Registry &registry, const QString &path, const Options &options,
                             const std::function<void(int done, int total)> &progress = {});
};
