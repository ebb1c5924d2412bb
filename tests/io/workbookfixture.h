// Builds XLSX files part by part for the tests, the way Excel writes them (shared strings with phonetic guides, a
// merged title, date number formats, hidden sheets), so that reading can be tested without Excel.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QString>

#include <zip.h>

namespace WorkbookFixture {

inline bool writeZip(const QString &path, const QMap<QString, QByteArray> &parts)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip)
        return false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // libzip reads the buffer when the archive is closed, so it gets its own copy.
        const QByteArray &data = it.value();
        void *copy = malloc(size_t(data.size()));
        memcpy(copy, data.constData(), size_t(data.size()));
        zip_source_t *source = zip_source_buffer(zip, copy, zip_uint64_t(data.size()), 1);
        if (!source || zip_file_add(zip, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0;
}

// A workbook with a hidden first sheet and a ledger sheet "台帳" whose header row is row 4, under a merged title.
// sheetRows is the <sheetData> content of the ledger sheet.
inline bool writeLedgerWorkbook(const QString &path, const QByteArray &sheetRows, const QByteArray &sharedStrings)
{
    QMap<QString, QByteArray> parts;
    parts.insert(
        QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                 "<workbookPr defaultThemeVersion=\"166925\"/><sheets>"
                 "<sheet name=\"説明\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
                 "<sheet name=\"台帳\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                 "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
                 "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                 "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships/styles\" Target=\"styles.xml\"/></Relationships>");
    // Styles: 0 General, 1 built-in date (14), 2 Japanese era date (custom 176), 3 #,##0 (3).
    parts.insert(QStringLiteral("xl/styles.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                 "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"[$-411]ggge&quot;年&quot;m&quot;月"
                 "&quot;d&quot;日&quot;\"/></numFmts>"
                 "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                 "<xf numFmtId=\"176\" applyNumberFormat=\"1\"/><xf numFmtId=\"3\" applyNumberFormat=\"1\"/>"
                 "</cellXfs></styleSheet>");
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                 "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>この台帳の使い方</t></is></c></row>"
                 "</sheetData></worksheet>");
    parts.insert(QStringLiteral("xl/worksheets/sheet2.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
                     sheetRows +
                     "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:G1\"/></mergeCells>"
                     "</worksheet>");
    parts.insert(QStringLiteral("xl/sharedStrings.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                     sharedStrings + "</sst>");
    return writeZip(path, parts);
}

} // namespace WorkbookFixture
