// Pagination and painting of paged tables.
#include "pagedtablerenderer.h"

#include "io/ownerfile.h"
#include "printfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("PagedTableRenderer", text);
}

const QColor kBannerColor(0xA0, 0x10, 0x10);
const QColor kHeadingFill(0xE4, 0xE4, 0xE4);
const QColor kGroupFill(0xF1, 0xF1, 0xF1);
const QColor kGridColor(0x40, 0x40, 0x40);

// Rows sampled when sizing the columns: enough to see the long values, few enough to stay fast.
constexpr int kSampleRows = 3000;

QString cellText(const PagedRow &row, int column)
{
    return column < row.cells.size() ? row.cells.at(column) : QString();
}

bool isSpanning(const PagedRow &row)
{
    return row.kind != PagedRow::Kind::Cells;
}

// QTextLayout breaks lines at QChar::LineSeparator; files and users write '\n' (and Windows "\r\n").
QString layoutText(const QString &text)
{
    QString result = text;
    result.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    result.replace(QLatin1Char('\r'), QChar::LineSeparator);
    return result;
}

bool isSingleLine(const QString &text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')) &&
           !text.contains(QChar::LineSeparator);
}

} // namespace

PagedTableRenderer::PagedTableRenderer(PagedDocument document)
    : m_document(std::move(document))
{
    if (m_document.pageNumberFormat.isEmpty())
        m_document.pageNumberFormat = QStringLiteral("%1 / %2");
}

void PagedTableRenderer::MeasuredFont::set(const QFont &newFont, const QPaintDevice *device)
{
    font = newFont;
    metrics.emplace(font, device);
    advances.clear();
}

qreal PagedTableRenderer::MeasuredFont::advance(const QString &text)
{
    const auto found = advances.constFind(text);
    if (found != advances.cend())
        return found.value();
    const qreal width = metrics->horizontalAdvance(text);
    advances.insert(text, width);
    return width;
}

qreal PagedTableRenderer::rowHeight(int lines) const
{
    return lines * m_pitch + 2 * m_padding;
}

int PagedTableRenderer::lineCount(const QString &text, MeasuredFont &font, qreal width) const
{
    if (text.isEmpty())
        return 1;
    if (isSingleLine(text) && font.advance(text) <= width)
        return 1;
    QTextLayout layout(layoutText(text), font.font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    int lines = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines);
}

void PagedTableRenderer::drawText(QPainter *painter, const QRectF &cell, const QString &text, MeasuredFont &font,
                                  Qt::Alignment alignment, int firstLine, int lines) const
{
    if (text.isEmpty() || lines <= 0)
        return;
    const QRectF inner = cell.adjusted(m_padding, m_padding, -m_padding, -m_padding);
    const QFontMetricsF &metrics = *font.metrics;
    // Lines sit on a fixed pitch, with the glyph box (ascent + descent) centred in each line.
    const qreal baselineOffset = (m_pitch - (metrics.ascent() + metrics.descent())) / 2 + metrics.ascent();
    if (painter->font() != font.font)
        painter->setFont(font.font);
    if (firstLine == 0 && isSingleLine(text)) {
        const qreal advance = font.advance(text);
        if (advance <= inner.width()) {
            qreal x = inner.left();
            if (alignment & Qt::AlignRight)
                x = inner.right() - advance;
            else if (alignment & Qt::AlignHCenter)
                x = inner.left() + (inner.width() - advance) / 2;
            painter->drawText(QPointF(x, inner.top() + baselineOffset), text);
            return;
        }
    }
    QTextLayout layout(layoutText(text), font.font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment & Qt::AlignHorizontal_Mask);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(inner.width());
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    const int last = std::min(layout.lineCount(), firstLine + lines);
    for (int index = firstLine; index < last; ++index) {
        const QTextLine line = layout.lineAt(index);
        const qreal baseline = inner.top() + (index - firstLine) * m_pitch + baselineOffset;
        line.draw(painter, QPointF(inner.left(), baseline - line.ascent()));
    }
}

