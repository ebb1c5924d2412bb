// A table read from a file (CSV or one sheet of a workbook): rows of cell texts, each with the row number the user
// sees in Excel, so that every message can point at the row to fix.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct SheetData
{
    QList<QStringList> rows;
    QList<int> rowNumbers; // 1-based, one per row
    QString description;   // what was read: the encoding of a CSV file, the sheet of a workbook

    void append(QStringList cells, int rowNumber)
    {
        rows.append(std::move(cells));
        rowNumbers.append(rowNumber);
    }
};
