// Field table of a disposal record.
#include "disposalfield.h"

#include "assetcodes.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>

#include <string_view>

using Level = DisposalField::Level;
using Kind = DisposalField::Kind;
using Codes = DisposalCodes::List;

QString DisposalField::label() const
{
    return QCoreApplication::translate("DisposalField", english);
}

const QList<DisposalField> &DisposalField::all()
{
    static const QList<DisposalField> fields = {
        {"job_no", QT_TRANSLATE_NOOP("DisposalField", "Record No."), Level::Job, Kind::Text, Codes::Method, false},
        {"kind", QT_TRANSLATE_NOOP("DisposalField", "Kind of disposal"), Level::Job, Kind::Code, Codes::Kind, false},
        {"method", QT_TRANSLATE_NOOP("DisposalField", "Method"), Level::Job, Kind::Code, Codes::Method, true},
        {"technique", QT_TRANSLATE_NOOP("DisposalField", "Technique"), Level::Job, Kind::Code, Codes::Technique, true},
        {"tool", QT_TRANSLATE_NOOP("DisposalField", "Tool"), Level::Job, Kind::Text, Codes::Method, true},
        {"tool_version", QT_TRANSLATE_NOOP("DisposalField", "Tool version"), Level::Job, Kind::Text, Codes::Method,
         true},
        {"verification", QT_TRANSLATE_NOOP("DisposalField", "Verification"), Level::Job, Kind::Code,
         Codes::Verification, true},
        {"destination", QT_TRANSLATE_NOOP("DisposalField", "Destination after sanitisation"), Level::Job, Kind::Code,
         Codes::Destination, true},
        {"performed_by_name", QT_TRANSLATE_NOOP("DisposalField", "Performed by"), Level::Job, Kind::Text, Codes::Method,
         true},
        {"performed_by_title", QT_TRANSLATE_NOOP("DisposalField", "Performer's title"), Level::Job, Kind::Text,
         Codes::Method, true},
        {"performed_by_organisation", QT_TRANSLATE_NOOP("DisposalField", "Performer's organisation"), Level::Job,
         Kind::Text, Codes::Method, true},
        {"performed_on", QT_TRANSLATE_NOOP("DisposalField", "Performed on"), Level::Job, Kind::Date, Codes::Method,
         true},
        {"validated_by_name", QT_TRANSLATE_NOOP("DisposalField", "Validated by"), Level::Job, Kind::Text, Codes::Method,
         true},
        {"validated_by_title", QT_TRANSLATE_NOOP("DisposalField", "Validator's title"), Level::Job, Kind::Text,
         Codes::Method, true},
        {"validated_by_organisation", QT_TRANSLATE_NOOP("DisposalField", "Validator's organisation"), Level::Job,
         Kind::Text, Codes::Method, true},
        {"validated_on", QT_TRANSLATE_NOOP("DisposalField", "Validated on"), Level::Job, Kind::Date, Codes::Method,
         true},
        {"contractor", QT_TRANSLATE_NOOP("DisposalField", "Contractor"), Level::Job, Kind::Text, Codes::Method, true},
        {"certificate_no", QT_TRANSLATE_NOOP("DisposalField", "Contractor's certificate No."), Level::Job, Kind::Text,
         Codes::Method, true},
        {"override_reason", QT_TRANSLATE_NOOP("DisposalField", "Override reason"), Level::Job, Kind::Text,
         Codes::Method, true},
        {"notes", QT_TRANSLATE_NOOP("DisposalField", "Notes"), Level::Job, Kind::Text, Codes::Method, true},
        {"recorded_by", QT_TRANSLATE_NOOP("DisposalField", "Recorded by"), Level::Job, Kind::Text, Codes::Method,
         false},
        {"asset_no", QT_TRANSLATE_NOOP("DisposalField", "Asset No."), Level::Item, Kind::Text, Codes::Method, false},
        {"asset_name", QT_TRANSLATE_NOOP("DisposalField", "Asset name"), Level::Item, Kind::Text, Codes::Method, false},
        {"media_type", QT_TRANSLATE_NOOP("DisposalField", "Media type"), Level::Item, Kind::Code, Codes::MediaType,
         true},
        {"media_description", QT_TRANSLATE_NOOP("DisposalField", "Media description"), Level::Item, Kind::Text,
         Codes::Method, true},
        {"personal_info", QT_TRANSLATE_NOOP("DisposalField", "Personal information"), Level::Item, Kind::Text,
         Codes::Method, false},
        {"make", QT_TRANSLATE_NOOP("DisposalField", "Make"), Level::Item, Kind::Text, Codes::Method, true},
        {"model", QT_TRANSLATE_NOOP("DisposalField", "Model"), Level::Item, Kind::Text, Codes::Method, true},
        {"serial_no", QT_TRANSLATE_NOOP("DisposalField", "Serial No."), Level::Item, Kind::Text, Codes::Method, true},
        {"property_no", QT_TRANSLATE_NOOP("DisposalField", "Property No."), Level::Item, Kind::Text, Codes::Method,
         true},
        {"source", QT_TRANSLATE_NOOP("DisposalField", "Source (user / host)"), Level::Item, Kind::Text, Codes::Method,
         true},
        {"backup", QT_TRANSLATE_NOOP("DisposalField", "Data backed up"), Level::Item, Kind::Code, Codes::Backup, true},
        {"backup_location", QT_TRANSLATE_NOOP("DisposalField", "Backup location"), Level::Item, Kind::Text,
         Codes::Method, true},
        {"minimum_method", QT_TRANSLATE_NOOP("DisposalField", "Minimum method"), Level::Item, Kind::Code, Codes::Method,
         false},
        {"result", QT_TRANSLATE_NOOP("DisposalField", "Verification result"), Level::Item, Kind::Code, Codes::Result,
         false},
    };
    return fields;
}

