// Writing the gap report and the statement of applicability. The gap file is encoded and written in chunks, so that
// a registry with millions of gaps never holds the whole text in memory.
#include "controlexport.h"

#include "domain/assetfield.h"
#include "domain/controlcodes.h"
#include "gapreportservice.h"
#include "io/csvwriter.h"
#include "io/ownerfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ControlExport", text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Encodes and writes a chunk; on failure *error names the characters or the file problem.
bool writeChunk(QSaveFile &file, const QString &text, TextEncoding::Encoding encoding, bool first, QString *error)
{
    QByteArray data;
    QList<char32_t> missing;
    // The byte order mark goes once, at the start of the file.
    const TextEncoding::Encoding chunkEncoding =
        (!first && encoding == TextEncoding::Encoding::Utf8Bom) ? TextEncoding::Encoding::Utf8 : encoding;
    if (!TextEncoding::encode(text, chunkEncoding, &data, &missing)) {
        QStringList names;
        for (char32_t character : std::as_const(missing))
            names << TextEncoding::describeCharacter(character);
        *error = translated(QT_TRANSLATE_NOOP("ControlExport", "%1 cannot hold %2. Export as UTF-8 instead; nothing "
                                                               "was written."))
                     .arg(TextEncoding::displayName(encoding), names.join(QStringLiteral(", ")));
        return false;
    }
    if (file.write(data) != data.size()) {
        *error = translated(QT_TRANSLATE_NOOP("ControlExport", "Cannot write %1: %2"))
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

QString openError(const QSaveFile &file)
{
    return translated(QT_TRANSLATE_NOOP("ControlExport", "Cannot write %1: %2"))
        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

} // namespace

QStringList ControlExport::gapHeadings()
{
    return {AssetField::byId(AssetField::AssetNo).label(),
            AssetField::byId(AssetField::Name).label(),
            AssetField::byId(AssetField::Department).label(),
            AssetField::byId(AssetField::Owner).label(),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Control")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Control title")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Area")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Gap")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Implementation")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Responsible")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Due date"))};
}

QStringList ControlExport::gapFields(const ControlGap &gap)
{
    return {gap.assetNo,
            gap.assetName,
            gap.department,
            gap.owner,
            gap.controlCode,
            gap.controlTitle,
            ControlCodes::areaName(gap.area),
            ControlCodes::gapKindName(gap.kind),
            gap.implementation.isEmpty() ? QString() : ControlCodes::implementationName(gap.implementation),
            gap.responsible,
            dateText(gap.dueDate)};
}

Result<qint64> ControlExport::writeGaps(const GapReportService &service, const GapFilter &filter, const QString &path,
                                        TextEncoding::Encoding encoding, const std::function<void(qint64)> &progress)
{
    QSaveFile file(path);
    if (!OwnerFile::open(file))
        return Result<qint64>::failure(openError(file));
    QString chunk = CsvWriter::record(gapHeadings());
    bool first = true;
    QString error;
    qint64 rows = 0;
    const Result<qint64> visited = service.forEachGap(filter, [&](const ControlGap &gap) {
        chunk += CsvWriter::record(gapFields(gap));
        if (++rows % 5000 == 0) {
            if (!writeChunk(file, chunk, encoding, first, &error))
                return false;
            first = false;
            chunk.clear();
            if (progress)
                progress(rows);
        }
        return true;
    });
    if (!visited.ok())
        return Result<qint64>::failure(visited.error);
    if (!error.isEmpty() || !writeChunk(file, chunk, encoding, first, &error)) {
        file.cancelWriting();
        return Result<qint64>::failure(error);
    }
    if (!file.commit())
        return Result<qint64>::failure(openError(file));
    return Result<qint64>::success(rows);
}

QStringList ControlExport::applicabilityHeadings()
{
    return {translated(QT_TRANSLATE_NOOP("ControlExport", "Control")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Control title")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Area")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "ISO/IEC 27001:2022")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "NIST SP 800-53")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Applicability")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Reason for exclusion")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Implementation")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Assets requiring it")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Applicable")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Not applicable")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Implemented")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Partially implemented")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Not implemented")),
            translated(QT_TRANSLATE_NOOP("ControlExport", "Unknown"))};
}

QString ControlExport::applicabilityName(const QString &code)
{
    if (code == QLatin1String("applicable"))
        return ControlCodes::applicabilityName(true);
    if (code == QLatin1String("not_applicable"))
        return ControlCodes::applicabilityName(false);
    return translated(QT_TRANSLATE_NOOP("ControlExport", "Not assessed"));
}

Result<int> ControlExport::writeApplicability(const GapReportService &service, qint64 catalogId, const QString &path,
                                              TextEncoding::Encoding encoding)
{
    const Result<QList<ApplicabilityEntry>> entries = service.applicability(catalogId);
    if (!entries.ok())
        return Result<int>::failure(entries.error);
    QString text = CsvWriter::record(applicabilityHeadings());
    for (const ApplicabilityEntry &entry : *entries.value) {
        const QString applicability = entry.applicability();
        text += CsvWriter::record(
            {entry.control.code, entry.control.title(), ControlCodes::areaName(entry.control.area),
             entry.control.isoRefs.join(QStringLiteral(", ")), entry.control.nistRefs.join(QStringLiteral(", ")),
             applicabilityName(applicability), entry.reasons.join(QStringLiteral("; ")),
             applicability == QLatin1String("applicable") ? ControlCodes::implementationName(entry.implementation())
                                                          : QString(),
             QString::number(entry.requiredAssets), QString::number(entry.applicableAssets),
             QString::number(entry.notApplicableAssets), QString::number(entry.implemented),
             QString::number(entry.partial), QString::number(entry.notImplemented), QString::number(entry.unknown)});
    }
    QSaveFile file(path);
    if (!OwnerFile::open(file))
        return Result<int>::failure(openError(file));
    QString error;
    if (!writeChunk(file, text, encoding, true, &error)) {
        file.cancelWriting();
        return Result<int>::failure(error);
    }
    if (!file.commit())
        return Result<int>::failure(openError(file));
    return Result<int>::success(int(entries.value->size()));
}
