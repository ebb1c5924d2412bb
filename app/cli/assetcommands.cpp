// The asset commands: list (CSV, TSV, JSON with the filters of the asset table), show, add and edit. Writes go
// through Registry, so the command line obeys exactly the rules of the application window.
#include "command.h"
#include "commands.h"
#include "filteroptions.h"
#include "optionparser.h"
#include "recordwriter.h"
#include "service/assetservice.h"
#include "textwidth.h"

#include "domain/assetcodes.h"
#include "domain/assetfield.h"
#include "domain/handlingrestriction.h"
#include "service/assetflags.h"
#include "service/assetvalues.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <unistd.h>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString optionName(const AssetField &field)
{
    return field.keyString().replace(QLatin1Char('_'), QLatin1Char('-'));
}

// Fields a user types: everything except the asset number and what the registry derives.
QList<AssetField> editableFields()
{
    QList<AssetField> fields;
    for (const AssetField &field : AssetField::all()) {
        if (!field.derived && field.id != AssetField::AssetNo)
            fields << field;
    }
    return fields;
}

QString fieldDescription(const AssetField &field)
{
    const QString label = field.label();
    const QString comma = QStringLiteral(", ");
    switch (field.id) {
    case AssetField::Name:
    case AssetField::Department:
    case AssetField::Owner:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1 (required).")).arg(label);
    case AssetField::AssetType:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: one of %2.")).arg(label, AssetCodes::assetTypes().join(comma));
    case AssetField::PersonalInfo:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: one of %2."))
            .arg(label, AssetCodes::personalInfoKinds().join(comma));
    case AssetField::Status: {
        QStringList statuses = AssetCodes::statuses();
        statuses.removeAll(QStringLiteral("disposed"));
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: one of %2.")).arg(label, statuses.join(comma));
    }
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: a level of the registry's scheme, e.g. 1, 2, 3 or Low, "
                                                   "Moderate, High."))
            .arg(label);
    case AssetField::SubjectCount:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: a whole number, 0 or more.")).arg(label);
    case AssetField::NextReview:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: a date such as 2026-04-01 (default: from the importance)."))
            .arg(label);
    case AssetField::RetentionUntil:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: a date such as 2026-04-01, or permanent.")).arg(label);
    case AssetField::MediumClass:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: one of %2, or empty for none."))
            .arg(label, AssetCodes::mediumClasses().join(comma));
    case AssetField::ReceiptTerms:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: the terms the data were received under (formerly sharing "
                                                   "terms)."))
            .arg(label);
    case AssetField::UseTerms:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: the terms presented to the recipients.")).arg(label);
    case AssetField::Recipients:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: who the data are provided to or used by.")).arg(label);
    case AssetField::HandlingRestrictions:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1, separated by ';': any of %2, or the registry's own (see the "
                                                   "registry settings); an empty text removes them all."))
            .arg(label, HandlingRestrictions::builtinCodes().join(comma));
    case AssetField::RetentionBasis:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: required with permanent, e.g. 文書管理規程 or a law's name."))
            .arg(label);
    case AssetField::PersonalInfoOverride:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1: why confidentiality stays below what personal or sensitive "
                                                   "personal information calls for (flagged on the ledger)."))
            .arg(label);
    default:
        return translated(QT_TRANSLATE_NOOP("Cli", "%1.")).arg(label);
    }
}

QString valueName(const AssetField &field)
{
    switch (field.id) {
    case AssetField::AssetType:
    case AssetField::PersonalInfo:
    case AssetField::Status:
    case AssetField::MediumClass:
        return QStringLiteral("CODE");
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
        return QStringLiteral("LEVEL");
    case AssetField::SubjectCount:
        return QStringLiteral("N");
    case AssetField::NextReview:
    case AssetField::RetentionUntil:
        return QStringLiteral("DATE");
    default:
        return QStringLiteral("TEXT");
    }
}

void addFieldOptions(OptionParser &parser)
{
    for (const AssetField &field : editableFields())
        parser.addOption(optionName(field), valueName(field), fieldDescription(field));
    parser.addAlias(QStringLiteral("type"), QStringLiteral("asset-type"));
}