void PagedTableRenderer::layoutTable(int index)
{
    const PagedTable &table = m_document.tables.at(index);
    TableGeometry &geometry = m_tables[index];
    const int columns = int(table.columns.size());
    const qreal available = m_width;
    const qreal em = points(m_document.fontSize);

    // Natural width of a column: its widest value on one line (from a sample of the rows) or the widest word of its
    // heading, which may wrap between words.
    // Also the widest word of Latin text (English names, codes): a column is not made so narrow that such words
    // break between letters. Japanese breaks between any two characters and sets no such minimum.
    QList<qreal> natural(columns, 0);
    QList<qreal> longestWord(columns, 0);
    const int rowCount = int(table.rows.size());
    const int step = std::max(1, rowCount / kSampleRows);
    static const QRegularExpression lineBreaks(QStringLiteral("[\\r\\n\\x{2028}]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    auto isLatinWord = [](const QString &word) {
        return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x2E80; });
    };
    for (int column = 0; column < columns; ++column) {
        qreal width = 0;
        qreal word = 0;
        if (table.showHeadings) {
            const QStringList words = table.columns.at(column).heading.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &each : words) {
                width = std::max(width, m_bold.advance(each));
                if (isLatinWord(each))
                    word = std::max(word, m_bold.advance(each));
            }
        }
        for (int row = 0; row < rowCount; row += step) {
            const PagedRow &entry = table.rows.at(row);
            if (isSpanning(entry))
                continue;
            const QString text = cellText(entry, column);
            if (text.isEmpty())
                continue;
            const QStringList parts = text.split(lineBreaks);
            for (const QString &part : parts)
                width = std::max(width, std::min(m_body.advance(part), 40 * em));
            if (text.contains(QLatin1Char(' '))) {
                const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
                for (const QString &each : words) {
                    if (isLatinWord(each))
                        word = std::max(word, std::min(m_body.advance(each), 8 * em));
                }
            } else if (isLatinWord(text)) {
                word = std::max(word, std::min(m_body.advance(text), 8 * em));
            }
        }
        natural[column] = width + 2 * m_padding + 1;
        longestWord[column] = word + 2 * m_padding + 1;
    }
    auto weightOf = [&table](int column) { return std::max(0.01, table.columns.at(column).weight); };

    // Shares out space among some columns by weight; a column that needs less than its share keeps its natural
    // width and the rest is shared again, so long text gets what short values leave.
    QList<qreal> widths(columns, 0);
    auto share = [&](const QList<int> &indexes, qreal space) {
        QList<bool> fixed(columns, false);
        bool changed = true;
        while (changed) {
            changed = false;
            qreal rest = space;
            qreal weight = 0;
            for (int column : indexes) {
                if (fixed[column])
                    rest -= widths[column];
                else
                    weight += weightOf(column);
            }
            for (int column : indexes) {
                if (fixed[column])
                    continue;
                const qreal part = rest * weightOf(column) / std::max(weight, 0.01);
                if (natural[column] <= part) {
                    widths[column] = natural[column];
                    fixed[column] = true;
                    changed = true;
                } else {
                    widths[column] = std::max(part, std::min(natural[column], std::max(2.5 * em, longestWord[column])));
                }
            }
        }
    };

    qreal totalNatural = 0;
    qreal shortTotal = 0;
    qreal tinyTotal = 0;
    QList<int> squeezable;
    QList<int> all;
    QList<int> longColumns;
    for (int column = 0; column < columns; ++column) {
        totalNatural += natural[column];
        all << column;
        // Codes, numbers, dates and short names print on one line whenever the page allows it.
        if (natural[column] <= 10 * em + 2 * m_padding)
            shortTotal += natural[column];
        else
            longColumns << column;
        if (natural[column] <= 6 * em + 2 * m_padding)
            tinyTotal += natural[column];
        else
            squeezable << column;
    }
    if (totalNatural <= available) {
        // Everything fits: the spare width goes to the columns by weight.
        qreal totalWeight = 0;
        for (int column : std::as_const(all))
            totalWeight += weightOf(column);
        for (int column = 0; column < columns; ++column)
            widths[column] = natural[column] + (available - totalNatural) * weightOf(column) / totalWeight;
    } else if (!longColumns.isEmpty() && shortTotal <= available * 0.8) {
        for (int column = 0; column < columns; ++column)
            widths[column] = natural[column];
        share(longColumns, available - shortTotal);
    } else if (!squeezable.isEmpty() && tinyTotal <= available * 0.8) {
        // Narrow paper: numbers, dates and levels still keep one line; everything else wraps.
        for (int column = 0; column < columns; ++column)
            widths[column] = natural[column];
        share(squeezable, available - tinyTotal);
    } else {
        share(all, available);
    }
    // Minimum widths may have pushed the table past the page; narrow the wrapping columns (all of them if need be)
    // so that it fits.
    qreal total = 0;
    for (qreal width : std::as_const(widths))
        total += width;
    if (total > available) {
        const bool keepTiny = tinyTotal < available * 0.9 && total - tinyTotal > 0;
        const qreal factor = keepTiny ? (available - tinyTotal) / (total - tinyTotal) : available / total;
        for (int column = 0; column < columns; ++column) {
            if (!keepTiny || squeezable.contains(column))
                widths[column] *= factor;
        }
    }
    geometry.left = QList<qreal>(columns, 0);
    geometry.width = widths;
    qreal x = 0;
    for (int column = 0; column < columns; ++column) {
        geometry.left[column] = x;
        x += widths[column];
    }

    int headingLines = 1;
    if (table.showHeadings) {
        for (int column = 0; column < columns; ++column)
            headingLines = std::max(
                headingLines, lineCount(table.columns.at(column).heading, m_bold, widths[column] - 2 * m_padding));
    }
    geometry.headingHeight = table.showHeadings ? rowHeight(headingLines) : 0;

    geometry.rowLines.resize(rowCount);
    for (int row = 0; row < rowCount; ++row) {
        const PagedRow &entry = table.rows.at(row);
        int lines = 1;
        if (isSpanning(entry)) {
            lines = lineCount(cellText(entry, 0), entry.kind == PagedRow::Kind::Group ? m_bold : m_body,
                              available - 2 * m_padding);
        } else {
            for (int column = 0; column < columns; ++column) {
                MeasuredFont &font = column < table.labelColumns ? m_bold : m_body;
                lines = std::max(lines, lineCount(cellText(entry, column), font, widths[column] - 2 * m_padding));
            }
        }
        geometry.rowLines[row] = lines;
    }
}

