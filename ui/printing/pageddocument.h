// What a printed document is made of, for the paged table renderer: page setup, the header block (organisation,
// title, handling banner, details), the footer and one or more tables whose rows may be grouped. The ledger, the
// certificate of sanitisation and the reports all describe themselves this way; the renderer does the rest.
#pragma once

#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

struct PagedColumn
{
    QString heading;
    // Share of the width left over once short columns have what they need; long free text gets more.
    qreal weight = 1.0;
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct PagedRow
{
    enum class Kind
    {
        Cells, // one text per column
        Group, // a group heading across the whole table (kept with the row after it)
        Note,  // a line of text across the whole table, e.g. a total
    };
    Kind kind = Kind::Cells;
    QStringList cells; // Cells: one per column (missing ones are empty); Group and Note: the first is the text

    static PagedRow group(const QString &text) { return {Kind::Group, {text}}; }
    static PagedRow note(const QString &text) { return {Kind::Note, {text}}; }
};

struct PagedTable
{
    QString caption; // printed above the table, e.g. a section title of a certificate
    QList<PagedColumn> columns;
    QList<PagedRow> rows;
    bool showHeadings = true; // the column headings, repeated at the top of every page the table continues on
    bool grid = true;         // cell borders
    QString emptyText;        // printed in place of rows when there are none
    int labelColumns = 0;     // leading columns shaded like headings (label/value forms)
};

struct PagedHeader
{
    QString organisation;
    QString title;
    QString banner; // the handling banner of the document (e.g. 組織外秘), boxed at the top right of every page
    QStringList details; // left, under the title: filter, sort, grouping…
    QStringList facts;   // right, under the title: print date and time, number of rows…
    // Approval boxes (押印欄) at the top right of the first page, one per role from left to right, e.g. 承認, 確認,
    // 作成: a box with the role above a square for the seal or signature.
    QStringList approvals;
};

struct PagedDocument
{
    QPageLayout pageLayout{QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                           QPageLayout::Millimeter};
    PagedHeader header;
    QString footer;           // left of the footer
    QString pageNumberFormat; // "%1 / %2" (page, pages), translated by the caller; empty for "%1 / %2"
    QList<PagedTable> tables; // printed one after another
    qreal fontSize = 8.0;     // body text in points; headings and the title scale from it
};
