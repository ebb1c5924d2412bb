// The certificate of sanitisation as a PagedDocument.
//
// Every text comes from the translation catalogue, like the window's: the certificate is put together while the
// translators of the language chosen for it are installed (PrintLanguage), so it reads the same terms as the dialogs
// whatever the UI language, and there is no second table of Japanese phrases to drift from the catalogue.
#include "certificate.h"
#include "service/settingsservice.h"

#include "pagedtablerenderer.h"
#include "printdates.h"
#include "printlanguage.h"

#include "domain/assetcodes.h"
#include "domain/classification.h"
#include "domain/disposalcodes.h"
#include "domain/disposalfield.h"
#include "domain/documentlabel.h"
#include "domain/sanitisationtechniques.h"
#include "service/disposalservice.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>

namespace {

using Codes = DisposalCodes::List;

// Puts the certificate together in the language of the translators installed while it runs.
class Writer final
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    explicit Writer(const CertificateData &data)
        : m_data(data)
    {
    }

    static QString label(const char *key)
    {
        const DisposalField *field = DisposalField::find(QString::fromLatin1(key));
        return field ? field->label() : QString::fromLatin1(key);
    }
    static QString code(Codes list, const QString &value) { return DisposalCodes::name(list, value); }
    static QString date(const QDate &value) { return PrintDates::date(value); }
    static QString time(const QDateTime &value)
    {
        if (!value.isValid())
            return {};
        return value.toLocalTime().toString(
            tr("yyyy-MM-dd HH:mm t", "date and time format of the certificate (QDateTime::toString)"));
    }
    static QString number(qint64 value) { return QLocale().toString(value); }

    QString levelLabel(Objective objective, int ordinal) const;
    QString handlingLabel(int confidentiality) const;
    QString classification(const DisposalItem &item) const;
    static QString display(const DisposalField &field, const QString &value)
    {
        if (field.kind == DisposalField::Kind::Date)
            return date(QDate::fromString(value, Qt::ISODate));
        return DisposalField::display(field, value);
    }

    PagedDocument build(const QDateTime &printedAt) const;

private:
    bool isAmended(qint64 itemId, const char *key) const
    {
        for (const DisposalAmendment &amendment : m_data.amendments) {
            if (amendment.itemId == itemId && amendment.field == QLatin1String(key))
                return true;
        }
        return false;
    }
    QString jobValue(const char *key, const QString &shown) const
    {
        return isAmended(0, key) ? tr("%1 (amended)").arg(shown) : shown;
    }
    QString itemValue(const DisposalItem &item, const char *key) const
    {
        const DisposalField *field = DisposalField::find(QString::fromLatin1(key));
        const QString shown = display(*field, DisposalField::value(item, QString::fromLatin1(key)));
        return isAmended(item.id, key) && !shown.isEmpty() ? tr("%1 (amended)").arg(shown) : shown;
    }

    const CertificateData &m_data;
};

QString Writer::levelLabel(Objective objective, int ordinal) const
{
    const std::optional<ClassificationScheme> scheme = ClassificationScheme::fromCode(m_data.schemeCode);
    return scheme ? scheme->levelLabel(objective, ordinal) : QString::number(ordinal);
}

QString Writer::handlingLabel(int confidentiality) const
{
    return m_data.handlingLabels.at(std::clamp(confidentiality, 1, 3) - 1);
}

QString Writer::classification(const DisposalItem &item) const
{
    QString text =
        tr("Confidentiality %1 (%2)")
            .arg(levelLabel(Objective::Confidentiality, item.confidentiality), handlingLabel(item.confidentiality)) +
        QLatin1Char('\n') + tr("Integrity %1").arg(levelLabel(Objective::Integrity, item.integrity)) +
        QLatin1Char('\n') + tr("Availability %1").arg(levelLabel(Objective::Availability, item.availability));
    // Personal information raises the minimum method (practice.md PI-5): the certificate says why.
    if (!item.personalInfo.isEmpty() && item.personalInfo != QLatin1String("none"))
        text += QLatin1Char('\n') + AssetCodes::personalInfoName(item.personalInfo);
    return text;
}