qreal PagedTableRenderer::headerHeight(int page) const
{
    const qreal size = m_document.fontSize;
    if (page > 0) // running header: organisation and title on one line, the banner at the right
        return points(size * 1.6) + points(size * 0.8);
    const PagedHeader &header = m_document.header;
    qreal height = points(size * 1.6);   // organisation and banner
    height += points(size * 2.2 * 1.45); // title
    const int lines = int(std::max(header.details.size(), header.facts.size()));
    height += lines * points(size * 1.45) + points(size * 1.0);
    if (!header.approvals.isEmpty())
        height = std::max(height, approvalArea().bottom() + points(size * 1.0));
    return height;
}

QRectF PagedTableRenderer::approvalArea() const
{
    const qreal size = m_document.fontSize;
    const int boxes = int(m_document.header.approvals.size());
    const qreal width = boxes * millimetres(16);
    const qreal height = points(size * 1.6) + millimetres(14);
    return QRectF(m_width - width, points(size * 1.6) + points(size * 0.5), width, height);
}

qreal PagedTableRenderer::footerHeight() const
{
    return points(m_document.fontSize * 2.2);
}

QRectF PagedTableRenderer::bodyRect(int page) const
{
    const qreal top = headerHeight(page);
    return QRectF(0, top, m_width, m_height - top - footerHeight());
}

