// The CSV parser: one pass over the text, no regular expressions.
#include "csvreader.h"

#include "inputlimits.h"
#include "textencoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

} // namespace

QChar CsvReader::detectDelimiter(const QString &text)
{
    int commas = 0;
    int tabs = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char('\t'))
            ++tabs;
        else if (c == QLatin1Char(';'))
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

bool CsvReader::parse(const QString &text, SheetData *sheet, QString *error, QChar delimiter)
{
    if (delimiter.isNull())
        delimiter = detectDelimiter(text);
    const QChar quote = QLatin1Char('"');
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    qsizetype at = 0;
    int record = 0;
    QStringList cells;
    QString cell;
    // One record per loop; a record ends at a line end outside quotes or at the end of the text.
    while (at < size) {
        ++record;
        cells.clear();
        const int startLine = record;
        bool endOfRecord = false;
        while (!endOfRecord) {
            cell.clear();
            if (at < size && data[at] == quote) {
                // Quoted value: "" is a quote; everything else, line breaks included, is the value.
                ++at;
                bool closed = false;
                while (at < size) {
                    const QChar c = data[at];
                    if (c == quote) {
                        if (at + 1 < size && data[at + 1] == quote) {
                            cell.append(quote);
                            at += 2;
                            continue;
                        }
                        ++at;
                        closed = true;
                        break;
                    }
                    cell.append(c);
                    ++at;
                }
                if (!closed) {
                    *error = translated(QT_TRANSLATE_NOOP("CsvReader",
                                                          "Row %1: a value starts with a quote (\") that is never "
                                                          "closed. Add the closing quote, or double the quotes "
                                                          "inside the value (\"\")."))
                                 .arg(startLine);
                    return false;
                }
                // Excel keeps text that follows the closing quote ("abc"def reads as abcdef).
                while (at < size && data[at] != delimiter && data[at] != QLatin1Char('\n') &&
                       data[at] != QLatin1Char('\r'))
                    cell.append(data[at++]);
            } else {
                const qsizetype start = at;
                while (at < size && data[at] != delimiter && data[at] != QLatin1Char('\n') &&
                       data[at] != QLatin1Char('\r'))
                    ++at;
                cell = text.mid(start, at - start);
            }
            cells.append(cell);
            if (at >= size) {
                endOfRecord = true;
            } else if (data[at] == delimiter) {
                ++at;
                if (at >= size) {
                    cells.append(QString());
                    endOfRecord = true;
                }
            } else {
                // CRLF, LF or CR.
                if (data[at] == QLatin1Char('\r') && at + 1 < size && data[at + 1] == QLatin1Char('\n'))
                    ++at;
                ++at;
                endOfRecord = true;
            }
        }
        sheet->append(cells, startLine);
    }
    return true;
}

bool CsvReader::readFile(const QString &path, SheetData *sheet, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = translated(QT_TRANSLATE_NOOP("CsvReader", "Cannot read %1: %2"))
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > InputLimits::kMaxCsvBytes) {
        *error = translated(QT_TRANSLATE_NOOP("CsvReader", "Cannot read %1: it is larger than %2 MB, more than this "
                                                           "application imports from one file. Split it into smaller "
                                                           "files."))
                     .arg(QDir::toNativeSeparators(path))
                     .arg(InputLimits::kMaxCsvBytes / (1024 * 1024));
        return false;
    }
    const QByteArray data = file.readAll();
    QString text;
    QString encoding;
    QString problem;
    if (!TextEncoding::decode(data, &text, &encoding, &problem)) {
        *error = translated(QT_TRANSLATE_NOOP("CsvReader", "Cannot read %1: %2"))
                     .arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    sheet->description = encoding;
    return parse(text, sheet, error);
}
