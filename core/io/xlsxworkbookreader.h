// Reads the sheets of an Excel workbook (XLSX) as tables of cell texts: shared and inline strings (without the
// phonetic guides Japanese Excel stores), numbers, booleans, cached results of formulas, and dates turned into ISO
// text by their number format (including Japanese era formats). Merged cells are read as what they are in the file:
// the value in the top-left cell and empty cells beside it; a row ends at its last value. The ZIP container is read
// with libzip (CRCs checked), the XML with QXmlStreamReader; what a file may cost is bounded (InputLimits).
#pragma once

#include "sheetdata.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class XlsxWorkbookReader final
{
public:
    XlsxWorkbookReader() = default;
    ~XlsxWorkbookReader();
    XlsxWorkbookReader(const XlsxWorkbookReader &) = delete;
    XlsxWorkbookReader &operator=(const XlsxWorkbookReader &) = delete;

    // Opens a workbook and reads its list of sheets, shared strings and styles.
    bool open(const QString &path, QString *error);
    QStringList sheetNames() const;
    // The first sheet that is not hidden.
    int firstVisibleSheet() const;
    // Reads one sheet (index into sheetNames()).
    bool readSheet(int index, SheetData *sheet, QString *error);

    // True when the file starts like a ZIP archive (an XLSX workbook) rather than text.
    static bool looksLikeWorkbook(const QString &path);

private:
    struct Sheet
    {
        QString name;
        QString part;
        bool hidden = false;
    };

    // Reads a whole part, checking its CRC and the limits of InputLimits.
    bool readPart(const QString &name, QByteArray *data, QString *error);
    QString failure(const QString &detail) const;

    void *m_zip = nullptr;
    QString m_path;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // per cell style (cellXfs index): does its number format show a date?
    bool m_date1904 = false;
    qint64 m_bytesRead = 0; // uncompressed bytes of every part read so far
};