QList<qreal> PagedTableRenderer::columnWidths(int table) const
{
    return table < m_tables.size() ? m_tables.at(table).width : QList<qreal>();
}

qreal PagedTableRenderer::rowHeight(int table, int row) const
{
    return rowHeight(m_tables.at(table).rowLines.at(row));
}

qreal PagedTableRenderer::headingHeight(int table) const
{
    return m_tables.at(table).headingHeight;
}

int PagedTableRenderer::paginate(const QPaintDevice *device)
{
    m_device = device;
    m_dpi = device->logicalDpiY();
    m_width = device->width();
    m_height = device->height();
    m_body.set(PrintFonts::font(m_document.fontSize), device);
    m_bold.set(PrintFonts::font(m_document.fontSize, QFont::Bold), device);
    m_caption.set(PrintFonts::font(m_document.fontSize * 1.15, QFont::Bold), device);
    const QFontMetricsF &metrics = *m_body.metrics;
    // A compact pitch: Noto Sans CJK's own line height (1.45 em) wastes a third of a dense table.
    m_pitch = std::max(points(m_document.fontSize * 1.3), metrics.ascent() + metrics.descent() * 0.5);
    m_padding = points(m_document.fontSize * 0.3);

    m_tables = QList<TableGeometry>(m_document.tables.size());
    for (int index = 0; index < m_document.tables.size(); ++index)
        layoutTable(index);

    m_pages.clear();
    m_pages.append(QList<Slice>());
    int page = 0;
    qreal y = bodyRect(0).top();
    auto bottom = [this, &page] { return bodyRect(page).bottom(); };
    auto makeSlice = [](Slice::Part part, int table, int row, int firstLine, int lineCount, int totalLines) {
        Slice slice;
        slice.part = part;
        slice.table = table;
        slice.row = row;
        slice.firstLine = firstLine;
        slice.lineCount = lineCount;
        slice.totalLines = totalLines;
        return slice;
    };
    auto newPage = [&] {
        m_pages.append(QList<Slice>());
        ++page;
        y = bodyRect(page).top();
    };
    const qreal captionHeight = points(m_document.fontSize * 2.0);
    const qreal gap = points(m_document.fontSize * 1.2);

    for (int index = 0; index < m_document.tables.size(); ++index) {
        const PagedTable &table = m_document.tables.at(index);
        const TableGeometry &geometry = m_tables.at(index);
        auto place = [&](Slice slice, qreal height) {
            slice.table = index;
            slice.rect = QRectF(0, y, m_width, height);
            m_pages[page].append(slice);
            y += height;
        };
        auto placeHeadings = [&] {
            if (table.showHeadings)
                place(makeSlice(Slice::Part::Headings, index, -1, 0, 0, 0), geometry.headingHeight);
        };
        if (index > 0 && !m_pages[page].isEmpty())
            y += gap;
        // The caption and headings stay with the first row.
        const qreal firstRow = table.rows.isEmpty() ? rowHeight(1) : rowHeight(std::min(geometry.rowLines.value(0), 3));
        const qreal opening = (table.caption.isEmpty() ? 0 : captionHeight) + geometry.headingHeight + firstRow;
        if (y + opening > bottom() && !m_pages[page].isEmpty())
            newPage();
        if (!table.caption.isEmpty())
            place(makeSlice(Slice::Part::Caption, index, -1, 0, 0, 0), captionHeight);
        placeHeadings();
        if (table.rows.isEmpty()) {
            place(makeSlice(Slice::Part::Empty, index, -1, 0, 1, 1), rowHeight(1));
            continue;
        }
        for (int row = 0; row < table.rows.size(); ++row) {
            const int lines = geometry.rowLines.at(row);
            qreal needed = rowHeight(lines);
            // A group heading keeps the first row of its group on the same page.
            if (table.rows.at(row).kind == PagedRow::Kind::Group && row + 1 < table.rows.size())
                needed += rowHeight(std::min(geometry.rowLines.at(row + 1), 3));
            const bool atTop = y <= bodyRect(page).top() + geometry.headingHeight + 0.01;
            if (!atTop && y + needed > bottom() + 0.01) {
                const qreal pageCapacity = bodyRect(page + 1).height() - geometry.headingHeight;
                if (rowHeight(lines) <= pageCapacity || y + rowHeight(3) > bottom()) {
                    newPage();
                    placeHeadings();
                }
            }
            // Rows taller than a whole page are split between lines.
            int done = 0;
            while (done < lines) {
                const int fit = int(std::floor((bottom() - y - 2 * m_padding + 0.01) / m_pitch));
                const int take = std::min(lines - done, std::max(fit, 1));
                place(makeSlice(Slice::Part::Row, index, row, done, take, lines), rowHeight(take));
                done += take;
                if (done < lines) {
                    newPage();
                    placeHeadings();
                }
            }
        }
    }
    return pageCount();
}

