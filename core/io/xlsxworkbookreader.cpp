// XLSX reading: workbook.xml for the sheets, its relationships for their parts, sharedStrings.xml, styles.xml for the
// number formats that make a number a date, then the sheet itself row by row.
#include "xlsxworkbookreader.h"

#include "inputlimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("XlsxWorkbookReader", text);
}

zip_t *archive(void *zip)
{
    return static_cast<zip_t *>(zip);
}

// Resolves a relationship target against the folder of the part that refers to it ("xl/").
QString resolve(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(base + target);
}

// Reads <Relationship Id Target Type> elements: id → (target, type).
QHash<QString, QPair<QString, QString>> relationships(const QByteArray &xml)
{
    QHash<QString, QPair<QString, QString>> result;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("Relationship")) {
            const QXmlStreamAttributes attributes = reader.attributes();
            result.insert(attributes.value(QLatin1String("Id")).toString(),
                          {attributes.value(QLatin1String("Target")).toString(),
                           attributes.value(QLatin1String("Type")).toString()});
        }
    }
    return result;
}

// Excel writes characters XML cannot hold (carriage return, other controls) as _xHHHH_, and a literal "_x" as
// _x005F_x.
QString unescaped(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype index = 0; index < text.size(); ++index) {
        if (text.at(index) == QLatin1Char('_') && index + 6 < text.size() && text.at(index + 1) == QLatin1Char('x') &&
            text.at(index + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = text.mid(index + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result.append(QChar(code));
                index += 6;
                continue;
            }
        }
        result.append(text.at(index));
    }
    return result;
}

// The text of a <si> or <is> element: its <t>, or the <t> of its rich-text runs; phonetic guides (<rPh>) are not text.
QString stringItem(QXmlStreamReader &reader)
{
    QString text;
    const QString end = reader.name().toString();
    int phonetic = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (reader.name() == QLatin1String("t") && phonetic == 0)
                text += unescaped(reader.readElementText());
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("rPh"))
                --phonetic;
            else if (reader.name() == end)
                break;
        }
    }
    return text;
}

// Built-in number formats that show dates, including those of Japanese Excel (27–36, 50–58: 令和6年4月1日 …).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom format shows a date when, outside quoted text and [..] sections, it uses y, d, m, g (era) or e.
bool isDateFormatCode(const QString &code)
{
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return false;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype index = 0; index < code.size(); ++index) {
        const QChar c = code.at(index);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++index;
        } else if (c == QLatin1Char('[')) {
            bracket = true;
        } else if (c == QLatin1Char(']')) {
            bracket = false;
        } else if (!bracket) {
            const QChar lower = c.toLower();
            if (lower == QLatin1Char('y') || lower == QLatin1Char('d') || lower == QLatin1Char('m') ||
                lower == QLatin1Char('g') || lower == QLatin1Char('e'))
                return true;
            if (c == QLatin1Char('0') || c == QLatin1Char('#'))
                return false;
        }
    }
    return false;
}

// Column index (0-based) of a cell reference such as "AB12"; -1 when it names no column of a sheet (no letters, or
// beyond XFD, the last column Excel has).
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        int letter = 0;
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            letter = c.unicode() - 'A' + 1;
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            letter = c.unicode() - 'a' + 1;
        else
            break;
        column = column * 26 + letter;
        if (column > InputLimits::kMaxSheetColumns)
            return -1;
    }
    return column - 1;
}

QString numberText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (std::floor(number) == number && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

} // namespace

XlsxWorkbookReader::~XlsxWorkbookReader()
{
    if (m_zip)
        zip_discard(archive(m_zip));
}

bool XlsxWorkbookReader::looksLikeWorkbook(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

QString XlsxWorkbookReader::failure(const QString &detail) const
{
    return translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader", "Cannot read the Excel file %1: %2"))
        .arg(QDir::toNativeSeparators(m_path), detail);
}

bool XlsxWorkbookReader::readPart(const QString &name, QByteArray *data, QString *error)
{
    const QByteArray entry = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive(m_zip), entry.constData(), 0, &stat) != 0) {
        *error = failure(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader", "the part %1 is missing. Save the file "
                                                                            "again in Excel as \"Excel Workbook "
                                                                            "(*.xlsx)\"."))
                             .arg(name));
        return false;
    }
    const auto tooLarge = [&] {
        *error = failure(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader",
                                                      "the part %1 is larger than %2 MB uncompressed, more than this "
                                                      "application reads from one workbook. Split the table into "
                                                      "smaller files."))
                             .arg(name)
                             .arg(InputLimits::kMaxPartBytes / (1024 * 1024)));
        return false;
    };
    // The size in the directory is only a claim: memory follows what is actually decompressed, in steps, up to the
    // limits.
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(InputLimits::kMaxPartBytes))
        return tooLarge();
    zip_file_t *file = zip_fopen(archive(m_zip), entry.constData(), 0);
    if (!file) {
        *error = failure(QString::fromUtf8(zip_strerror(archive(m_zip))));
        return false;
    }
    data->clear();
    constexpr qsizetype kStep = 1024 * 1024;
    if (stat.valid & ZIP_STAT_SIZE)
        data->reserve(qsizetype(std::min<zip_uint64_t>(stat.size, 64 * kStep)) + 1);
    bool ok = true;
    for (;;) {
        if (data->size() > InputLimits::kMaxPartBytes || m_bytesRead + data->size() > InputLimits::kMaxWorkbookBytes) {
            zip_fclose(file);
            return tooLarge();
        }
        const qsizetype before = data->size();
        data->resize(before + kStep);
        // Reading on to the end, not just the announced size, is what makes libzip compare the CRC.
        const zip_int64_t read = zip_fread(file, data->data() + before, zip_uint64_t(kStep));
        if (read < 0) {
            ok = false;
            data->resize(before);
            break;
        }
        data->resize(before + qsizetype(read));
        if (read == 0)
            break;
    }
    zip_fclose(file);
    if (!ok || ((stat.valid & ZIP_STAT_SIZE) && zip_uint64_t(data->size()) != stat.size)) {
        *error = failure(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader", "the part %1 is damaged (its data do not "
                                                                            "match its checksum or size). Save the "
                                                                            "file again in Excel, or use the original "
                                                                            "file."))
                             .arg(name));
        return false;
    }
    if (data->size() > InputLimits::kMaxPartBytes)
        return tooLarge();
    m_bytesRead += data->size();
    return true;
}

