// XLSX through libxlsxwriter, in constant-memory mode (rows are written in order and flushed), to a temporary file
// that is then saved to its place through QSaveFile.
#include "xlsxsheetwriter.h"

#include "formulaguard.h"
#include "ownerfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("XlsxSheetWriter", text);
}

// Excel refuses sheet names longer than 31 characters or holding []:*?/\ .
QString sheetName(const QString &wanted)
{
    QString name = wanted;
    for (const QChar c : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                          QLatin1Char('/'), QLatin1Char('\\')})
        name.replace(c, QLatin1Char('_'));
    name = name.left(31).trimmed();
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *organisation = nullptr;
    lxw_format *banner = nullptr;
    lxw_format *detail = nullptr;
    lxw_format *heading = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrapped = nullptr;
    lxw_format *number = nullptr;
    lxw_format *date = nullptr;
};

Formats makeFormats(lxw_workbook *workbook)
{
    Formats f;
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
    f.organisation = workbook_add_format(workbook);
    format_set_font_size(f.organisation, 11);
    f.banner = workbook_add_format(workbook);
    format_set_bold(f.banner);
    format_set_font_size(f.banner, 12);
    format_set_font_color(f.banner, 0xA01010);
    format_set_border(f.banner, LXW_BORDER_MEDIUM);
    format_set_border_color(f.banner, 0xA01010);
    format_set_align(f.banner, LXW_ALIGN_CENTER);
    format_set_align(f.banner, LXW_ALIGN_VERTICAL_CENTER);
    f.detail = workbook_add_format(workbook);
    format_set_font_size(f.detail, 9);
    f.heading = workbook_add_format(workbook);
    format_set_bold(f.heading);
    format_set_bg_color(f.heading, 0xE4E4E4);
    format_set_border(f.heading, LXW_BORDER_THIN);
    format_set_text_wrap(f.heading);
    format_set_align(f.heading, LXW_ALIGN_CENTER);
    format_set_align(f.heading, LXW_ALIGN_VERTICAL_CENTER);
    f.text = workbook_add_format(workbook);
    format_set_border(f.text, LXW_BORDER_THIN);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrapped = workbook_add_format(workbook);
    format_set_border(f.wrapped, LXW_BORDER_THIN);
    format_set_text_wrap(f.wrapped);
    format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
    f.number = workbook_add_format(workbook);
    format_set_border(f.number, LXW_BORDER_THIN);
    format_set_align(f.number, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(f.number, "#,##0");
    f.date = workbook_add_format(workbook);
    format_set_border(f.date, LXW_BORDER_THIN);
    format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(f.date, LXW_ALIGN_LEFT);
    format_set_num_format(f.date, "yyyy/mm/dd");
    return f;
}

} // namespace

int XlsxSheetWriter::headerRow(const XlsxSheet &sheet)
{
    // Title, organisation and banner, the details, then an empty row.
    return 2 + int(sheet.details.size()) + 1;
}

bool XlsxSheetWriter::fits(const XlsxSheet &sheet, QString *error)
{
    if (sheet.columns.size() > kMaxColumns) {
        *error = translated(QT_TRANSLATE_NOOP("XlsxSheetWriter",
                                              "The table has %1 columns; an Excel sheet holds at most %2. Choose "
                                              "fewer columns, or export to CSV or JSON."))
                     .arg(QLocale().toString(sheet.columns.size()), QLocale().toString(kMaxColumns));
        return false;
    }
    // Rows are counted as Excel numbers them, from 1, with the title block and the header row above the data.
    const qint64 firstDataRow = qint64(headerRow(sheet)) + 2;
    const qint64 lastRow = firstDataRow + sheet.rows.size() - 1;
    if (lastRow > kMaxRows) {
        *error =
            translated(QT_TRANSLATE_NOOP("XlsxSheetWriter",
                                         "The table has %1 rows; below the title block they would reach row %2, "
                                         "past Excel's last row %3. Export fewer rows (filter the ledger), or "
                                         "export to CSV or JSON, which have no such limit."))
                .arg(QLocale().toString(sheet.rows.size()), QLocale().toString(lastRow), QLocale().toString(kMaxRows));
        return false;
    }
    for (qsizetype index = 0; index < sheet.rows.size(); ++index) {
        const QStringList &values = sheet.rows.at(index);
        const qsizetype columns = std::min(values.size(), sheet.columns.size());
        for (qsizetype column = 0; column < columns; ++column) {
            // Excel counts a cell's characters in UTF-16 code units, as QString does.
            if (values.at(column).size() <= kMaxCellCharacters)
                continue;
            *error = translated(QT_TRANSLATE_NOOP("XlsxSheetWriter",
                                                  "Row %1, column %2 (%3) holds %4 characters; an Excel cell holds "
                                                  "at most %5. Shorten the text, or export to CSV or JSON, which "
                                                  "have no such limit."))
                         .arg(QLocale().toString(firstDataRow + index), columnName(int(column)),
                              sheet.columns.at(column).heading, QLocale().toString(values.at(column).size()),
                              QLocale().toString(kMaxCellCharacters));
            return false;
        }
    }
    return true;
}

