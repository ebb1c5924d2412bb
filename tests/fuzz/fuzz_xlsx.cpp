// Fuzz target: an Excel workbook as the importer reads it (ZIP container, relationships, shared strings, styles and
// every sheet).
#include "fuzzsupport.h"
#include "io/xlsxworkbookreader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::writeInput(data, size, QStringLiteral("input.xlsx"));
    if (path.isEmpty())
        return 0;
    XlsxWorkbookReader reader;
    QString error;
    if (!reader.open(path, &error))
        return 0;
    reader.firstVisibleSheet();
    const int sheets = int(reader.sheetNames().size());
    for (int index = 0; index < sheets && index < 4; ++index) {
        SheetData sheet;
        reader.readSheet(index, &sheet, &error);
    }
    return 0;
}