PagedDocument Writer::build(const QDateTime &printedAt) const
{
    const DisposalJob job = DisposalService::effective(m_data.job, m_data.amendments);
    QList<DisposalItem> items;
    int position = 0;
    for (int index = 0; index < job.items.size(); ++index) {
        if (m_data.itemId == 0 || job.items.at(index).id == m_data.itemId) {
            items.append(job.items.at(index));
            position = index + 1;
        }
    }
    QStringList belowMinimum;
    DocumentLabel documentLabel;
    for (const DisposalItem &item : std::as_const(items)) {
        documentLabel.include(item.confidentiality);
        if (item.isOverride(job.method))
            belowMinimum << QStringLiteral("%1 (%2)").arg(item.assetNo, code(Codes::Method, item.minimumMethod));
    }

    PagedDocument document;
    document.pageLayout = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 12, 14, 12),
                                      QPageLayout::Millimeter);
    document.fontSize = 8.0;
    document.header.organisation = m_data.organisation;
    document.header.title = tr("Certificate of Sanitisation");
    // The certificate names the assets, so it carries the handling label of the most confidential of them.
    document.header.banner = handlingLabel(documentLabel.level());
    const bool data = job.kind == QLatin1String("data");
    document.header.details << (data ? tr("The data listed below were deleted and verified as recorded in this "
                                          "certificate.")
                                     : tr("The media listed below were sanitised and verified as "
                                          "recorded in this certificate."));
    document.header.details << tr("Kind: %1").arg(code(Codes::Kind, job.kind));
    document.header.details
        << (m_data.itemId == 0 ? tr("Record No. %1").arg(job.jobNo)
                               : tr("Record No. %1, item %2 of %3").arg(job.jobNo).arg(position).arg(job.items.size()));
    if (!belowMinimum.isEmpty())
        document.header.details << tr("OVERRIDE: a method weaker than the minimum was used");
    document.header.facts << PrintDates::printed(printedAt);
    document.header.facts << (data ? tr("Data: %1").arg(items.size()) : tr("Media: %1").arg(items.size()));
    document.footer = tr("Disposal record %1").arg(job.jobNo);
    document.pageNumberFormat = tr("%1 / %2");

    // How: method, technique, tool, verification, destination, and whether the rule was overridden.
    PagedTable how;
    how.caption = tr("Sanitisation");
    how.columns = {{QString(), 1.0}, {QString(), 2.2}, {QString(), 1.0}, {QString(), 2.2}};
    how.showHeadings = false;
    how.labelColumns = 1;
    auto pair = [this](const char *key, const QString &value) { return QStringList{label(key), value}; };
    auto row = [](const QStringList &left, const QStringList &right) {
        return PagedRow{PagedRow::Kind::Cells, left + right};
    };
    QStringList mediaTypes;
    for (const DisposalItem &item : std::as_const(items)) {
        const QString name = code(Codes::MediaType, item.mediaType);
        if (!item.mediaType.isEmpty() && !mediaTypes.contains(name))
            mediaTypes << name;
    }
    how.rows << row(pair("kind", code(Codes::Kind, job.kind)),
                    pair("media_type", data ? tr("None (data in a system or service)") : mediaTypes.join(tr(", "))));
    how.rows << row(pair("method", jobValue("method", code(Codes::Method, job.method))),
                    pair("technique", jobValue("technique", code(Codes::Technique, job.technique))));
    how.rows << row(pair("tool", jobValue("tool", job.tool)),
                    pair("tool_version", jobValue("tool_version", job.toolVersion)));
    how.rows << row(pair("verification", jobValue("verification", code(Codes::Verification, job.verification))),
                    pair("destination", jobValue("destination", code(Codes::Destination, job.destination))));
    if (!job.notes.isEmpty())
        how.rows << PagedRow::note(label("notes") + QStringLiteral(": ") + jobValue("notes", job.notes));
    const QString caution = SanitisationTechniques::caution(job.technique);
    if (!caution.isEmpty())
        how.rows << PagedRow::note(tr("CAUTION: %1").arg(caution));
    how.rows << PagedRow::note(belowMinimum.isEmpty()
                                   ? (data ? tr("The method meets the minimum for every asset.")
                                           : tr("The method meets the minimum for every medium."))
                                   : tr("OVERRIDE: %1 is weaker than the minimum method for %2. "
                                        "Reason: %3")
                                         .arg(code(Codes::Method, job.method), belowMinimum.join(QStringLiteral(", ")),
                                              jobValue("override_reason", job.overrideReason)));
    document.tables << how;

    // Who: performer, validator, contractor, and who recorded it.
    PagedTable who;
    who.caption = tr("Performed and validated by");
    who.columns = how.columns;
    who.showHeadings = false;
    who.labelColumns = 1;
    auto person = [&](const DisposalPerson &p, const char *nameKey, const char *titleKey, const char *orgKey) {
        QStringList more;
        if (!p.title.isEmpty())
            more << jobValue(titleKey, p.title);
        if (!p.organisation.isEmpty())
            more << jobValue(orgKey, p.organisation);
        const QString name = jobValue(nameKey, p.name);
        return more.isEmpty() ? name : name + QLatin1Char('\n') + more.join(tr(", "));
    };
    who.rows << row(pair("performed_by_name", person(job.performedBy, "performed_by_name", "performed_by_title",
                                                     "performed_by_organisation")),
                    pair("performed_on", jobValue("performed_on", date(job.performedBy.date))));
    who.rows << row(pair("validated_by_name", person(job.validatedBy, "validated_by_name", "validated_by_title",
                                                     "validated_by_organisation")),
                    pair("validated_on", jobValue("validated_on", date(job.validatedBy.date))));
    who.rows << row(pair("contractor", jobValue("contractor", job.contractor)),
                    pair("certificate_no", jobValue("certificate_no", job.certificateNo)));
    who.rows << row(pair("recorded_by", job.recordedBy), {tr("Recorded"), time(job.recordedAt)});
    document.tables << who;

    // What: every medium with its serial number, classification before, backup, minimum method and result.
    PagedTable what;
    what.caption = data ? tr("Data deleted") : tr("Media");
    what.columns = {{tr("No."), 0.3, Qt::AlignRight},
                    {tr("Asset"), 1.6},
                    {tr("Medium (type, make, model)"), 1.2},
                    {tr("Serial No. / Property No."), 1.2},
                    {label("source"), 1.0},
                    {tr("Classification before"), 1.4},
                    {tr("Backup"), 0.9},
                    {label("minimum_method"), 0.9},
                    {tr("Result"), 0.8}};
    for (const DisposalItem &item : std::as_const(items)) {
        int index = 0;
        for (int candidate = 0; candidate < job.items.size(); ++candidate) {
            if (job.items.at(candidate).id == item.id)
                index = candidate + 1;
        }
        QStringList medium;
        for (const char *key : {"media_type", "media_description", "make", "model"}) {
            const QString value = itemValue(item, key);
            if (!value.isEmpty())
                medium << value;
        }
        QStringList serial;
        for (const char *key : {"serial_no", "property_no"}) {
            const QString value = itemValue(item, key);
            if (!value.isEmpty())
                serial << value;
        }
        QString backupText = itemValue(item, "backup");
        const QString location = itemValue(item, "backup_location");
        if (!location.isEmpty())
            backupText += QLatin1Char('\n') + location;
        QString minimum = code(Codes::Method, item.minimumMethod);
        if (item.isOverride(job.method))
            minimum = tr("%1 (override)").arg(minimum);
        what.rows << PagedRow{PagedRow::Kind::Cells,
                              {QString::number(index), item.assetNo + QLatin1Char('\n') + item.assetName,
                               medium.join(QLatin1Char('\n')), serial.join(QLatin1Char('\n')),
                               itemValue(item, "source"), classification(item), backupText, minimum,
                               code(Codes::Result, item.result)}};
    }
    document.tables << what;

    // Evidence, with the hash that lets anyone check the file they are shown is the one recorded.
    PagedTable evidence;
    evidence.caption = tr("Evidence files");
    // The hash gets the room to stay on one line, as sha256sum prints it.
    evidence.columns = {{tr("File"), 1.0}, {QStringLiteral("SHA-256"), 4.0}, {tr("Added"), 0.9}};
    evidence.emptyText = tr("None");
    for (const DisposalEvidence &file : m_data.evidence) {
        evidence.rows << PagedRow{PagedRow::Kind::Cells,
                                  {file.originalName + QLatin1Char('\n') + file.mimeType + QStringLiteral(", ") +
                                       tr("%1 bytes").arg(number(file.size)),
                                   file.sha256, tr("%1\n%2").arg(file.addedBy, time(file.addedAt))}};
    }
    document.tables << evidence;

    // Amendments: the original value and the correction, both kept.
    PagedTable corrections;
    corrections.caption = tr("Amendments");
    corrections.columns = {
        {tr("Amended"), 1.2}, {tr("Field"), 1.0}, {tr("Original"), 1.2}, {tr("Corrected"), 1.2}, {tr("Reason"), 1.6}};
    corrections.emptyText = tr("None");
    for (const DisposalAmendment &amendment : m_data.amendments) {
        QString fieldText = amendment.field;
        const DisposalField *field = DisposalField::find(amendment.field);
        if (field)
            fieldText = field->label();
        if (amendment.itemId != 0) {
            if (m_data.itemId != 0 && amendment.itemId != m_data.itemId)
                continue;
            for (const DisposalItem &item : job.items) {
                if (item.id == amendment.itemId)
                    fieldText = item.assetNo + QLatin1Char('\n') + fieldText;
            }
        }
        corrections.rows << PagedRow{PagedRow::Kind::Cells,
                                     {tr("%1\n%2").arg(amendment.amendedBy, time(amendment.amendedAt)), fieldText,
                                      field ? display(*field, amendment.oldValue) : amendment.oldValue,
                                      field ? display(*field, amendment.newValue) : amendment.newValue,
                                      amendment.reason}};
    }
    document.tables << corrections;

    // Signature lines: the blank cell is the space to sign in.
    PagedTable sign;
    sign.caption = tr("Signatures");
    sign.columns = {{tr("Role"), 0.8},
                    {tr("Name"), 1.2},
                    {tr("Title / Organisation"), 1.3},
                    {tr("Date"), 0.8},
                    {tr("Signature"), 2.0}};
    auto signRow = [&](const char *roleKey, const DisposalPerson &p) {
        QStringList titleOrg;
        if (!p.title.isEmpty())
            titleOrg << p.title;
        if (!p.organisation.isEmpty())
            titleOrg << p.organisation;
        return PagedRow{
            PagedRow::Kind::Cells,
            {label(roleKey), p.name, titleOrg.join(QLatin1Char('\n')), date(p.date), QStringLiteral("\n\n")}};
    };
    sign.rows << signRow("performed_by_name", job.performedBy) << signRow("validated_by_name", job.validatedBy);
    document.tables << sign;
    return document;
}

} // namespace