// Sets every field given on the command line; returns the values that could not be read.
QList<Problem> applyFieldOptions(const OptionParser &parser, Asset *asset, const ClassificationScheme &scheme)
{
    QList<Problem> problems;
    for (const AssetField &field : editableFields()) {
        const QString option = optionName(field);
        if (!parser.isSet(option))
            continue;
        QString error;
        if (!AssetValues::setFromText(asset, field.id, parser.value(option), scheme, &error))
            problems.append({field.keyString(), error});
    }
    return problems;
}

// Unreadable values and the service's validation of the rest, without repeating a field.
QList<Problem> allProblems(const QList<Problem> &unreadable, const QList<Problem> &invalid)
{
    QList<Problem> problems = unreadable;
    for (const Problem &problem : invalid) {
        const bool known = std::any_of(unreadable.cbegin(), unreadable.cend(),
                                       [&problem](const Problem &p) { return p.field == problem.field; });
        if (!known)
            problems << problem;
    }
    return problems;
}

int reportProblems(CommandContext &context, const QList<Problem> &problems)
{
    for (const Problem &problem : problems) {
        const AssetField *field = problem.field.isEmpty() ? nullptr : AssetField::find(problem.field);
        // The option to fix, then the service's message, which already names the field in words.
        if (field)
            context.message(QStringLiteral("--%1: %2").arg(optionName(*field), problem.message));
        else
            context.message(problem.message);
    }
    return ExitCode::Failure;
}

int reportResult(CommandContext &context, const Result<Asset> &result)
{
    if (!result.problems.isEmpty())
        return reportProblems(context, result.problems);
    return context.fail(result.error);
}

QString unknownAssetMessage(const QString &assetNo, const Registry &registry)
{
    return translated(QT_TRANSLATE_NOOP("Cli", "There is no asset %1 in the registry %2. Check the asset number with "
                                               "the list command."))
        .arg(assetNo, registry.path());
}

// ---- list ----

} // namespace

int runList(CommandContext &context)
{
    OptionParser parser(QStringLiteral("list"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists assets as CSV, TSV or JSON on standard output, with "
                                                            "the filters of the asset table.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv). TSV writes tabs and line "
                                                         "breaks in a value as \\t and \\n.")));
    parser.addOption(QStringLiteral("columns"), QStringLiteral("KEY,KEY…"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Columns to write, by field key (default: all, in ledger "
                                                         "order).")));
    parser.addOption(QStringLiteral("headers"), QStringLiteral("keys|labels"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Heading row of CSV and TSV: field keys (default) or "
                                                         "translated labels.")));
    parser.addOption(QStringLiteral("display"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Write values as people read them (translated names, "
                                                         "local dates) instead of codes.")));
    FilterOptions::add(parser);
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;

    // Everything that can be checked without the registry is checked before opening it.
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

    const QString headers = parser.value(QStringLiteral("headers"), QStringLiteral("keys"));
    if (headers != QLatin1String("keys") && headers != QLatin1String("labels"))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a kind of heading. Use keys or labels.")).arg(headers));
    if (headers == QLatin1String("labels") && format == RecordWriter::Format::Json)
        return context.usageError(translated(
            QT_TRANSLATE_NOOP("Cli", "JSON keys are always field keys; --headers labels is for CSV and TSV.")));

    QList<AssetField::Id> columns;
    if (parser.isSet(QStringLiteral("columns"))) {
        const QStringList keys = parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : keys) {
            const AssetField *field = AssetField::find(key);
            if (!field) {
                QStringList known;
                for (const AssetField &each : AssetField::all())
                    known << each.keyString();
                return context.usageError(
                    translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a field. Use field keys: %2."))
                        .arg(key.trimmed(), known.join(QStringLiteral(", "))));
            }
            columns << field->id;
        }
        if (columns.isEmpty())
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "--columns names no field.")));
    } else {
        for (const AssetField &field : AssetField::all())
            columns << field.id;
    }

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    AssetFilter filter;
    AssetSort sort;
    if (const std::optional<int> exit = FilterOptions::read(context, parser, *registry, &filter, &sort))
        return *exit;

    const bool display = parser.isSet(QStringLiteral("display"));
    QStringList keys;
    QStringList headings;
    QList<bool> numeric;
    for (const AssetField::Id id : columns) {
        const AssetField &field = AssetField::byId(id);
        keys << field.keyString();
        headings << (headers == QLatin1String("labels") ? field.label(registry->scheme()) : field.keyString());
        numeric << (!display && (id == AssetField::SubjectCount ||
                                 (id == AssetField::Importance && !registry->scheme().showsProtectionClasses())));
    }
    RecordWriter writer(context.out(), format, keys, numeric);
    // On a terminal the list is read, not parsed: control characters of the data must not reach it raw. Written to
    // a file or a pipe, the data stay exact.
    writer.setEscapeControls(format != RecordWriter::Format::Json && isatty(STDOUT_FILENO));
    writer.writeHeader(headings);

    // One statement reads the whole list in order, from one snapshot, without re-reading skipped rows as paging
    // with OFFSET would.
    QString error;
    QStringList values;
    const bool ok = registry->assets().forEach(
        filter, sort,
        [&](const Asset &asset) {
            values.clear();
            for (const AssetField::Id id : columns)
                values << (display ? AssetValues::display(asset, id, registry->scheme(), registry->settings())
                                   : AssetValues::raw(asset, id, registry->scheme()));
            writer.writeRow(values);
            return true;
        },
        &error);
    if (!ok) {
        context.out().flush();
        return context.fail(error);
    }
    writer.finish();
    return ExitCode::Success;
}

