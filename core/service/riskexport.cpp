// Writing the risk register as CSV or XLSX, read from the register page by page.
#include "riskexport.h"
#include "risklabel.h"

#include "domain/riskcodes.h"
#include "io/csvwriter.h"
#include "io/ownerfile.h"
#include "io/xlsxsheetwriter.h"
#include "registry.h"
#include "riskservice.h"
#include "settingsservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskExport", text);
}

QString number(int value)
{
    return value > 0 ? QString::number(value) : QString();
}

QString openError(const QString &path, const QString &detail)
{
    return translated(QT_TRANSLATE_NOOP("RiskExport", "Cannot write %1: %2"))
        .arg(QDir::toNativeSeparators(path), detail);
}

} // namespace

QString RiskExport::title()
{
    return translated(QT_TRANSLATE_NOOP("RiskExport", "Risk Register"));
}

QStringList RiskExport::headings()
{
    return {translated(QT_TRANSLATE_NOOP("RiskExport", "Risk No.")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Asset No.")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Asset name")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Importance")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Threat")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Risk scenario")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Threat likelihood")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Vulnerability")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Likelihood of damage")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Risk value")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Risk level")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Treatment")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Treatment plan")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Residual risk")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Risk owner")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Approver")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Next review")),
            translated(QT_TRANSLATE_NOOP("RiskExport", "Status"))};
}

QString RiskExport::valueWithLevel(int value, const QString &level)
{
    if (value <= 0)
        return {};
    return translated(QT_TRANSLATE_NOOP("RiskExport", "%1 (%2)"))
        .arg(QString::number(value), RiskCodes::name(RiskCodes::List::Level, level));
}

QStringList RiskExport::fields(const Risk &risk)
{
    const QString threat =
        risk.threatName.isEmpty() ? risk.threatCode : QStringLiteral("%1 %2").arg(risk.threatCode, risk.threatName);
    QString plan = risk.treatmentPlan;
    if (!risk.transferTo.isEmpty())
        plan = plan.isEmpty() ? risk.transferTo : QStringLiteral("%1\n%2").arg(plan, risk.transferTo);
    return {risk.riskNo,
            risk.assetNo,
            risk.assetId > 0 ? risk.assetName : translated(QT_TRANSLATE_NOOP("RiskExport", "Organisation-wide")),
            number(risk.importance),
            threat,
            risk.scenario,
            number(risk.likelihood),
            number(risk.vulnerability),
            number(risk.damageLikelihood),
            number(risk.riskValue),
            risk.riskLevel.isEmpty() ? QString() : RiskCodes::name(RiskCodes::List::Level, risk.riskLevel),
            risk.treatment.isEmpty() ? QString() : RiskCodes::name(RiskCodes::List::Treatment, risk.treatment),
            plan,
            risk.hasResidual() ? valueWithLevel(risk.residualValue, risk.residualLevel) : QString(),
            risk.owner,
            risk.acceptedBy,
            risk.nextReview.isValid() ? risk.nextReview.toString(Qt::ISODate) : QString(),
            RiskCodes::name(RiskCodes::List::Status, risk.status)};
}

bool RiskExport::formatOfPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        *format = Format::Csv;
    else if (suffix == QLatin1String("xlsx"))
        *format = Format::Xlsx;
    else
        return false;
    return true;
}

Result<qint64> RiskExport::write(const Registry &registry, const QString &path, const Options &options)
{
    // Read first, in pages: nothing is written when the register cannot be read.
    QList<QStringList> rows;
    RiskLabel documentLabel(registry);
    const qint64 page = 2000;
    for (qint64 offset = 0;; offset += page) {
        const Result<QList<Risk>> risks = registry.risks().list(options.filter, offset, page);
        if (!risks)
            return Result<qint64>::failure(risks.error);
        for (const Risk &risk : *risks) {
            rows.append(fields(risk));
            documentLabel.include(risk);
        }
        if (risks->size() < page)
            break;
    }

    if (options.format == Format::Xlsx) {
        XlsxSheet sheet;
        sheet.sheetName = title();
        sheet.title = title();
        sheet.organisation = registry.settings().organisation();
        // The highest handling label among the entries' assets, unless the user named a banner.
        sheet.banner =
            options.banner.isEmpty() ? registry.settings().handlingLabel(documentLabel.level()) : options.banner;
        sheet.details << registry.risks().criteria().summary();
        sheet.details << translated(QT_TRANSLATE_NOOP("RiskExport", "Exported: %1"))
                             .arg(QLocale().toString(registry.clock().nowUtc().toLocalTime(), QLocale::ShortFormat));
        const QStringList names = headings();
        static const struct
        {
            double width;
            XlsxColumn::Kind kind;
        } kinds[] = {{11, XlsxColumn::Kind::Text},    {12, XlsxColumn::Kind::Text},    {24, XlsxColumn::Kind::Wrapped},
                     {8, XlsxColumn::Kind::Number},   {28, XlsxColumn::Kind::Wrapped}, {36, XlsxColumn::Kind::Wrapped},
                     {8, XlsxColumn::Kind::Number},   {8, XlsxColumn::Kind::Number},   {8, XlsxColumn::Kind::Number},
                     {8, XlsxColumn::Kind::Number},   {8, XlsxColumn::Kind::Text},     {10, XlsxColumn::Kind::Text},
                     {36, XlsxColumn::Kind::Wrapped}, {10, XlsxColumn::Kind::Text},    {14, XlsxColumn::Kind::Text},
                     {14, XlsxColumn::Kind::Text},    {11, XlsxColumn::Kind::Date},    {10, XlsxColumn::Kind::Text}};
        for (int column = 0; column < names.size(); ++column)
            sheet.columns << XlsxColumn{names.at(column), kinds[column].width, kinds[column].kind};
        sheet.rows = rows;
        QString error;
        if (!XlsxSheetWriter::write(path, sheet, &error))
            return Result<qint64>::failure(error);
        return Result<qint64>::success(rows.size());
    }

    QString text = CsvWriter::record(headings());
    for (const QStringList &row : std::as_const(rows))
        text += CsvWriter::record(row);
    QByteArray data;
    QList<char32_t> missing;
    if (!TextEncoding::encode(text, options.encoding, &data, &missing)) {
        QStringList characters;
        for (char32_t character : std::as_const(missing))
            characters << TextEncoding::describeCharacter(character);
        return Result<qint64>::failure(
            translated(QT_TRANSLATE_NOOP("RiskExport", "%1 cannot hold %2. Export as UTF-8 instead; nothing was "
                                                       "written."))
                .arg(TextEncoding::displayName(options.encoding), characters.join(QStringLiteral(", "))));
    }
    QSaveFile file(path);
    if (!OwnerFile::open(file))
        return Result<qint64>::failure(openError(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        return Result<qint64>::failure(openError(path, file.errorString()));
    return Result<qint64>::success(rows.size());
}
