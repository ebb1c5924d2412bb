// CSV quoting.
#include "csvwriter.h"

#include "formulaguard.h"

QString CsvWriter::quoted(const QString &text, QChar delimiter)
{
    QString value = FormulaGuard::guarded(text);
    const bool needsQuotes = value.contains(delimiter) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString result = value;
    result.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + result + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList &values, QChar delimiter)
{
    QString line;
    for (qsizetype index = 0; index < values.size(); ++index) {
        if (index > 0)
            line += delimiter;
        line += quoted(values.at(index), delimiter);
    }
    line += QLatin1String("\r\n");
    return line;
}
