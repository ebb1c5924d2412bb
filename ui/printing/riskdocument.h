// The printed documents of risk assessment (design/risk.md "Outputs"), on the paged table renderer like the ledger:
// リスク分析結果一覧 (the analysis of every selected entry), リスク対応計画 (the treatment of the entries being
// reduced, avoided or transferred, with their planned controls, people and due dates) and 残留リスク受容記録 (every
// acceptance with its approver, title, date, reason and expiry). Each has the approval boxes and, on its first page,
// the risk criteria in force; entries are grouped by department. It only describes the document.
#pragma once

#include "domain/risk.h"
#include "pageddocument.h"

#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

class Registry;

struct RiskPrintOptions
{
    enum class Kind
    {
        Analysis,  // リスク分析結果一覧
        Plan,      // リスク対応計画
        Acceptance // 残留リスク受容記録
    };
    Kind kind = Kind::Analysis;
    RiskFilter filter; // the entries; each kind keeps those it is about (see RiskDocument::build)
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QString language;              // "ja" or "en"; empty for the UI language
    std::optional<QString> banner; // unset for the highest label of the entries' assets (RiskLabel)
    bool approvalBoxes = true;
    QDateTime printedAt; // invalid for now (tests fix it)
};

class RiskDocument final
{
public:
    static QString title(RiskPrintOptions::Kind kind);
    // "analysis", "plan", "acceptance" (the command line's words) and back.
    static QString kindKey(RiskPrintOptions::Kind kind);
    static bool parseKind(const QString &text, RiskPrintOptions::Kind *kind);
    // The criteria in force as label/value rows, printed on the first page.
    static PagedTable criteriaTable(const Registry &registry);

    // Puts the document together. Analysis: every entry of the filter (by default the open ones); plan: the open
    // entries being reduced, avoided or transferred; acceptance: every entry with an acceptance.
    static bool build(const Registry &registry, const RiskPrintOptions &options, PagedDocument *document,
                      QString *error);
};
