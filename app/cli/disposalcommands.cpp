// The disposal commands: dispose (record and complete a disposal of one or more assets), due (assets whose retention
// has passed or ends soon, and those marked disposal pending) and certificate (the certificate of sanitisation as
// PDF); verify --evidence, which re-hashes the evidence files, is with the audit commands. Every write goes through
// DisposalService, so the command line obeys exactly the rules of the application window: a refusal exits with status 1
// and the reason.
#include "command.h"
#include "commands.h"
#include "optionparser.h"
#include "recordwriter.h"
#include "service/assetservice.h"

#include "domain/assetcodes.h"
#include "domain/disposalcodes.h"
#include "domain/disposalfield.h"
#include "i18n/language.h"
#include "printing/certificate.h"
#include "service/assetvalues.h"
#include "service/disposalservice.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {

using Codes = DisposalCodes::List;

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Rows per query of the due list.
constexpr int kDuePageSize = 5000;

// Reads a code option; an unknown value is a usage error naming the accepted codes.
bool codeOption(const OptionParser &parser, const QString &name, Codes list, const QString &fallback, QString *code,
                QString *error)
{
    const QString text = parser.value(name, fallback);
    *code = DisposalCodes::fromText(list, text);
    if (code->isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a value of --%2. Use one of: %3."))
                     .arg(text, name, DisposalCodes::codeList(list));
        return false;
    }
    return true;
}

bool dateOption(const OptionParser &parser, const QString &name, QDate *date, QString *error)
{
    // Unset: the caller takes today from the registry's clock once the registry is open.
    if (!parser.isSet(name)) {
        *date = QDate();
        return true;
    }
    *date = AssetValues::parseDate(parser.value(name));
    if (!date->isValid()) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a date for --%2. Write it as 2026-04-01."))
                     .arg(parser.value(name), name);
        return false;
    }
    return true;
}

} // namespace