namespace {

// ---- show ----

QString historyValue(const QString &key, const QJsonValue &value)
{
    QString text = value.toString();
    if (text.isEmpty())
        return QStringLiteral("—");
    if (key == QLatin1String("asset_type"))
        return AssetCodes::assetTypeName(text);
    if (key == QLatin1String("personal_info"))
        return AssetCodes::personalInfoName(text);
    if (key == QLatin1String("status"))
        return AssetCodes::statusName(text);
    if (key == QLatin1String("medium_class"))
        return AssetCodes::mediumClassName(text);
    if (key == QLatin1String("handling_restrictions"))
        return HandlingRestrictions::joinNames(HandlingRestrictions::fromText(text));
    return text;
}

QString actionName(const QString &action)
{
    if (action == QLatin1String("create"))
        return translated(QT_TRANSLATE_NOOP("Cli", "Created"));
    if (action == QLatin1String("update"))
        return translated(QT_TRANSLATE_NOOP("Cli", "Changed"));
    return action;
}

QJsonObject assetJson(const Asset &asset, const Registry &registry)
{
    const ClassificationScheme &scheme = registry.scheme();
    QJsonObject object;
    for (const AssetField &field : AssetField::all()) {
        const QString value = AssetValues::raw(asset, field.id, scheme);
        if (field.id == AssetField::SubjectCount)
            object.insert(field.keyString(),
                          asset.subjectCount ? QJsonValue(double(*asset.subjectCount)) : QJsonValue());
        else if (field.id == AssetField::Importance && scheme.showsProtectionClasses())
            object.insert(QStringLiteral("protection_classes"),
                          QJsonArray::fromStringList(ClassificationScheme::protectionClasses(
                              asset.confidentiality, asset.integrity, asset.availability)));
        else if (field.id == AssetField::Importance)
            object.insert(field.keyString(), value.toInt());
        else if (field.id == AssetField::HandlingRestrictions)
            object.insert(field.keyString(), QJsonArray::fromStringList(asset.handlingRestrictions));
        else
            object.insert(field.keyString(), value);
    }
    const int flags = AssetFlags::of(registry.assets(), asset);
    object.insert(QStringLiteral("reportable_if_leaked"), bool(flags & AssetFlags::ReportableIfLeaked));
    object.insert(QStringLiteral("personal_info_overridden"), bool(flags & AssetFlags::PersonalInfoOverride));
    object.insert(QStringLiteral("retention_unset"), bool(flags & AssetFlags::RetentionUnset));
    return object;
}

void writeShowText(CommandContext &context, const Asset &asset, const Registry &registry,
                   const QList<AuditEvent> &history)
{
    QTextStream &out = context.out();
    int width = 0;
    for (const AssetField &field : AssetField::all())
        width = std::max(width, TextWidth::columns(field.label(registry.scheme())));
    const QString indent(width + 2, QLatin1Char(' '));
    for (const AssetField &field : AssetField::all()) {
        QString value = AssetValues::display(asset, field.id, registry.scheme(), registry.settings());
        value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        value = TextWidth::printable(value, true);
        value.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent);
        out << TextWidth::padded(field.label(registry.scheme()), width) << QStringLiteral("  ") << value
            << QLatin1Char('\n');
    }
    const QStringList flags = AssetFlags::names(AssetFlags::of(registry.assets(), asset));
    if (!flags.isEmpty())
        out << QLatin1Char('\n')
            << translated(QT_TRANSLATE_NOOP("Cli", "Flags: %1")).arg(flags.join(QStringLiteral(" / ")))
            << QLatin1Char('\n');
    for (const Problem &warning : registry.assets().warnings(asset))
        out << translated(QT_TRANSLATE_NOOP("Cli", "Warning: %1")).arg(warning.message) << QLatin1Char('\n');
    out << QLatin1Char('\n') << translated(QT_TRANSLATE_NOOP("Cli", "History")) << QLatin1Char('\n');
    for (const AuditEvent &event : history) {
        out << QStringLiteral("  ") << QLocale().toString(event.occurredAt.toLocalTime(), QLocale::ShortFormat)
            << QStringLiteral("  ") << TextWidth::printable(event.actor) << QStringLiteral("  ")
            << actionName(event.action) << QLatin1Char('\n');
        for (const AssetField &field : AssetField::all()) {
            QJsonValue change = event.changes.value(field.keyString());
            // Events written before a field was renamed name it by its old key.
            for (const QString &legacy : AssetField::legacyKeys(field.id)) {
                if (!change.isArray())
                    change = event.changes.value(legacy);
            }
            if (!change.isArray())
                continue;
            const QJsonArray values = change.toArray();
            const QString before = TextWidth::printable(historyValue(field.keyString(), values.at(0)));
            const QString after = TextWidth::printable(historyValue(field.keyString(), values.at(1)));
            out << QStringLiteral("    ") << field.label() << QStringLiteral(": ");
            if (event.action == QLatin1String("create"))
                out << after;
            else
                out << before << QStringLiteral(" → ") << after;
            out << QLatin1Char('\n');
        }
    }
}

} // namespace