QString XlsxSheetWriter::columnName(int column)
{
    QString name;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        name.prepend(QChar(u'A' + (rest - 1) % 26));
    return name;
}

bool XlsxSheetWriter::write(const QString &path, const XlsxSheet &sheet, QString *error)
{
    auto fail = [&](const QString &detail) {
        *error = translated(QT_TRANSLATE_NOOP("XlsxSheetWriter", "Cannot write the Excel file %1: %2"))
                     .arg(QDir::toNativeSeparators(path), detail);
        return false;
    };
    // Refused before anything is written: nothing is ever dropped or cut to fit.
    QString limit;
    if (!fits(sheet, &limit))
        return fail(limit);
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return fail(temporary.errorString());
    const QByteArray temporaryFile = QFile::encodeName(temporary.filePath(QStringLiteral("book.xlsx")));
    QByteArray temporaryDir = QFile::encodeName(temporary.path());

    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = temporaryDir.data();
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(temporaryFile.constData(), &options);
    if (!workbook)
        return fail(translated(QT_TRANSLATE_NOOP("XlsxSheetWriter", "the workbook could not be created")));
    // Every call's result is kept: the first failure is reported, the workbook is still closed (which frees it) and
    // the temporary file is left to the temporary folder, so that no partial file reaches `path`.
    lxw_error first = LXW_NO_ERROR;
    QString where;
    auto check = [&](lxw_error result, const QString &place) {
        if (result != LXW_NO_ERROR && first == LXW_NO_ERROR) {
            first = result;
            where = place;
        }
        return result == LXW_NO_ERROR;
    };
    auto cell = [](lxw_row_t row, lxw_col_t column) {
        return translated(QT_TRANSLATE_NOOP("XlsxSheetWriter", "cell %1%2"))
            .arg(XlsxSheetWriter::columnName(int(column)))
            .arg(qint64(row) + 1);
    };
    const QByteArray name = sheetName(sheet.sheetName).toUtf8();
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, name.constData());
    if (!worksheet) {
        workbook_close(workbook);
        return fail(translated(QT_TRANSLATE_NOOP("XlsxSheetWriter", "the sheet could not be added")));
    }
    const Formats f = makeFormats(workbook);
    for (lxw_format *format :
         {f.title, f.organisation, f.banner, f.detail, f.heading, f.text, f.wrapped, f.number, f.date}) {
        if (!format) {
            workbook_close(workbook);
            return fail(translated(QT_TRANSLATE_NOOP("XlsxSheetWriter", "the cell formats could not be created")));
        }
    }
    const lxw_col_t columns = lxw_col_t(std::max<qsizetype>(1, sheet.columns.size()));
    const lxw_col_t last = columns - 1;
    const lxw_col_t defined = lxw_col_t(sheet.columns.size()); // within Excel's 16,384 columns, checked above
    const QString layout = translated(QT_TRANSLATE_NOOP("XlsxSheetWriter", "page layout"));

    for (lxw_col_t column = 0; column < defined; ++column) {
        const XlsxColumn &definition = sheet.columns.at(column);
        check(worksheet_set_column(worksheet, column, column, definition.width, nullptr), layout);
    }
    const lxw_row_t header = lxw_row_t(headerRow(sheet));
    worksheet_freeze_panes(worksheet, header + 1, 0);
    worksheet_set_landscape(worksheet);
    worksheet_set_paper(worksheet, 9); // A4
    worksheet_fit_to_pages(worksheet, 1, 0);
    check(worksheet_repeat_rows(worksheet, header, header), layout);
    // Excel's page header and footer codes: &R right section, &C centre, &P page, &N pages; && is a literal &.
    if (!sheet.banner.isEmpty()) {
        const QByteArray pageHeader =
            (QStringLiteral("&R") + QString(sheet.banner).replace(QLatin1Char('&'), QLatin1String("&&"))).toUtf8();
        check(worksheet_set_header(worksheet, pageHeader.constData()), layout);
    }
    check(worksheet_set_footer(worksheet, "&C&P / &N"), layout);

    // Row 0: the title across the table; row 1: the organisation at the left, the banner at the right.
    const QByteArray title = sheet.title.toUtf8();
    check(worksheet_set_row(worksheet, 0, 24, nullptr), layout);
    if (last > 0)
        check(worksheet_merge_range(worksheet, 0, 0, 0, last, title.constData(), f.title), cell(0, 0));
    else
        check(worksheet_write_string(worksheet, 0, 0, title.constData(), f.title), cell(0, 0));
    const QByteArray organisation = sheet.organisation.toUtf8();
    check(worksheet_write_string(worksheet, 1, 0, organisation.constData(), f.organisation), cell(1, 0));
    if (!sheet.banner.isEmpty()) {
        const QByteArray banner = sheet.banner.toUtf8();
        check(worksheet_write_string(worksheet, 1, last, banner.constData(), f.banner), cell(1, last));
    }
    lxw_row_t row = 2;
    for (const QString &detail : sheet.details) {
        const QByteArray text = detail.toUtf8();
        check(worksheet_write_string(worksheet, row, 0, text.constData(), f.detail), cell(row, 0));
        ++row;
    }

    for (lxw_col_t column = 0; column < defined; ++column) {
        const QByteArray heading = sheet.columns.at(column).heading.toUtf8();
        check(worksheet_write_string(worksheet, header, column, heading.constData(), f.heading), cell(header, column));
    }
    row = header + 1;
    for (const QStringList &values : sheet.rows) {
        if (first != LXW_NO_ERROR)
            break;
        for (lxw_col_t column = 0; column < defined; ++column) {
            const QString value = column < values.size() ? values.at(column) : QString();
            const XlsxColumn::Kind kind = sheet.columns.at(column).kind;
            if (value.isEmpty()) {
                check(worksheet_write_blank(worksheet, row, column,
                                            kind == XlsxColumn::Kind::Wrapped ? f.wrapped : f.text),
                      cell(row, column));
                continue;
            }
            if (kind == XlsxColumn::Kind::Number) {
                bool ok = false;
                const qint64 number = value.toLongLong(&ok);
                if (ok && std::abs(number) < (qint64(1) << 53)) {
                    check(worksheet_write_number(worksheet, row, column, double(number), f.number), cell(row, column));
                    continue;
                }
            } else if (kind == XlsxColumn::Kind::Date) {
                const QDate date = QDate::fromString(value, Qt::ISODate);
                if (date.isValid()) {
                    lxw_datetime datetime = {date.year(), uint8_t(date.month()), uint8_t(date.day()), 0, 0, 0};
                    check(worksheet_write_datetime(worksheet, row, column, &datetime, f.date), cell(row, column));
                    continue;
                }
            }
            const QByteArray text = FormulaGuard::guarded(value).toUtf8();
            check(worksheet_write_string(worksheet, row, column, text.constData(),
                                         kind == XlsxColumn::Kind::Wrapped ? f.wrapped : f.text),
                  cell(row, column));
        }
        ++row;
    }
    if (!sheet.columns.isEmpty())
        check(worksheet_autofilter(worksheet, header, 0, std::max(header, row - 1), last), layout);

    const lxw_error closed = workbook_close(workbook);
    if (first != LXW_NO_ERROR)
        return fail(QStringLiteral("%1: %2").arg(where, QString::fromUtf8(lxw_strerror(first))));
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));

    QFile written(QFile::decodeName(temporaryFile));
    if (!written.open(QIODevice::ReadOnly))
        return fail(written.errorString());
    const QByteArray content = written.readAll();
    if (content.size() != written.size())
        return fail(written.errorString());
    QSaveFile file(path);
    if (!OwnerFile::open(file))
        return fail(file.errorString());
    if (file.write(content) != content.size() || !file.commit())
        return fail(file.errorString());
    return true;
}
