// Resident memory of this process, as the budgets of DESIGN.md §12 count it (VmRSS).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

inline qint64 residentMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}