int runShow(CommandContext &context)
{
    OptionParser parser(QStringLiteral("show"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Shows every field of an asset and its history.")));
    parser.addPositional(QStringLiteral("ASSET_NO"), translated(QT_TRANSLATE_NOOP("Cli", "The asset number, e.g. "
                                                                                         "IA-000001.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("text|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: text).")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    const QString format = parser.value(QStringLiteral("format"), QStringLiteral("text")).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an output format. Use text or json.")).arg(format));

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const QString assetNo = parser.positionals().constFirst();
    const Result<Asset> asset = registry->assets().byAssetNo(assetNo);
    if (!asset)
        return context.fail(unknownAssetMessage(assetNo, *registry));
    const QList<AuditEvent> history = registry->audit().eventsFor(QStringLiteral("asset"), asset->assetNo);

    if (format == QLatin1String("text")) {
        writeShowText(context, *asset, *registry, history);
        return ExitCode::Success;
    }
    QJsonArray events;
    for (const AuditEvent &event : history) {
        events.append(QJsonObject{{QStringLiteral("seq"), double(event.seq)},
                                  {QStringLiteral("occurred_at"), event.occurredAt.toUTC().toString(Qt::ISODate)},
                                  {QStringLiteral("actor"), event.actor},
                                  {QStringLiteral("action"), event.action},
                                  {QStringLiteral("changes"), event.changes}});
    }
    const QJsonObject document{{QStringLiteral("asset"), assetJson(*asset, *registry)},
                               {QStringLiteral("history"), events}};
    context.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    return ExitCode::Success;
}

namespace {

// ---- add and edit ----

// What the registry accepted but warns about (PI-4), on stderr, with the option that fixes it.
void reportWarnings(CommandContext &context, const Registry &registry, const Asset &asset)
{
    for (const Problem &warning : registry.assets().warnings(asset)) {
        const AssetField *field = AssetField::find(warning.field);
        context.message(translated(QT_TRANSLATE_NOOP("Cli", "Warning: --%1: %2"))
                            .arg(field ? optionName(*field) : warning.field, warning.message));
    }
}

} // namespace

int runAdd(CommandContext &context)
{
    OptionParser parser(QStringLiteral("add"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Registers a new asset and prints its asset number. Values "
                                                            "may be codes or labels in English or Japanese.")));
    addFieldOptions(parser);
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;

    Asset asset = registry->assets().newAsset();
    const QList<Problem> unreadable = applyFieldOptions(parser, &asset, registry->scheme());
    if (!unreadable.isEmpty())
        return reportProblems(context, allProblems(unreadable, registry->assets().validate(asset)));
    const Result<Asset> result = registry->assets().createAsset(asset);
    if (!result.ok())
        return reportResult(context, result);
    context.out() << result.value->assetNo << QLatin1Char('\n');
    reportWarnings(context, *registry, *result.value);
    return ExitCode::Success;
}

