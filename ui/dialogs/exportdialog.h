// Export of assets: the format (CSV for Excel in UTF-8 or Shift_JIS, an Excel workbook in the ledger's layout, or
// JSON), the columns (every field, which an import reads back, or the ledger's), the language of headings and labels,
// and which assets (those in the list, or all of them).
#pragma once

#include "service/assetexport.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QRadioButton;
class Registry;

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // listFilter and listSort: what the asset list shows.
    ExportDialog(const Registry &registry, const AssetFilter &listFilter, const AssetSort &listSort,
                 QWidget *parent = nullptr);

    AssetExport::Options options() const;
    // "ja", "en", or empty for the application's language.
    QString language() const;
    // A file name to suggest, e.g. 情報資産管理台帳_2026-04-01.xlsx.
    QString suggestedFileName() const;

    QComboBox *formatCombo() const { return m_format; }
    QComboBox *encodingCombo() const { return m_encoding; }

private:
    void updateEnabled();

    AssetFilter m_listFilter;
    AssetSort m_listSort;
    QList<AssetField::Id> m_ledgerColumns; // the ledger's columns for the registry's scheme
    QDate m_today;                         // the registry's day, in the suggested file name
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_columns = nullptr;
    QComboBox *m_language = nullptr;
    QRadioButton *m_listed = nullptr;
    QRadioButton *m_all = nullptr;
};