std::optional<CertificateData> CertificateData::collect(const Registry &registry, const DisposalService &service,
                                                        qint64 jobId, qint64 itemId, const QString &language,
                                                        QString *error)
{
    const std::optional<DisposalJob> job = service.job(jobId);
    if (!job) {
        *error = QCoreApplication::translate("Certificate", "Disposal record %1 does not exist in this registry.")
                     .arg(jobId);
        return std::nullopt;
    }
    if (itemId != 0) {
        bool found = false;
        for (const DisposalItem &item : job->items)
            found = found || item.id == itemId;
        if (!found) {
            *error = QCoreApplication::translate("Certificate", "The asset is not part of disposal record %1.")
                         .arg(job->jobNo);
            return std::nullopt;
        }
    }
    CertificateData data;
    data.language = language == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en");
    data.organisation = registry.settings().organisation();
    data.printedAt = registry.clock().nowUtc().toLocalTime();
    data.schemeCode = registry.scheme().code();
    {
        // The registry's own labels, or its defaults in the language of the certificate.
        const PrintLanguage printLanguage(data.language);
        for (int level = 1; level <= 3; ++level)
            data.handlingLabels.at(level - 1) = registry.settings().handlingLabel(level);
    }
    data.job = *job;
    data.amendments = service.amendments(jobId);
    data.evidence = service.evidence(jobId);
    data.itemId = itemId;
    return data;
}

