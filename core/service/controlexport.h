// Files of the controls: the gap report and the statement of applicability as CSV (UTF-8 with BOM by default for
// Excel, or Shift_JIS/CP932, which refuses characters it cannot hold). Headings and labels are in the UI language;
// the file is replaced only when everything was written.
#pragma once

#include "domain/controlgap.h"
#include "io/textencoding.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

class GapReportService;

class ControlExport final
{
public:
    static QStringList gapHeadings();
    static QStringList gapFields(const ControlGap &gap);
    // Writes every gap the filter selects; returns how many.
    static Result<qint64> writeGaps(const GapReportService &service, const GapFilter &filter, const QString &path,
                                    TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8Bom,
                                    const std::function<void(qint64 done)> &progress = {});

    static QStringList applicabilityHeadings();
    // Writes the statement of applicability of one catalogue; returns the number of controls.
    static Result<int> writeApplicability(const GapReportService &service, qint64 catalogId, const QString &path,
                                          TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8Bom);
    static QString applicabilityName(const QString &code);
};
