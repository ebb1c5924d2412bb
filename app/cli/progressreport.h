// Progress of long jobs on stderr (DESIGN.md §11): "Importing: 40,000 / 100,000", at most every tenth of the work
// and at the end, so that a log stays short and a terminal shows the job moving.
#pragma once

#include <QLocale>
#include <QString>
#include <QTextStream>

class ProgressReport final
{
public:
    ProgressReport(QTextStream &err, QString label)
        : m_err(err)
        , m_label(std::move(label))
    {
    }

    void update(int done, int total)
    {
        if (total <= 0)
            return;
        const int tenth = int(qint64(done) * 10 / total);
        if (tenth == m_lastTenth && done != total)
            return;
        if (done == total && m_finished)
            return;
        m_lastTenth = tenth;
        m_finished = done == total;
        const QLocale locale;
        m_err << m_label << QStringLiteral(": ") << locale.toString(done) << QStringLiteral(" / ")
              << locale.toString(total) << QLatin1Char('\n');
        m_err.flush();
    }

private:
    QTextStream &m_err;
    QString m_label;
    int m_lastTenth = -1;
    bool m_finished = false;
};