bool XlsxWorkbookReader::open(const QString &path, QString *error)
{
    m_path = path;
    int code = 0;
    const QByteArray file = QFile::encodeName(path);
    zip_t *zip = zip_open(file.constData(), ZIP_RDONLY, &code);
    if (!zip) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        *error = failure(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader", "it is not an Excel workbook (%1). Save "
                                                                            "it in Excel as \"Excel Workbook "
                                                                            "(*.xlsx)\"."))
                             .arg(QString::fromUtf8(zip_error_strerror(&zipError))));
        zip_error_fini(&zipError);
        return false;
    }
    m_zip = zip;

    // The workbook part, found through the package relationships.
    QByteArray data;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (readPart(QStringLiteral("_rels/.rels"), &data, error)) {
        const auto rels = relationships(data);
        for (const auto &target : rels) {
            if (target.second.endsWith(QLatin1String("/officeDocument")))
                workbookPart = resolve(QString(), target.first);
        }
    }
    const QString base = workbookPart.left(workbookPart.lastIndexOf(QLatin1Char('/')) + 1);
    const QString relsPart = base + QStringLiteral("_rels/") + workbookPart.mid(base.size()) + QStringLiteral(".rels");
    if (!readPart(relsPart, &data, error))
        return false;
    const auto rels = relationships(data);
    if (!readPart(workbookPart, &data, error))
        return false;
    {
        QXmlStreamReader reader(data);
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const QXmlStreamAttributes attributes = reader.attributes();
            if (reader.name() == QLatin1String("workbookPr")) {
                const auto date1904 = attributes.value(QLatin1String("date1904"));
                m_date1904 = date1904 == QLatin1String("1") || date1904 == QLatin1String("true");
            } else if (reader.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute &attribute : attributes) {
                    if (attribute.name() == QLatin1String("id"))
                        id = attribute.value().toString();
                }
                const auto target = rels.value(id);
                if (target.first.isEmpty() || !target.second.endsWith(QLatin1String("/worksheet")))
                    continue; // chart sheets and dialog sheets hold no table
                m_sheets.append({attributes.value(QLatin1String("name")).toString(), resolve(base, target.first),
                                 attributes.value(QLatin1String("state")) == QLatin1String("hidden") ||
                                     attributes.value(QLatin1String("state")) == QLatin1String("veryHidden")});
            }
        }
        if (reader.hasError()) {
            *error = failure(reader.errorString());
            return false;
        }
    }
    if (m_sheets.isEmpty()) {
        *error = failure(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader", "the workbook has no worksheet.")));
        return false;
    }

    for (const auto &target : rels) {
        if (target.second.endsWith(QLatin1String("/sharedStrings"))) {
            if (!readPart(resolve(base, target.first), &data, error))
                return false;
            QXmlStreamReader reader(data);
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
                    if (m_sharedStrings.size() >= InputLimits::kMaxSharedStrings) {
                        *error = failure(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader",
                                                                      "its table of shared texts holds more than %L1 "
                                                                      "entries. Split the table into smaller files."))
                                             .arg(InputLimits::kMaxSharedStrings));
                        return false;
                    }
                    m_sharedStrings.append(stringItem(reader));
                }
            }
            if (reader.hasError()) {
                *error = failure(reader.errorString());
                return false;
            }
        } else if (target.second.endsWith(QLatin1String("/styles"))) {
            if (!readPart(resolve(base, target.first), &data, error))
                return false;
            QHash<int, bool> customDates;
            QXmlStreamReader reader(data);
            bool inCellFormats = false;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isEndElement() && reader.name() == QLatin1String("cellXfs"))
                    inCellFormats = false;
                if (!reader.isStartElement())
                    continue;
                const QXmlStreamAttributes attributes = reader.attributes();
                if (reader.name() == QLatin1String("numFmt")) {
                    customDates.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                       isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()));
                } else if (reader.name() == QLatin1String("cellXfs")) {
                    inCellFormats = true;
                } else if (inCellFormats && reader.name() == QLatin1String("xf")) {
                    const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                    m_dateStyles.append(customDates.contains(id) ? customDates.value(id) : isBuiltInDateFormat(id));
                }
            }
        }
    }
    return true;
}

