// The printed asset ledger (情報資産管理台帳, DESIGN.md §9): the assets a filter selects, in the chosen columns (by
// default the IPA ledger's), sorted and optionally grouped by department or asset type with a count per group, under
// a header with the organisation, the title, the handling banner, the filter and the print time — in the UI language
// or one chosen for the print. It only describes the document; PagedTableRenderer lays it out and paints it.
#pragma once

#include "domain/assetfield.h"
#include "domain/assetquery.h"
#include "domain/classification.h"
#include "pageddocument.h"

#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

class Registry;

struct LedgerOptions
{
    enum class Grouping
    {
        None,
        Department,
        AssetType
    };

    QList<AssetField::Id> columns; // empty: LedgerDocument::defaultColumns()
    AssetFilter filter;
    AssetSort sort;
    Grouping grouping = Grouping::None;
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QString language;              // "ja" or "en"; empty for the UI language
    std::optional<QString> banner; // the handling banner; unset for the highest label among the assets (DocumentLabel)
    QDateTime printedAt;           // invalid for now (tests fix it)
    bool approvalBoxes = true;     // 承認・確認・作成 boxes for seals or signatures on the first page
};

class LedgerDocument final
{
public:
    // The IPA ledger's columns in §3 order: 管理番号, 業務分類, 情報資産名称, 備考, 利用者範囲, 管理部署, 管理責任者,
    // 媒体・保存先, 個人情報, 機密性, 完全性, 可用性, 重要度, 保存期限, 登録日.
    static QList<AssetField::Id> defaultColumns();
    // The columns of a registry of this scheme: the Government scheme adds the handling restrictions.
    static QList<AssetField::Id> defaultColumns(const ClassificationScheme &scheme);
    // Reads a column list as the command line takes it: keys or labels separated by commas. False, with *error
    // naming the column, when one is unknown.
    static bool parseColumns(const QString &text, QList<AssetField::Id> *columns, QString *error);
    static bool parseGrouping(const QString &text, LedgerOptions::Grouping *grouping);

    // Puts the ledger together from the registry. progress gets the number of assets read so far and the total.
    static bool build(const Registry &registry, const LedgerOptions &options, PagedDocument *document, QString *error,
                      const std::function<void(int done, int total)> &progress = {});

    // What the filter selects, in words, for the header ("All assets except disposed ones", "管理部署: 総務部 …").
    static QString filterSummary(const AssetFilter &filter, const Registry &registry);
};
