// The risk register as a file (design/risk.md "Outputs"): CSV (UTF-8 with BOM by default for Excel, or Shift_JIS,
// which refuses characters it cannot hold) or an Excel workbook laid out like the printed ledger, in IPA-like columns:
// リスク番号, 管理番号, 情報資産名称, 重要度, 脅威, リスクの内容, 起こりやすさ, 脆弱性, 被害発生可能性, リスク値,
// 大きさ, 対応, 対応計画, 残留リスク, 所有者, 承認者, 見直し日, 状態. Headings and names are in the UI language (the
// caller switches it for a file in another); the file is replaced only when everything was written.
#pragma once

#include "domain/risk.h"
#include "io/textencoding.h"
#include "result.h"

#include <QString>
#include <QStringList>

class Registry;

class RiskExport final
{
public:
    enum class Format
    {
        Csv,
        Xlsx
    };
    struct Options
    {
        Format format = Format::Csv;
        RiskFilter filter; // which entries; the default is every entry
        TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8Bom;
        QString
            banner; // the workbook's handling banner; empty for the highest label of the entries' assets (RiskLabel)
    };

    static QString title();
    static QStringList headings();
    // One entry's cells, in the order of headings(); numbers as digits and the review date as an ISO date.
    static QStringList fields(const Risk &risk);
    // "6（大）" / "6 (High)": a value with its level; empty when not estimated.
    static QString valueWithLevel(int value, const QString &level);
    // The format a file name asks for (.csv or .xlsx); false for anything else.
    static bool formatOfPath(const QString &path, Format *format);

    // Writes every entry the filter selects, in risk-number order; returns how many.
    static Result<qint64> write(const Registry &registry, const QString &path, const Options &options);
};
