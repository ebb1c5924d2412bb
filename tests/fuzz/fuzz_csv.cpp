// Fuzz target: a CSV file as the importer reads it, encoding detection (UTF-8, UTF-16, CP932) and parsing.
#include "fuzzsupport.h"
#include "io/csvreader.h"
#include "io/formulaguard.h"
#include "io/textencoding.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString text;
    QString encoding;
    QString error;
    if (!TextEncoding::decode(bytes, &text, &encoding, &error))
        return 0;
    SheetData sheet;
    if (CsvReader::parse(text, &sheet, &error)) {
        for (const QStringList &row : std::as_const(sheet.rows)) {
            for (const QString &cell : row) {
                // The guard of exports must undo exactly what it does.
                if (FormulaGuard::unguarded(FormulaGuard::guarded(cell)) != cell)
                    __builtin_trap();
            }
        }
    }
    return 0;
}
