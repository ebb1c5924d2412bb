// The paged table renderer: lays a PagedDocument out on pages of a QPagedPaintDevice (QPdfWriter for PDF, QPrinter
// for printing and preview) and paints it with QPainter. Column widths follow the content, text wraps inside its cell,
// column headings repeat on every page, a row moves to the next page rather than being split unless it is taller than
// a page, and every page carries the header (organisation, title, handling banner) and "page n / N".
//
// It paginates first (measuring every row, which needs no painting), so the page count is known before page 1 is
// drawn; then it paints page by page. Nothing is kept per cell between the two passes but the number of lines.
#pragma once

#include "pageddocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

class PagedTableRenderer final
{
public:
    // Called after each page is painted; returning false cancels the rendering.
    using Progress = std::function<bool(int page, int pages)>;

    // Where one row (or part of a row) of a table lands on a page, in device units.
    struct Slice
    {
        enum class Part
        {
            Caption,
            Headings,
            Row,
            Empty
        };
        Part part = Part::Row;
        int table = 0;
        int row = -1;       // index in PagedTable::rows for Part::Row
        int firstLine = 0;  // the first line of the row's text on this page
        int lineCount = 0;  // lines of the row on this page
        int totalLines = 0; // lines of the whole row
        QRectF rect;
    };

    explicit PagedTableRenderer(PagedDocument document);

    const PagedDocument &document() const { return m_document; }

    // Lays the document out for the page of the device and returns the number of pages.
    int paginate(const QPaintDevice *device);
    int pageCount() const { return int(m_pages.size()); }
    // The result of paginate(): for every page, its slices from top to bottom.
    const QList<QList<Slice>> &pages() const { return m_pages; }
    // The area between header and footer on a page, in device units (tests check that slices stay inside it).
    QRectF bodyRect(int page) const;
    // Widths of the columns of a table, in device units.
    QList<qreal> columnWidths(int table) const;
    // Height of a whole row and of a table's heading row, in device units: a row is split between pages only when it
    // is taller than a page less the headings.
    qreal rowHeight(int table, int row) const;
    qreal headingHeight(int table) const;

    // Paints every page on a device whose page layout is already set (a QPrinter the user set up, a QPdfWriter).
    bool render(QPagedPaintDevice *device, QString *error, const Progress &progress = {});
    // Writes the document as a PDF file, through QSaveFile: the file is replaced only when everything was written.
    static bool writePdf(const PagedDocument &document, const QString &fileName, QString *error,
                         const Progress &progress = {});

private:
    struct TableGeometry
    {
        QList<qreal> left;
        QList<qreal> width;
        qreal headingHeight = 0;
        QList<int> rowLines; // lines of each row (the tallest cell)
    };

    // A font with its metrics on the device and the widths of texts measured so far: ledgers repeat departments,
    // levels and dates thousands of times, and measuring is shaping.
    struct MeasuredFont
    {
        QFont font;
        std::optional<QFontMetricsF> metrics;
        QHash<QString, qreal> advances;

        void set(const QFont &newFont, const QPaintDevice *device);
        qreal advance(const QString &text);
    };

    qreal points(qreal pt) const { return pt * m_dpi / 72.0; }
    qreal millimetres(qreal mm) const { return mm * m_dpi / 25.4; }
    QRectF approvalArea() const;
    qreal pitch() const { return m_pitch; }
    int lineCount(const QString &text, MeasuredFont &font, qreal width) const;
    void drawText(QPainter *painter, const QRectF &cell, const QString &text, MeasuredFont &font,
                  Qt::Alignment alignment, int firstLine, int lines) const;
    void layoutTable(int index);
    qreal headerHeight(int page) const;
    qreal footerHeight() const;
    void drawHeader(QPainter *painter, int page) const;
    void drawFooter(QPainter *painter, int page) const;
    void drawSlice(QPainter *painter, const Slice &slice, QList<QLineF> *gridLines) const;
    qreal rowHeight(int lines) const;

    PagedDocument m_document;
    const QPaintDevice *m_device = nullptr;
    qreal m_dpi = 72;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_pitch = 0;
    qreal m_padding = 0;
    mutable MeasuredFont m_body;
    mutable MeasuredFont m_bold;
    mutable MeasuredFont m_caption;
    QList<TableGeometry> m_tables;
    QList<QList<Slice>> m_pages;
};