void PagedTableRenderer::drawHeader(QPainter *painter, int page) const
{
    const PagedHeader &header = m_document.header;
    const qreal size = m_document.fontSize;
    QFont normal = PrintFonts::font(page == 0 ? size * 1.15 : size);
    QFont bannerFont = PrintFonts::font(page == 0 ? size * 1.4 : size * 1.1, QFont::Bold);
    const qreal topLine = points(size * 1.6);

    // Organisation at the top left; on later pages followed by the title.
    painter->setPen(Qt::black);
    painter->setFont(normal);
    QString left = header.organisation;
    if (page > 0 && !header.title.isEmpty())
        left = left.isEmpty() ? header.title : left + QStringLiteral("　") + header.title;
    const qreal bannerSpace = m_width * 0.25;
    painter->drawText(QRectF(0, 0, m_width - bannerSpace, topLine), Qt::AlignLeft | Qt::AlignVCenter, left);

    // The handling banner, boxed at the top right like a stamp.
    if (!header.banner.isEmpty()) {
        const QFontMetricsF metrics(bannerFont, m_device);
        const qreal padding = points(size * 0.5);
        const qreal width = metrics.horizontalAdvance(header.banner) + 2 * padding;
        const QRectF box(m_width - width, 0, width, topLine);
        painter->setFont(bannerFont);
        painter->setPen(QPen(kBannerColor, points(page == 0 ? 1.2 : 0.8)));
        painter->drawRect(box);
        painter->drawText(box, Qt::AlignCenter, header.banner);
        painter->setPen(Qt::black);
    }
    if (page > 0) {
        painter->setPen(QPen(kGridColor, points(0.5)));
        const qreal y = topLine + points(size * 0.4);
        painter->drawLine(QPointF(0, y), QPointF(m_width, y));
        return;
    }

    // The title, centred.
    const qreal titleHeight = points(size * 2.2 * 1.45);
    QFont title = PrintFonts::font(size * 2.2, QFont::Bold);
    title.setLetterSpacing(QFont::PercentageSpacing, 108);
    painter->setFont(title);
    painter->drawText(QRectF(0, topLine, m_width, titleHeight), Qt::AlignCenter, header.title);

    // Details on the left (filter, sort, grouping), facts on the right (printed at, count).
    const QFont small = PrintFonts::font(size);
    painter->setFont(small);
    const qreal line = points(size * 1.45);
    qreal y = topLine + titleHeight;
    for (const QString &detail : header.details) {
        painter->drawText(QRectF(0, y, m_width * 0.7, line), Qt::AlignLeft | Qt::AlignVCenter, detail);
        y += line;
    }
    // Facts end left of the approval boxes when there are any.
    const qreal factsRight = header.approvals.isEmpty() ? m_width : approvalArea().left() - points(size);
    y = topLine + titleHeight;
    for (const QString &fact : header.facts) {
        painter->drawText(QRectF(factsRight - m_width * 0.5, y, m_width * 0.5, line), Qt::AlignRight | Qt::AlignVCenter,
                          fact);
        y += line;
    }

    // Approval boxes: the role in a narrow row on top, the square for the seal below.
    if (!header.approvals.isEmpty()) {
        const QRectF area = approvalArea();
        const qreal boxWidth = area.width() / header.approvals.size();
        const qreal labelHeight = points(size * 1.6);
        painter->setPen(QPen(kGridColor, points(0.6)));
        painter->drawRect(area);
        painter->drawLine(QPointF(area.left(), area.top() + labelHeight),
                          QPointF(area.right(), area.top() + labelHeight));
        for (int index = 0; index < header.approvals.size(); ++index) {
            const qreal x = area.left() + index * boxWidth;
            if (index > 0)
                painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            painter->setPen(Qt::black);
            painter->drawText(QRectF(x, area.top(), boxWidth, labelHeight), Qt::AlignCenter,
                              header.approvals.at(index));
            painter->setPen(QPen(kGridColor, points(0.6)));
        }
        painter->setPen(Qt::black);
    }
}