int runDispose(CommandContext &context)
{
    OptionParser parser(QStringLiteral("dispose"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Records and completes the disposal of one or more assets "
                                                            "(one job, e.g. a contractor pick-up). The assets become "
                                                            "disposed and read-only. Prints the record number.")));
    parser.addPositional(QStringLiteral("ASSET_NO…"),
                         translated(QT_TRANSLATE_NOOP("Cli", "The assets whose media were sanitised, e.g. IA-000001 "
                                                             "IA-000002.")));
    parser.setLastPositionalRepeats(true);
    parser.addOption(QStringLiteral("kind"), QStringLiteral("media|data"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Kind of disposal: media (sanitising devices, media and "
                                                         "paper; the default) or data (deleting data inside a live "
                                                         "system or cloud service, with the deletion log or the "
                                                         "provider's certificate as evidence).")));
    parser.addOption(QStringLiteral("method"), QStringLiteral("clear|purge|destroy"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Sanitisation method (NIST SP 800-88), required.")));
    parser.addOption(QStringLiteral("technique"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Technique, required: %1."))
                         .arg(DisposalCodes::codeList(Codes::Technique)));
    parser.addOption(QStringLiteral("tool"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Tool used for the sanitisation.")));
    parser.addOption(QStringLiteral("tool-version"), QStringLiteral("VERSION"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Version of the tool.")));
    parser.addOption(QStringLiteral("verification"), QStringLiteral("full|sampling|other"),
                     translated(QT_TRANSLATE_NOOP("Cli", "How the result was verified, required.")));
    parser.addOption(QStringLiteral("result"), QStringLiteral("passed|failed"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Result of the verification, required. A failed "
                                                         "verification cannot complete a disposal.")));
    parser.addOption(QStringLiteral("destination"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Where the media go afterwards: %1 (default: destroyed for "
                                                         "the method destroy, else internal-reuse)."))
                         .arg(DisposalCodes::codeList(Codes::Destination)));
    parser.addOption(QStringLiteral("performed-by"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Who performed the sanitisation, required.")));
    parser.addOption(QStringLiteral("performed-title"), QStringLiteral("TITLE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Title of the performer.")));
    parser.addOption(QStringLiteral("performed-organisation"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Organisation of the performer.")));
    parser.addOption(QStringLiteral("performed-on"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Date of the sanitisation (default: today).")));
    parser.addOption(QStringLiteral("validated-by"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Who validated the sanitisation, required.")));
    parser.addOption(QStringLiteral("validated-title"), QStringLiteral("TITLE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Title of the validator.")));
    parser.addOption(QStringLiteral("validated-organisation"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Organisation of the validator.")));
    parser.addOption(QStringLiteral("validated-on"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Date of the validation (default: today).")));
    parser.addOption(QStringLiteral("contractor"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Contractor who did the work.")));
    parser.addOption(QStringLiteral("certificate-no"), QStringLiteral("NO"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Number of the contractor's certificate.")));
    parser.addOption(QStringLiteral("override-reason"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Why a method weaker than the minimum for an asset was used; "
                                                         "the disposal is then flagged as an override.")));
    parser.addOption(QStringLiteral("notes"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Notes; required to describe an 'other' technique, "
                                                         "verification or destination.")));
    parser.addRepeatableOption(QStringLiteral("evidence"), QStringLiteral("FILE"),
                               translated(QT_TRANSLATE_NOOP("Cli", "A file to keep as evidence (contractor "
                                                                   "certificate, photo); repeat for several.")));
    parser.addRepeatableOption(QStringLiteral("media-type"), QStringLiteral("CODE"),
                               translated(QT_TRANSLATE_NOOP("Cli", "Media type, required for media: %1. Give it once "
                                                                   "for every item, or once per asset in their "
                                                                   "order. The techniques allowed follow from it."))
                                   .arg(DisposalCodes::codeList(Codes::MediaType)));
    parser.addOption(QStringLiteral("media-description"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "What the medium is (size, interface…), for every item.")));
    parser.addOption(QStringLiteral("make"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Make of every item.")));
    parser.addOption(QStringLiteral("model"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Model of every item.")));
    parser.addRepeatableOption(QStringLiteral("serial"), QStringLiteral("SERIAL"),
                               translated(QT_TRANSLATE_NOOP("Cli", "Serial number; give it once per asset, in the "
                                                                   "order of the assets.")));
    parser.addRepeatableOption(QStringLiteral("property-no"), QStringLiteral("NO"),
                               translated(QT_TRANSLATE_NOOP("Cli", "Property number; once per asset, in their "
                                                                   "order.")));
    parser.addRepeatableOption(QStringLiteral("source"), QStringLiteral("TEXT"),
                               translated(QT_TRANSLATE_NOOP("Cli", "User or host the medium came from; once per "
                                                                   "asset, in their order.")));
    parser.addOption(QStringLiteral("backup"), QStringLiteral("yes|no|unknown"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Whether the data was backed up (default: unknown).")));
    parser.addOption(QStringLiteral("backup-location"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Where the backup is kept.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;

    // The command line is checked completely before the registry is opened.
    for (const char *required : {"method", "technique", "verification", "result", "performed-by", "validated-by"}) {
        const QString name = QString::fromLatin1(required);
        if (!parser.isSet(name))
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 is required.")).arg(name));
    }
    QString error;
    QString kind, method, technique, verification, result, destination, backup;
    if (!codeOption(parser, QStringLiteral("kind"), Codes::Kind, QStringLiteral("media"), &kind, &error) ||
        !codeOption(parser, QStringLiteral("method"), Codes::Method, {}, &method, &error) ||
        !codeOption(parser, QStringLiteral("technique"), Codes::Technique, {}, &technique, &error) ||
        !codeOption(parser, QStringLiteral("verification"), Codes::Verification, {}, &verification, &error) ||
        !codeOption(parser, QStringLiteral("result"), Codes::Result, {}, &result, &error) ||
        (kind == QLatin1String("media") &&
         !codeOption(parser, QStringLiteral("destination"), Codes::Destination,
                     method == QLatin1String("destroy") ? QStringLiteral("destroyed")
                                                        : QStringLiteral("internal_reuse"),
                     &destination, &error)) ||
        !codeOption(parser, QStringLiteral("backup"), Codes::Backup, QStringLiteral("unknown"), &backup, &error))
        return context.usageError(error);
    if (kind == QLatin1String("data") && parser.isSet(QStringLiteral("destination")))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "--destination is for media; a data deletion "
                                                                      "hands no medium over. Leave it out.")));
    QStringList mediaTypes;
    const QStringList mediaTypeTexts = parser.values(QStringLiteral("media-type"));
    for (const QString &text : mediaTypeTexts) {
        const QString code = DisposalCodes::fromText(Codes::MediaType, text);
        if (code.isEmpty())
            return context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a value of --%2. Use one of: %3."))
                    .arg(text, QStringLiteral("media-type"), DisposalCodes::codeList(Codes::MediaType)));
        mediaTypes << code;
    }
    QDate performedOn, validatedOn;
    if (!dateOption(parser, QStringLiteral("performed-on"), &performedOn, &error) ||
        !dateOption(parser, QStringLiteral("validated-on"), &validatedOn, &error))
        return context.usageError(error);
    const QStringList assetNumbers = parser.positionals();
    for (const char *perItem : {"serial", "property-no", "source", "media-type"}) {
        const QString name = QString::fromLatin1(perItem);
        const qsizetype given = parser.values(name).size();
        if (given > 0 && given != assetNumbers.size() && !(name == QLatin1String("media-type") && given == 1))
            return context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "--%1 is given %2 times for %3 assets. Give it once per asset, "
                                                    "in the order of the assets."))
                    .arg(name)
                    .arg(given)
                    .arg(assetNumbers.size()));
    }
    QList<EvidenceFile> evidence;
    const QStringList evidencePaths = parser.values(QStringLiteral("evidence"));
    for (const QString &path : evidencePaths) {
        const Result<EvidenceFile> file = DisposalService::readEvidenceFile(path);
        if (!file.ok())
            return context.fail(file.error);
        evidence << *file.value;
    }

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    DisposalService &service = registry->disposal();
    if (!performedOn.isValid())
        performedOn = registry->clock().today();
    if (!validatedOn.isValid())
        validatedOn = registry->clock().today();
    QList<qint64> ids;
    for (const QString &number : assetNumbers) {
        const Result<Asset> asset = registry->assets().byAssetNo(number);
        if (!asset)
            return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "There is no asset %1 in the registry %2."))
                                    .arg(number, QDir::toNativeSeparators(registry->path())));
        ids << asset->id;
    }
    Result<DisposalJob> draft = service.draft(ids);
    if (!draft.ok())
        return context.fail(draft.error);
    DisposalJob job = *draft.value;
    if (job.items.size() != assetNumbers.size())
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "An asset is named twice. Name each asset once.")));
    job.kind = kind;
    job.method = method;
    job.technique = technique;
    job.tool = parser.value(QStringLiteral("tool"));
    job.toolVersion = parser.value(QStringLiteral("tool-version"));
    job.verification = verification;
    job.destination = destination;
    job.performedBy = {parser.value(QStringLiteral("performed-by")), parser.value(QStringLiteral("performed-title")),
                       parser.value(QStringLiteral("performed-organisation")), performedOn};
    job.validatedBy = {parser.value(QStringLiteral("validated-by")), parser.value(QStringLiteral("validated-title")),
                       parser.value(QStringLiteral("validated-organisation")), validatedOn};
    job.contractor = parser.value(QStringLiteral("contractor"));
    job.certificateNo = parser.value(QStringLiteral("certificate-no"));
    job.overrideReason = parser.value(QStringLiteral("override-reason"));
    job.notes = parser.value(QStringLiteral("notes"));
    for (int index = 0; index < job.items.size(); ++index) {
        DisposalItem &item = job.items[index];
        // A paper asset arrives as paper from the draft; a data deletion has no medium.
        if (kind == QLatin1String("data"))
            item.mediaType.clear();
        else if (!mediaTypes.isEmpty())
            item.mediaType = mediaTypes.size() == 1 ? mediaTypes.constFirst() : mediaTypes.value(index);
        item.mediaDescription = parser.value(QStringLiteral("media-description"));
        item.make = parser.value(QStringLiteral("make"));
        item.model = parser.value(QStringLiteral("model"));
        item.serialNo = parser.values(QStringLiteral("serial")).value(index);
        item.propertyNo = parser.values(QStringLiteral("property-no")).value(index);
        item.source = parser.values(QStringLiteral("source")).value(index);
        item.backup = backup;
        item.backupLocation = parser.value(QStringLiteral("backup-location"));
        item.result = result;
    }

    const Result<DisposalJob> recorded = service.record(job, evidence);
    if (!recorded.ok())
        return context.fail(recorded.error);
    context.out() << recorded.value->jobNo << QLatin1Char('\n');
    context.message(QCoreApplication::translate("Cli", "Recorded disposal %1: %n asset(s) disposed.", nullptr,
                                                int(recorded.value->items.size()))
                        .arg(recorded.value->jobNo));
    if (!evidence.isEmpty())
        context.message(QCoreApplication::translate("Cli", "%n evidence file(s) kept in the registry.", nullptr,
                                                    int(evidence.size())));
    const QStringList overrides = service.overrides(*recorded.value);
    if (!overrides.isEmpty())
        context.message(
            translated(QT_TRANSLATE_NOOP("Cli", "Flagged as an override: %1 is weaker than the minimum "
                                                "method for %2."))
                .arg(DisposalCodes::name(Codes::Method, recorded.value->method), overrides.join(QStringLiteral(", "))));
    return ExitCode::Success;
}

namespace {

QString reasonCode(DueAsset::Reason reason)
{
    switch (reason) {
    case DueAsset::Reason::RetentionPassed:
        return QStringLiteral("retention_passed");
    case DueAsset::Reason::RetentionEnding:
        return QStringLiteral("retention_ending");
    case DueAsset::Reason::Pending:
        break;
    }
    return QStringLiteral("disposal_pending");
}

QString reasonName(DueAsset::Reason reason)
{
    switch (reason) {
    case DueAsset::Reason::RetentionPassed:
        return translated(QT_TRANSLATE_NOOP("Cli", "Retention passed"));
    case DueAsset::Reason::RetentionEnding:
        return translated(QT_TRANSLATE_NOOP("Cli", "Retention ends soon"));
    case DueAsset::Reason::Pending:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Cli", "Disposal pending"));
}

} // namespace

int runDue(CommandContext &context)
{
    OptionParser parser(QStringLiteral("due"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the assets due for disposal: retention passed or "
                                                            "ending within the window, and assets marked disposal "
                                                            "pending. Most urgent first.")));
    parser.addOption(QStringLiteral("within"), QStringLiteral("DAYS"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Also list assets whose retention ends within this many "
                                                         "days (default: 0, only those already due).")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv).")));
    parser.addOption(QStringLiteral("display"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Write the status and the reason as people read them instead "
                                                         "of codes.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    bool ok = true;
    const int within = parser.value(QStringLiteral("within"), QStringLiteral("0")).toInt(&ok);
    if (!ok || within < 0)
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a number of days for --within. "
                                                                      "Give 0 or more."))
                                      .arg(parser.value(QStringLiteral("within"))));
    const QString formatText = parser.value(QStringLiteral("format"), QStringLiteral("csv")).toLower();
    RecordWriter::Format format = RecordWriter::Format::Csv;
    if (formatText == QLatin1String("tsv"))
        format = RecordWriter::Format::Tsv;
    else if (formatText == QLatin1String("json"))
        format = RecordWriter::Format::Json;
    else if (formatText != QLatin1String("csv"))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an output format. Use csv, tsv or json."))
                .arg(formatText));
    const bool display = parser.isSet(QStringLiteral("display"));

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    DisposalService &service = registry->disposal();
    const QStringList keys = {QStringLiteral("asset_no"),        QStringLiteral("name"),
                              QStringLiteral("department"),      QStringLiteral("owner"),
                              QStringLiteral("retention_until"), QStringLiteral("status"),
                              QStringLiteral("reason")};
    RecordWriter writer(context.out(), format, keys);
    writer.writeHeader(keys);
    for (int offset = 0;; offset += kDuePageSize) {
        QString error;
        const QList<DueAsset> page = service.due(within, offset, kDuePageSize, &error);
        if (!error.isEmpty())
            return context.fail(error);
        for (const DueAsset &due : page) {
            const Asset &asset = due.asset;
            writer.writeRow({asset.assetNo, asset.name, asset.department, asset.owner,
                             asset.retentionUntil.isValid() ? asset.retentionUntil.toString(Qt::ISODate) : QString(),
                             display ? AssetCodes::statusName(asset.status) : asset.status,
                             display ? reasonName(due.reason) : reasonCode(due.reason)});
        }
        if (page.size() < kDuePageSize)
            break;
    }
    writer.finish();
    return ExitCode::Success;
}

int runCertificate(CommandContext &context)
{
    OptionParser parser(
        QStringLiteral("certificate"),
        translated(QT_TRANSLATE_NOOP("Cli", "Writes the certificate of sanitisation of a disposal record "
                                            "as PDF (A4 portrait).")));
    parser.addPositional(QStringLiteral("RECORD_NO"),
                         translated(QT_TRANSLATE_NOOP("Cli", "The disposal record, e.g. D-000001, or an asset number "
                                                             "of a disposed asset.")));
    parser.addOption(QStringLiteral("output"), QStringLiteral("FILE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The PDF file to write, required.")));
    parser.addOption(QStringLiteral("asset"), QStringLiteral("ASSET_NO"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only this asset of the record (default: every asset).")));
    parser.addOption(QStringLiteral("language"), QStringLiteral("ja|en"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Language of the certificate (default: the language of the "
                                                         "messages).")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    if (!parser.isSet(QStringLiteral("output")))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 is required.")).arg(QStringLiteral("output")));
    const QString language = parser.value(QStringLiteral("language"), Language::instance().current());
    if (!Language::available().contains(language))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a language of the certificate. Use ja or en."))
                .arg(language));

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    DisposalService &service = registry->disposal();
    const QString wanted = parser.positionals().constFirst();
    std::optional<DisposalJob> job = service.jobByNo(wanted);
    qint64 itemId = 0;
    Result<Asset> only;
    if (!job) {
        only = registry->assets().byAssetNo(wanted);
        if (only)
            job = service.jobForAsset(only->id);
    }
    if (!job)
        return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "There is no disposal record %1 in the registry %2."))
                                .arg(wanted, QDir::toNativeSeparators(registry->path())));
    if (parser.isSet(QStringLiteral("asset")))
        only = registry->assets().byAssetNo(parser.value(QStringLiteral("asset")));
    if (only || parser.isSet(QStringLiteral("asset"))) {
        for (const DisposalItem &item : std::as_const(job->items)) {
            if (only && item.assetId == only->id)
                itemId = item.id;
        }
        if (itemId == 0)
            return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "Asset %1 is not part of disposal record %2."))
                                    .arg(parser.value(QStringLiteral("asset"), wanted), job->jobNo));
    }
    QString error;
    const std::optional<CertificateData> data =
        CertificateData::collect(*registry, service, job->id, itemId, language, &error);
    if (!data)
        return context.fail(error);
    const QString output = parser.value(QStringLiteral("output"));
    if (!SanitisationCertificate::writePdf(*data, output, &error))
        return context.fail(error);
    context.message(translated(QT_TRANSLATE_NOOP("Cli", "Wrote the certificate of %1 to %2."))
                        .arg(job->jobNo, QDir::toNativeSeparators(output)));
    return ExitCode::Success;
}
