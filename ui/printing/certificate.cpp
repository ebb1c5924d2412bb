// The certificate of sanitisation as a PagedDocument.
//
// Its wording is kept here in both languages side by side, like the field labels of DisposalField: a certificate is
// printed in the language the user picks for it, which need not be the UI language, and an auditor may ask for the
// same record in both. The English text is also marked for the translator, which serves the UI-language case.
#include "certificate.h"
#include "service/settingsservice.h"

#include "pagedtablerenderer.h"

#include "domain/classification.h"
#include "domain/disposalcodes.h"
#include "domain/disposalfield.h"
#include "service/disposalservice.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>

namespace {

using Codes = DisposalCodes::List;

struct Phrase
{
    const char *english;
    const char *japanese;
};

// Every fixed text of the certificate, English (source) and Japanese.
namespace Text {
constexpr Phrase title{QT_TRANSLATE_NOOP("Certificate", "Certificate of Sanitisation"), "データ消去証明書"};
constexpr Phrase statement{QT_TRANSLATE_NOOP("Certificate", "The media listed below were sanitised and verified as "
                                                            "recorded in this certificate."),
                           "下記の媒体について、本証明書に記載のとおりデータの消去を実施し、その結果を検証しました。"};
constexpr Phrase recordNo{QT_TRANSLATE_NOOP("Certificate", "Record No. %1"), "記録番号 %1"};
constexpr Phrase itemOf{QT_TRANSLATE_NOOP("Certificate", "Record No. %1, item %2 of %3"),
                        "記録番号 %1（%3 件中 %2 件目）"};
constexpr Phrase printed{QT_TRANSLATE_NOOP("Certificate", "Printed %1"), "印刷日時 %1"};
constexpr Phrase mediaCount{QT_TRANSLATE_NOOP("Certificate", "Media: %1"), "対象媒体 %1 件"};
constexpr Phrase overrideFlag{QT_TRANSLATE_NOOP("Certificate", "OVERRIDE: a method weaker than the minimum was used"),
                              "例外: 最低基準より弱い消去方式を使用"};
constexpr Phrase sanitisation{QT_TRANSLATE_NOOP("Certificate", "Sanitisation"), "消去の方法"};
constexpr Phrase people{QT_TRANSLATE_NOOP("Certificate", "Performed and validated by"), "実施者・確認者"};
constexpr Phrase media{QT_TRANSLATE_NOOP("Certificate", "Media"), "対象媒体"};
constexpr Phrase evidenceFiles{QT_TRANSLATE_NOOP("Certificate", "Evidence files"), "証拠ファイル"};
constexpr Phrase amendments{QT_TRANSLATE_NOOP("Certificate", "Amendments"), "訂正の記録"};
constexpr Phrase signatures{QT_TRANSLATE_NOOP("Certificate", "Signatures"), "署名"};
constexpr Phrase none{QT_TRANSLATE_NOOP("Certificate", "None"), "なし"};
constexpr Phrase overrideNote{QT_TRANSLATE_NOOP("Certificate", "OVERRIDE: %1 is weaker than the minimum method for %2. "
                                                               "Reason: %3"),
                              "例外: %2 については %1 が最低限の消去方式より弱い方式です。理由: %3"};
constexpr Phrase meetsMinimum{QT_TRANSLATE_NOOP("Certificate", "The method meets the minimum for every medium."),
                              "全ての媒体について、最低限の消去方式を満たしています。"};
constexpr Phrase amended{QT_TRANSLATE_NOOP("Certificate", "%1 (amended)"), "%1（訂正あり）"};
constexpr Phrase overrideMark{QT_TRANSLATE_NOOP("Certificate", "%1 (override)"), "%1（例外）"};
constexpr Phrase number{QT_TRANSLATE_NOOP("Certificate", "No."), "No."};
constexpr Phrase asset{QT_TRANSLATE_NOOP("Certificate", "Asset"), "情報資産"};
constexpr Phrase medium{QT_TRANSLATE_NOOP("Certificate", "Medium (type, make, model)"), "媒体（種別・メーカー・型番）"};
constexpr Phrase serial{QT_TRANSLATE_NOOP("Certificate", "Serial No. / Property No."), "シリアル番号／備品番号"};
constexpr Phrase classificationBefore{QT_TRANSLATE_NOOP("Certificate", "Classification before"), "消去前の分類"};
constexpr Phrase listSeparator{QT_TRANSLATE_NOOP("Certificate", ", "), "、"};
constexpr Phrase result{QT_TRANSLATE_NOOP("Certificate", "Result"), "検証結果"};
constexpr Phrase backup{QT_TRANSLATE_NOOP("Certificate", "Backup"), "バックアップ"};
constexpr Phrase file{QT_TRANSLATE_NOOP("Certificate", "File"), "ファイル"};
constexpr Phrase added{QT_TRANSLATE_NOOP("Certificate", "Added"), "追加"};
constexpr Phrase bytes{QT_TRANSLATE_NOOP("Certificate", "%1 bytes"), "%1 バイト"};
constexpr Phrase when{QT_TRANSLATE_NOOP("Certificate", "Amended"), "訂正日時・訂正者"};
constexpr Phrase field{QT_TRANSLATE_NOOP("Certificate", "Field"), "項目"};
constexpr Phrase original{QT_TRANSLATE_NOOP("Certificate", "Original"), "訂正前"};
constexpr Phrase corrected{QT_TRANSLATE_NOOP("Certificate", "Corrected"), "訂正後"};
constexpr Phrase reason{QT_TRANSLATE_NOOP("Certificate", "Reason"), "理由"};
constexpr Phrase role{QT_TRANSLATE_NOOP("Certificate", "Role"), "役割"};
constexpr Phrase name{QT_TRANSLATE_NOOP("Certificate", "Name"), "氏名"};
constexpr Phrase titleOrganisation{QT_TRANSLATE_NOOP("Certificate", "Title / Organisation"), "役職・所属"};
constexpr Phrase date{QT_TRANSLATE_NOOP("Certificate", "Date"), "日付"};
constexpr Phrase signature{QT_TRANSLATE_NOOP("Certificate", "Signature"), "署名"};
constexpr Phrase recorded{QT_TRANSLATE_NOOP("Certificate", "Recorded"), "記録"};
constexpr Phrase byAt{QT_TRANSLATE_NOOP("Certificate", "%1\n%2"), "%2\n%1"};
constexpr Phrase footer{QT_TRANSLATE_NOOP("Certificate", "Disposal record %1"), "廃棄記録 %1"};
constexpr Phrase page{QT_TRANSLATE_NOOP("Certificate", "%1 / %2"), "%1 / %2"};
constexpr Phrase confidentiality{QT_TRANSLATE_NOOP("Certificate", "Confidentiality %1"), "機密性 %1"};
constexpr Phrase confidentialityLabel{QT_TRANSLATE_NOOP("Certificate", "Confidentiality %1 (%2)"), "機密性 %1（%2）"};
constexpr Phrase integrity{QT_TRANSLATE_NOOP("Certificate", "Integrity %1"), "完全性 %1"};
constexpr Phrase availability{QT_TRANSLATE_NOOP("Certificate", "Availability %1"), "可用性 %1"};
} // namespace Text

class Writer
{
public:
    Writer(const CertificateData &data, const QString &language)
        : m_data(data)
        , m_language(language == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en"))
    {
    }

    QString text(const Phrase &phrase) const
    {
        return m_language == QLatin1String("ja") ? QString::fromUtf8(phrase.japanese)
                                                 : QString::fromLatin1(phrase.english);
    }
    QString label(const char *key) const
    {
        const DisposalField *field = DisposalField::find(QString::fromLatin1(key));
        return field ? field->label(m_language) : QString::fromLatin1(key);
    }
    QString code(Codes list, const QString &value) const { return DisposalCodes::name(list, value, m_language); }
    QString date(const QDate &value) const
    {
        if (!value.isValid())
            return {};
        return value.toString(m_language == QLatin1String("ja") ? QStringLiteral("yyyy/MM/dd")
                                                                : QStringLiteral("yyyy-MM-dd"));
    }
    QString time(const QDateTime &value) const
    {
        if (!value.isValid())
            return {};
        const QDateTime local = value.toLocalTime();
        return local.toString(m_language == QLatin1String("ja") ? QStringLiteral("yyyy/MM/dd HH:mm t")
                                                                : QStringLiteral("yyyy-MM-dd HH:mm t"));
    }
    QString number(qint64 value) const
    {
        const QLocale locale(m_language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
        return locale.toString(value);
    }

    QString levelLabel(Objective objective, int ordinal) const;
    QString handlingLabel(int confidentiality) const;
    QString classification(const DisposalItem &item) const;
    QString display(const DisposalField &field, const QString &value) const
    {
        if (field.kind == DisposalField::Kind::Date)
            return date(QDate::fromString(value, Qt::ISODate));
        return DisposalField::display(field, value, m_language);
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
        return isAmended(0, key) ? text(Text::amended).arg(shown) : shown;
    }
    QString itemValue(const DisposalItem &item, const char *key) const
    {
        const DisposalField *field = DisposalField::find(QString::fromLatin1(key));
        const QString shown = display(*field, DisposalField::value(item, QString::fromLatin1(key)));
        return isAmended(item.id, key) && !shown.isEmpty() ? text(Text::amended).arg(shown) : shown;
    }

    const CertificateData &m_data;
    QString m_language;
};

QString Writer::levelLabel(Objective objective, int ordinal) const
{
    const std::optional<ClassificationScheme> scheme = ClassificationScheme::fromCode(m_data.schemeCode);
    if (m_data.schemeCode == QLatin1String("fips199")) {
        static const Phrase fips[] = {{QT_TRANSLATE_NOOP("Certificate", "N/A"), "該当なし"},
                                      {QT_TRANSLATE_NOOP("Certificate", "Low"), "低"},
                                      {QT_TRANSLATE_NOOP("Certificate", "Moderate"), "中"},
                                      {QT_TRANSLATE_NOOP("Certificate", "High"), "高"}};
        return text(fips[std::clamp(ordinal, 0, 3)]);
    }
    return scheme ? scheme->levelLabel(objective, ordinal) : QString::number(ordinal);
}

QString Writer::handlingLabel(int confidentiality) const
{
    const int level = std::clamp(confidentiality, 1, 3);
    const QString own = m_data.handlingLabels.at(level - 1);
    if (!own.isEmpty())
        return own;
    static const Phrase defaults[] = {{QT_TRANSLATE_NOOP("Certificate", "Public"), "公開"},
                                      {QT_TRANSLATE_NOOP("Certificate", "Internal"), "社外秘"},
                                      {QT_TRANSLATE_NOOP("Certificate", "Restricted"), "関係者外秘"}};
    return text(defaults[level - 1]);
}

QString Writer::classification(const DisposalItem &item) const
{
    return text(Text::confidentialityLabel)
               .arg(levelLabel(Objective::Confidentiality, item.confidentiality), handlingLabel(item.confidentiality)) +
           QLatin1Char('\n') + text(Text::integrity).arg(levelLabel(Objective::Integrity, item.integrity)) +
           QLatin1Char('\n') + text(Text::availability).arg(levelLabel(Objective::Availability, item.availability));
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
    int highest = 1;
    for (const DisposalItem &item : std::as_const(items)) {
        highest = std::max(highest, item.confidentiality);
        if (item.isOverride(job.method))
            belowMinimum << QStringLiteral("%1 (%2)").arg(item.assetNo, code(Codes::Method, item.minimumMethod));
    }

    PagedDocument document;
    document.pageLayout = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 12, 14, 12),
                                      QPageLayout::Millimeter);
    document.fontSize = 8.0;
    document.header.organisation = m_data.organisation;
    document.header.title = text(Text::title);
    // The certificate names the assets, so it carries the handling label of the most confidential of them.
    document.header.banner = handlingLabel(highest);
    document.header.details << text(Text::statement);
    document.header.details << (m_data.itemId == 0
                                    ? text(Text::recordNo).arg(job.jobNo)
                                    : text(Text::itemOf).arg(job.jobNo).arg(position).arg(job.items.size()));
    if (!belowMinimum.isEmpty())
        document.header.details << text(Text::overrideFlag);
    document.header.facts << text(Text::printed).arg(time(printedAt));
    document.header.facts << text(Text::mediaCount).arg(items.size());
    document.footer = text(Text::footer).arg(job.jobNo);
    document.pageNumberFormat = text(Text::page);