void PagedTableRenderer::drawFooter(QPainter *painter, int page) const
{
    const qreal size = m_document.fontSize;
    const qreal height = footerHeight();
    const QRectF area(0, m_height - height, m_width, height);
    painter->setPen(QPen(kGridColor, points(0.5)));
    painter->drawLine(QPointF(0, area.top() + points(size * 0.5)), QPointF(m_width, area.top() + points(size * 0.5)));
    painter->setPen(Qt::black);
    painter->setFont(PrintFonts::font(size * 0.95));
    const QRectF text = area.adjusted(0, points(size * 0.6), 0, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_document.footer);
    painter->drawText(text, Qt::AlignHCenter | Qt::AlignVCenter,
                      m_document.pageNumberFormat.arg(page + 1).arg(pageCount()));
    if (!m_document.header.banner.isEmpty()) {
        painter->setPen(kBannerColor);
        painter->setFont(PrintFonts::font(size * 0.95, QFont::Bold));
        painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, m_document.header.banner);
        painter->setPen(Qt::black);
    }
}

void PagedTableRenderer::drawSlice(QPainter *painter, const Slice &slice, QList<QLineF> *gridLines) const
{
    const PagedTable &table = m_document.tables.at(slice.table);
    const TableGeometry &geometry = m_tables.at(slice.table);
    const int columns = int(table.columns.size());
    const QRectF &rect = slice.rect;
    // Grid lines are collected and drawn once per page with one pen: fewer state changes, a smaller PDF, less to
    // compress.
    auto box = [&] {
        if (!table.grid)
            return;
        gridLines->append({rect.topLeft(), rect.topRight()});
        gridLines->append({rect.bottomLeft(), rect.bottomRight()});
        gridLines->append({rect.topLeft(), rect.bottomLeft()});
        gridLines->append({rect.topRight(), rect.bottomRight()});
    };
    auto cells = [&] {
        if (!table.grid)
            return;
        gridLines->append({rect.topLeft(), rect.topRight()});
        gridLines->append({rect.bottomLeft(), rect.bottomRight()});
        for (int column = 0; column < columns; ++column)
            gridLines->append(
                {QPointF(geometry.left[column], rect.top()), QPointF(geometry.left[column], rect.bottom())});
        gridLines->append({rect.topRight(), rect.bottomRight()});
    };

    switch (slice.part) {
    case Slice::Part::Caption:
        drawText(painter, rect.adjusted(-m_padding, 0, 0, 0), table.caption, m_caption, Qt::AlignLeft, 0, 1);
        return;
    case Slice::Part::Empty:
        drawText(painter, rect, table.emptyText, m_body, Qt::AlignHCenter, 0, 1);
        box();
        return;
    case Slice::Part::Headings:
        painter->fillRect(rect, kHeadingFill);
        for (int column = 0; column < columns; ++column) {
            const QRectF cell(geometry.left[column], rect.top(), geometry.width[column], rect.height());
            const QString &heading = table.columns.at(column).heading;
            const int lines = lineCount(heading, m_bold, cell.width() - 2 * m_padding);
            // Headings are centred both ways in the heading row.
            const qreal offset = (rect.height() - rowHeight(lines)) / 2;
            drawText(painter, cell.translated(0, offset), heading, m_bold, Qt::AlignHCenter, 0, lines);
        }
        cells();
        return;
    case Slice::Part::Row: {
        const PagedRow &row = table.rows.at(slice.row);
        if (isSpanning(row)) {
            if (row.kind == PagedRow::Kind::Group)
                painter->fillRect(rect, kGroupFill);
            drawText(painter, rect, cellText(row, 0), row.kind == PagedRow::Kind::Group ? m_bold : m_body,
                     Qt::AlignLeft, slice.firstLine, slice.lineCount);
            box();
            return;
        }
        for (int column = 0; column < std::min(columns, table.labelColumns); ++column)
            painter->fillRect(QRectF(geometry.left[column], rect.top(), geometry.width[column], rect.height()),
                              kHeadingFill);
        for (int column = 0; column < columns; ++column) {
            const QRectF cell(geometry.left[column], rect.top(), geometry.width[column], rect.height());
            drawText(painter, cell, cellText(row, column), column < table.labelColumns ? m_bold : m_body,
                     table.columns.at(column).alignment, slice.firstLine, slice.lineCount);
        }
        cells();
        return;
    }
    }
}