QStringList XlsxWorkbookReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names << sheet.name;
    return names;
}

int XlsxWorkbookReader::firstVisibleSheet() const
{
    for (int index = 0; index < m_sheets.size(); ++index) {
        if (!m_sheets.at(index).hidden)
            return index;
    }
    return 0;
}

bool XlsxWorkbookReader::readSheet(int index, SheetData *sheet, QString *error)
{
    if (index < 0 || index >= m_sheets.size()) {
        *error =
            failure(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader", "it has no sheet number %1.")).arg(index + 1));
        return false;
    }
    QByteArray data;
    if (!readPart(m_sheets.at(index).part, &data, error))
        return false;
    sheet->description = m_sheets.at(index).name;
    const QDate epoch = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);

    QXmlStreamReader reader(data);
    QStringList cells;
    int rowNumber = 0;
    int column = -1;
    QString type;
    int style = 0;
    QString value;
    QString reference;
    bool inRow = false;
    qint64 cellCount = 0;
    // A hostile or broken sheet stops with a message naming the cell; nothing of it is kept.
    const auto refuse = [&](const QString &problem) {
        *error = failure(problem);
        sheet->rows.clear();
        sheet->rowNumbers.clear();
        return false;
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("row")) {
                const QStringView r = reader.attributes().value(QLatin1String("r"));
                rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
                if (rowNumber < 1 || rowNumber > InputLimits::kMaxSheetRows ||
                    sheet->rows.size() >= InputLimits::kMaxSheetRows)
                    return refuse(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader",
                                                               "the sheet %1 has a row numbered '%2', which is not a "
                                                               "row of a sheet (1 to %L3)."))
                                      .arg(sheet->description, r.isEmpty() ? QString::number(rowNumber) : r.toString())
                                      .arg(InputLimits::kMaxSheetRows));
                cells.clear();
                column = -1;
                inRow = true;
            } else if (inRow && name == QLatin1String("c")) {
                const QXmlStreamAttributes attributes = reader.attributes();
                reference = attributes.value(QLatin1String("r")).toString();
                column = reference.isEmpty() ? column + 1 : columnOf(reference);
                if (column < 0 || column >= InputLimits::kMaxSheetColumns)
                    return refuse(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader",
                                                               "row %1 of the sheet %2 has a cell '%3' outside the "
                                                               "columns of a sheet (A to XFD)."))
                                      .arg(rowNumber)
                                      .arg(sheet->description, reference));
                type = attributes.value(QLatin1String("t")).toString();
                style = attributes.value(QLatin1String("s")).toInt();
                value.clear();
            } else if (inRow && name == QLatin1String("v")) {
                value = reader.readElementText();
            } else if (inRow && name == QLatin1String("is")) {
                value = stringItem(reader);
            }
        } else if (reader.isEndElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("c") && column >= 0) {
                QString text;
                if (type == QLatin1String("s")) {
                    text = m_sharedStrings.value(value.toInt());
                } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") ||
                           type == QLatin1String("e")) {
                    text = value;
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == QLatin1String("d")) {
                    text = value.left(10);
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    if (ok && style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style) && number >= 0 &&
                        number < 2958466) {
                        text = epoch.addDays(qint64(std::floor(number))).toString(Qt::ISODate);
                    } else {
                        text = numberText(value);
                    }
                }
                if (text.size() > InputLimits::kMaxCellCharacters)
                    return refuse(
                        translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader",
                                                     "the cell %1 of the sheet %2 holds more than %L3 "
                                                     "characters, more than Excel allows in a cell."))
                            .arg(reference.isEmpty() ? QString::number(rowNumber) : reference, sheet->description)
                            .arg(InputLimits::kMaxCellCharacters));
                // Empty cells (formatting only, often down to the last column) do not make a row longer: a row costs
                // memory up to its last value only.
                if (!text.isEmpty()) {
                    if (cells.size() <= column) {
                        cellCount += column + 1 - cells.size();
                        if (cellCount > InputLimits::kMaxSheetCells)
                            return refuse(translated(QT_TRANSLATE_NOOP("XlsxWorkbookReader",
                                                                       "the sheet %1 holds more than %L2 cells. Delete "
                                                                       "the rows and columns outside the table, or "
                                                                       "split it into smaller files."))
                                              .arg(sheet->description)
                                              .arg(InputLimits::kMaxSheetCells));
                        cells.resize(column + 1);
                    }
                    cells[column] = text;
                }
            } else if (name == QLatin1String("row")) {
                sheet->append(cells, rowNumber);
                inRow = false;
            }
        }
    }
    if (reader.hasError()) {
        *error = failure(reader.errorString());
        return false;
    }
    return true;
}