    // How: method, technique, tool, verification, destination, and whether the rule was overridden.
    PagedTable how;
    how.caption = text(Text::sanitisation);
    how.columns = {{QString(), 1.0}, {QString(), 2.2}, {QString(), 1.0}, {QString(), 2.2}};
    how.showHeadings = false;
    how.labelColumns = 1;
    auto pair = [this](const char *key, const QString &value) { return QStringList{label(key), value}; };
    auto row = [](const QStringList &left, const QStringList &right) {
        return PagedRow{PagedRow::Kind::Cells, left + right};
    };
    how.rows << row(pair("method", jobValue("method", code(Codes::Method, job.method))),
                    pair("technique", jobValue("technique", code(Codes::Technique, job.technique))));
    how.rows << row(pair("tool", jobValue("tool", job.tool)),
                    pair("tool_version", jobValue("tool_version", job.toolVersion)));
    how.rows << row(pair("verification", jobValue("verification", code(Codes::Verification, job.verification))),
                    pair("destination", jobValue("destination", code(Codes::Destination, job.destination))));
    if (!job.notes.isEmpty())
        how.rows << PagedRow::note(label("notes") + QStringLiteral(": ") + jobValue("notes", job.notes));
    how.rows << PagedRow::note(belowMinimum.isEmpty()
                                   ? text(Text::meetsMinimum)
                                   : text(Text::overrideNote)
                                         .arg(code(Codes::Method, job.method), belowMinimum.join(QStringLiteral(", ")),
                                              jobValue("override_reason", job.overrideReason)));
    document.tables << how;