bool PagedTableRenderer::render(QPagedPaintDevice *device, QString *error, const Progress &progress)
{
    paginate(device);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = translated(QT_TRANSLATE_NOOP("PagedTableRenderer",
                                                  "Could not start printing. Check the printer or the file name and "
                                                  "try again."));
        return false;
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            if (error)
                *error = translated(QT_TRANSLATE_NOOP("PagedTableRenderer",
                                                      "Could not start page %1 of %2. Check the printer or the disk "
                                                      "and try again."))
                             .arg(page + 1)
                             .arg(pages);
            painter.end();
            return false;
        }
        drawHeader(&painter, page);
        QList<QLineF> gridLines;
        painter.setPen(Qt::black);
        for (const Slice &slice : m_pages.at(page))
            drawSlice(&painter, slice, &gridLines);
        painter.setPen(QPen(kGridColor, points(0.4)));
        painter.drawLines(gridLines);
        drawFooter(&painter, page);
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            if (error)
                *error = translated(QT_TRANSLATE_NOOP("PagedTableRenderer", "Printing was cancelled."));
            return false;
        }
    }
    if (!painter.end()) {
        if (error)
            *error = translated(QT_TRANSLATE_NOOP("PagedTableRenderer",
                                                  "Could not finish printing. Check the printer or the disk and try "
                                                  "again."));
        return false;
    }
    return true;
}

bool PagedTableRenderer::writePdf(const PagedDocument &document, const QString &fileName, QString *error,
                                  const Progress &progress)
{
    QSaveFile file(fileName);
    if (!OwnerFile::open(file)) {
        if (error)
            *error = translated(QT_TRANSLATE_NOOP("PagedTableRenderer", "Cannot write the PDF file %1: %2. Choose "
                                                                        "another folder or file name."))
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(document.pageLayout);
        writer.setTitle(document.header.title);
        writer.setCreator(QCoreApplication::applicationName());
        PagedTableRenderer renderer(document);
        if (!renderer.render(&writer, error, progress)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = translated(QT_TRANSLATE_NOOP("PagedTableRenderer", "Cannot write the PDF file %1: %2. Check the "
                                                                        "free disk space and try again."))
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}