int runEdit(CommandContext &context)
{
    OptionParser parser(QStringLiteral("edit"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Changes the given fields of one or several assets; the "
                                                            "other fields stay as they are. Several assets, by number "
                                                            "or chosen with the --where options, change in one "
                                                            "transaction: all of them or none.")));
    parser.addOptionalPositional(QStringLiteral("ASSET_NO"),
                                 translated(QT_TRANSLATE_NOOP("Cli", "The asset number, e.g. IA-000001; several may "
                                                                     "be given.")));
    parser.setLastPositionalRepeats(true);
    addFieldOptions(parser);
    FilterOptions::add(parser, QStringLiteral("where-"));
    parser.addOption(QStringLiteral("reviewed-by"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Also mark the assets reviewed today by this person, in the "
                                                         "same transaction (the review command marks them alone).")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    bool anyField = parser.isSet(QStringLiteral("reviewed-by"));
    for (const AssetField &field : editableFields())
        anyField = anyField || parser.isSet(optionName(field));
    if (!anyField)
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Nothing to change. Give at least one field "
                                                                      "option, e.g. --status stored.")));
    const bool filtered = FilterOptions::given(parser, QStringLiteral("where-"));
    const QStringList numbers = parser.positionals();
    if (numbers.isEmpty() && !filtered)
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Which assets? Give their asset numbers, or "
                                                                      "choose them with --where options, e.g. "
                                                                      "--where-department NAME.")));
    if (!numbers.isEmpty() && filtered)
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Give either asset numbers or --where options, "
                                                                      "not both.")));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;

    QList<Asset> assets;
    if (filtered) {
        AssetFilter filter;
        AssetSort sort;
        if (const std::optional<int> exit =
                FilterOptions::read(context, parser, *registry, &filter, &sort, QStringLiteral("where-")))
            return *exit;
        QString error;
        if (!registry->assets().forEach(
                filter, sort,
                [&assets](const Asset &asset) {
                    assets << asset;
                    return true;
                },
                &error))
            return context.fail(error);
        if (assets.isEmpty())
            return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "No asset matches the --where options. Nothing "
                                                                    "was changed.")));
    } else {
        for (const QString &assetNo : numbers) {
            const Result<Asset> asset = registry->assets().byAssetNo(assetNo);
            if (!asset)
                return context.fail(unknownAssetMessage(assetNo, *registry));
            assets << *asset;
        }
    }
    QList<Problem> unreadable;
    for (Asset &asset : assets) {
        const QList<Problem> problems = applyFieldOptions(parser, &asset, registry->scheme());
        if (unreadable.isEmpty())
            unreadable = problems;
    }
    if (!unreadable.isEmpty())
        return reportProblems(context, allProblems(unreadable, registry->assets().validate(assets.constFirst())));

    std::optional<AssetService::ReviewMark> review;
    if (parser.isSet(QStringLiteral("reviewed-by")))
        review = AssetService::ReviewMark{registry->clock().today(), parser.value(QStringLiteral("reviewed-by"))};
    if (assets.size() == 1 && !review) {
        const Result<Asset> result = registry->assets().updateAsset(assets.constFirst());
        if (!result.ok())
            return reportResult(context, result);
        reportWarnings(context, *registry, *result.value);
        return ExitCode::Success;
    }
    const Result<QList<Asset>> result = registry->assets().updateAssets(assets, review);
    if (!result.ok()) {
        if (!result.problems.isEmpty())
            return reportProblems(context, result.problems);
        return context.fail(result.error);
    }
    for (const Asset &asset : *result.value)
        reportWarnings(context, *registry, asset);
    context.message(QCoreApplication::translate("Cli", "%n asset(s) changed.", nullptr, int(result.value->size())));
    return ExitCode::Success;
}