PagedDocument SanitisationCertificate::document(const CertificateData &data, const QDateTime &printedAt)
{
    const PrintLanguage printLanguage(data.language);
    return Writer(data).build(printedAt.isValid() ? printedAt : data.printedAt);
}

bool SanitisationCertificate::writePdf(const CertificateData &data, const QString &fileName, QString *error,
                                       const std::function<bool(int page, int pages)> &progress)
{
    return PagedTableRenderer::writePdf(document(data), fileName, error, progress);
}

bool SanitisationCertificate::print(const CertificateData &data, QPagedPaintDevice *device, QString *error)
{
    const PagedDocument doc = document(data);
    device->setPageLayout(doc.pageLayout);
    PagedTableRenderer renderer(doc);
    return renderer.render(device, error);
}

QString SanitisationCertificate::suggestedFileName(const CertificateData &data)
{
    QString name = data.job.jobNo;
    if (data.itemId != 0) {
        for (const DisposalItem &item : data.job.items) {
            if (item.id == data.itemId)
                name += QLatin1Char('_') + item.assetNo;
        }
    }
    const PrintLanguage printLanguage(data.language);
    //: File name offered for a saved certificate; %1 is the record number (and the asset number).
    return QCoreApplication::translate("Certificate", "%1_certificate.pdf").arg(name);
}