    // Who: performer, validator, contractor, and who recorded it.
    PagedTable who;
    who.caption = text(Text::people);
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
        return more.isEmpty() ? name : name + QLatin1Char('\n') + more.join(text(Text::listSeparator));
    };
    who.rows << row(pair("performed_by_name", person(job.performedBy, "performed_by_name", "performed_by_title",
                                                     "performed_by_organisation")),
                    pair("performed_on", jobValue("performed_on", date(job.performedBy.date))));
    who.rows << row(pair("validated_by_name", person(job.validatedBy, "validated_by_name", "validated_by_title",
                                                     "validated_by_organisation")),
                    pair("validated_on", jobValue("validated_on", date(job.validatedBy.date))));
    who.rows << row(pair("contractor", jobValue("contractor", job.contractor)),
                    pair("certificate_no", jobValue("certificate_no", job.certificateNo)));
    who.rows << row(pair("recorded_by", job.recordedBy), {text(Text::recorded), time(job.recordedAt)});
    document.tables << who;

    // What: every medium with its serial number, classification before, backup, minimum method and result.
    PagedTable what;
    what.caption = text(Text::media);
    what.columns = {{text(Text::number), 0.3, Qt::AlignRight},
                    {text(Text::asset), 1.6},
                    {text(Text::medium), 1.2},
                    {text(Text::serial), 1.2},
                    {label("source"), 1.0},
                    {text(Text::classificationBefore), 1.4},
                    {text(Text::backup), 0.9},
                    {label("minimum_method"), 0.9},
                    {text(Text::result), 0.8}};
    for (const DisposalItem &item : std::as_const(items)) {
        int index = 0;
        for (int candidate = 0; candidate < job.items.size(); ++candidate) {
            if (job.items.at(candidate).id == item.id)
                index = candidate + 1;
        }
        QStringList medium;
        for (const char *key : {"media_type", "make", "model"}) {
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
            minimum = text(Text::overrideMark).arg(minimum);
        what.rows << PagedRow{PagedRow::Kind::Cells,
                              {QString::number(index), item.assetNo + QLatin1Char('\n') + item.assetName,
                               medium.join(QLatin1Char('\n')), serial.join(QLatin1Char('\n')),
                               itemValue(item, "source"), classification(item), backupText, minimum,
                               code(Codes::Result, item.result)}};
    }
    document.tables << what;

    // Evidence, with the hash that lets anyone check the file they are shown is the one recorded.
    PagedTable evidence;
    evidence.caption = text(Text::evidenceFiles);
    // The hash gets the room to stay on one line, as sha256sum prints it.
    evidence.columns = {{text(Text::file), 1.0}, {QStringLiteral("SHA-256"), 4.0}, {text(Text::added), 0.9}};
    evidence.emptyText = text(Text::none);
    for (const DisposalEvidence &file : m_data.evidence) {
        evidence.rows << PagedRow{PagedRow::Kind::Cells,
                                  {file.originalName + QLatin1Char('\n') + file.mimeType + QStringLiteral(", ") +
                                       text(Text::bytes).arg(number(file.size)),
                                   file.sha256, text(Text::byAt).arg(file.addedBy, time(file.addedAt))}};
    }
    document.tables << evidence;

    // Amendments: the original value and the correction, both kept.
    PagedTable corrections;
    corrections.caption = text(Text::amendments);
    corrections.columns = {{text(Text::when), 1.2},
                           {text(Text::field), 1.0},
                           {text(Text::original), 1.2},
                           {text(Text::corrected), 1.2},
                           {text(Text::reason), 1.6}};
    corrections.emptyText = text(Text::none);
    for (const DisposalAmendment &amendment : m_data.amendments) {
        QString fieldText = amendment.field;
        const DisposalField *field = DisposalField::find(amendment.field);
        if (field)
            fieldText = field->label(m_language);
        if (amendment.itemId != 0) {
            if (m_data.itemId != 0 && amendment.itemId != m_data.itemId)
                continue;
            for (const DisposalItem &item : job.items) {
                if (item.id == amendment.itemId)
                    fieldText = item.assetNo + QLatin1Char('\n') + fieldText;
            }
        }
        corrections.rows << PagedRow{PagedRow::Kind::Cells,
                                     {text(Text::byAt).arg(amendment.amendedBy, time(amendment.amendedAt)), fieldText,
                                      field ? display(*field, amendment.oldValue) : amendment.oldValue,
                                      field ? display(*field, amendment.newValue) : amendment.newValue,
                                      amendment.reason}};
    }
    document.tables << corrections;

    // Signature lines: the blank cell is the space to sign in.
    PagedTable sign;
    sign.caption = text(Text::signatures);
    sign.columns = {{text(Text::role), 0.8},
                    {text(Text::name), 1.2},
                    {text(Text::titleOrganisation), 1.3},
                    {text(Text::date), 0.8},
                    {text(Text::signature), 2.0}};
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

std::optional<CertificateData> CertificateData::collect(Registry &registry, const DisposalService &service,
                                                        qint64 jobId, qint64 itemId, QString *error)
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
    data.organisation = registry.settings().organisation();
    data.schemeCode = registry.scheme().code();
    for (int level = 1; level <= 3; ++level)
        data.handlingLabels.at(level - 1) = registry.settings().ownHandlingLabel(level);
    data.job = *job;
    data.amendments = service.amendments(jobId);
    data.evidence = service.evidence(jobId);
    data.itemId = itemId;
    return data;
}

PagedDocument SanitisationCertificate::document(const CertificateData &data, const QString &language,
                                                const QDateTime &printedAt)
{
    return Writer(data, language).build(printedAt);
}

bool SanitisationCertificate::writePdf(const CertificateData &data, const QString &language, const QString &fileName,
                                       QString *error)
{
    return PagedTableRenderer::writePdf(document(data, language), fileName, error);
}

bool SanitisationCertificate::print(const CertificateData &data, const QString &language, QPagedPaintDevice *device,
                                    QString *error)
{
    const PagedDocument doc = document(data, language);
    device->setPageLayout(doc.pageLayout);
    PagedTableRenderer renderer(doc);
    return renderer.render(device, error);
}

QString SanitisationCertificate::suggestedFileName(const CertificateData &data, const QString &language)
{
    QString name = data.job.jobNo;
    if (data.itemId != 0) {
        for (const DisposalItem &item : data.job.items) {
            if (item.id == data.itemId)
                name += QLatin1Char('_') + item.assetNo;
        }
    }
    return name +
           (language == QLatin1String("ja") ? QStringLiteral("_消去証明書.pdf") : QStringLiteral("_certificate.pdf"));
}