const DisposalField *DisposalField::find(const QString &key)
{
    const QString wanted = key.trimmed();
    for (const DisposalField &field : all()) {
        if (wanted == QLatin1String(field.key) ||
            wanted.compare(QLatin1String(field.english), Qt::CaseInsensitive) == 0 ||
            wanted == Language::catalogueText(QStringLiteral("ja"), "DisposalField", field.english) ||
            wanted == field.label())
            return &field;
    }
    return nullptr;
}

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// One table of the job's text members, so that reading and writing cannot disagree.
QString *jobText(DisposalJob *job, const QString &key)
{
    struct Entry
    {
        const char *key;
        QString DisposalJob::*member;
    };
    static const Entry entries[] = {
        {"job_no", &DisposalJob::jobNo},
        {"kind", &DisposalJob::kind},
        {"method", &DisposalJob::method},
        {"technique", &DisposalJob::technique},
        {"tool", &DisposalJob::tool},
        {"tool_version", &DisposalJob::toolVersion},
        {"verification", &DisposalJob::verification},
        {"destination", &DisposalJob::destination},
        {"contractor", &DisposalJob::contractor},
        {"certificate_no", &DisposalJob::certificateNo},
        {"override_reason", &DisposalJob::overrideReason},
        {"notes", &DisposalJob::notes},
        {"recorded_by", &DisposalJob::recordedBy},
    };
    for (const Entry &entry : entries) {
        if (key == QLatin1String(entry.key))
            return &(job->*entry.member);
    }
    struct PersonEntry
    {
        const char *prefix;
        DisposalPerson DisposalJob::*person;
    };
    static const PersonEntry people[] = {{"performed_by_", &DisposalJob::performedBy},
                                         {"validated_by_", &DisposalJob::validatedBy}};
    for (const PersonEntry &entry : people) {
        const QLatin1String prefix(entry.prefix);
        if (!key.startsWith(prefix))
            continue;
        const QStringView rest = QStringView(key).mid(prefix.size());
        DisposalPerson &person = job->*entry.person;
        if (rest == QLatin1String("name"))
            return &person.name;
        if (rest == QLatin1String("title"))
            return &person.title;
        if (rest == QLatin1String("organisation"))
            return &person.organisation;
    }
    return nullptr;
}

QDate *jobDate(DisposalJob *job, const QString &key)
{
    if (key == QLatin1String("performed_on"))
        return &job->performedBy.date;
    if (key == QLatin1String("validated_on"))
        return &job->validatedBy.date;
    return nullptr;
}

QString *itemText(DisposalItem *item, const QString &key)
{
    struct Entry
    {
        const char *key;
        QString DisposalItem::*member;
    };
    static const Entry entries[] = {
        {"asset_no", &DisposalItem::assetNo},
        {"asset_name", &DisposalItem::assetName},
        {"media_type", &DisposalItem::mediaType},
        {"media_description", &DisposalItem::mediaDescription},
        {"personal_info", &DisposalItem::personalInfo},
        {"make", &DisposalItem::make},
        {"model", &DisposalItem::model},
        {"serial_no", &DisposalItem::serialNo},
        {"property_no", &DisposalItem::propertyNo},
        {"source", &DisposalItem::source},
        {"backup", &DisposalItem::backup},
        {"backup_location", &DisposalItem::backupLocation},
        {"minimum_method", &DisposalItem::minimumMethod},
        {"result", &DisposalItem::result},
    };
    for (const Entry &entry : entries) {
        if (key == QLatin1String(entry.key))
            return &(item->*entry.member);
    }
    return nullptr;
}

} // namespace

QString DisposalField::value(const DisposalJob &job, const QString &key)
{
    DisposalJob copy = job;
    if (const QString *text = jobText(&copy, key))
        return *text;
    if (const QDate *date = jobDate(&copy, key))
        return isoDate(*date);
    return {};
}

QString DisposalField::value(const DisposalItem &item, const QString &key)
{
    DisposalItem copy = item;
    if (const QString *text = itemText(&copy, key))
        return *text;
    return {};
}

bool DisposalField::setValue(DisposalJob *job, const QString &key, const QString &text)
{
    if (QString *target = jobText(job, key)) {
        *target = text;
        return true;
    }
    if (QDate *date = jobDate(job, key)) {
        *date = QDate::fromString(text, Qt::ISODate);
        return true;
    }
    return false;
}

bool DisposalField::setValue(DisposalItem *item, const QString &key, const QString &text)
{
    if (QString *target = itemText(item, key)) {
        *target = text;
        return true;
    }
    return false;
}

QString DisposalField::display(const DisposalField &field, const QString &text)
{
    switch (field.kind) {
    case Kind::Code:
        return DisposalCodes::name(field.codes, text);
    case Kind::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return text;
        return QLocale().toString(date, QLocale::ShortFormat);
    }
    case Kind::Text:
        if (field.key == std::string_view("personal_info"))
            return AssetCodes::personalInfoName(text);
        break;
    }
    return text;
}
