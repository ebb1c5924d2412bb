// The handling label a printed or exported document carries by default: the highest label among the rows it
// contains. Labels rank as the confidentiality they follow from (DESIGN.md §2, design/practice.md §4: 3 関係者限り
// above 2 組織外秘 above 1 一般), so the highest label is that of the most confidential row — a ledger with one
// 関係者限り asset is 関係者限り. The one rule for document banners; the ledger, the exports, the certificate, the
// gap and risk reports and the command line all use it, and the user may still choose another banner.
#pragma once

class DocumentLabel final
{
public:
    // floor: the lowest label level (1–3) the document carries whatever its rows are. Documents that list assets
    // start at 1; reports about the organisation's own measures and their history start at 2 (see documentlabel.cpp).
    explicit DocumentLabel(int floor = 1);

    // Counts a row of the document: an asset (or a thing about one) of this normalised confidentiality (0–3).
    void include(int confidentialityOrdinal);
    // The level (1–3) of the handling label the document carries: the highest included, at least the floor.
    int level() const { return m_level; }

    // The floor of a document that is about the organisation rather than about listed assets — the statement of
    // applicability, the audit report, the gap counts: 2, the level such documents carried before labels followed
    // their rows, so that none of them is printed as 一般 only because it lists no asset.
    static constexpr int organisationFloor = 2;

private:
    int m_level;
};
