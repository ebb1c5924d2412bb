// The commands of controls: catalog (list the controls of the catalogues, import an OSCAL catalogue), assign
// (assign controls to assets with their status), gaps (the gap report; exit status 1 when there are gaps, for
// scripts) and soa (the statement of applicability). Every write goes through ControlService, audited.
#include "command.h"
#include "commands.h"
#include "optionparser.h"
#include "recordwriter.h"
#include "service/assetservice.h"
#include "textwidth.h"

#include "domain/controlcodes.h"
#include "service/assetvalues.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/controlexport.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Parses the arguments after a subcommand ("catalog list …") the way CommandContext::parse does for a command.
int catalogList(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("catalog list"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the controls of the catalogues: code, title, area "
                                                            "and the catalogue they come from.")));
    parser.addOption(QStringLiteral("catalog"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only this catalogue: builtin, own, or a word of an imported "
                                                         "catalogue's title or the start of its UUID.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv).")));
    parser.addOption(QStringLiteral("all"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Include retired controls.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    RecordWriter::Format format = RecordWriter::Format::Csv;
    if (!RecordWriter::formatFromName(parser.value(QStringLiteral("format"), QStringLiteral("csv")), &format))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an output format. Use csv, tsv "
                                                                      "or json."))
                                      .arg(parser.value(QStringLiteral("format"))));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    qint64 catalogId = 0;
    if (parser.isSet(QStringLiteral("catalog"))) {
        const Result<ControlCatalog> catalog =
            registry->catalogs().findCatalog(parser.value(QStringLiteral("catalog")));
        if (!catalog.ok())
            return context.fail(catalog.error);
        catalogId = catalog.value->id;
    }
    QHash<qint64, QString> catalogNames;
    const QList<ControlCatalog> catalogs = registry->catalogs().catalogs();
    for (const ControlCatalog &catalog : catalogs)
        catalogNames.insert(catalog.id, catalog.displayTitle());
    const bool all = parser.isSet(QStringLiteral("all"));
    QStringList keys{QStringLiteral("code"),      QStringLiteral("title"),    QStringLiteral("area"),
                     QStringLiteral("area_name"), QStringLiteral("source"),   QStringLiteral("catalog"),
                     QStringLiteral("iso27001"),  QStringLiteral("sp800_53"), QStringLiteral("parent")};
    QList<bool> numeric{false, false, true, false, false, false, false, false, false};
    if (all) {
        keys << QStringLiteral("retired");
        numeric << false;
    }
    RecordWriter writer(context.out(), format, keys, numeric);
    writer.writeHeader(keys);
    const QList<Control> controls = registry->catalogs().controls(catalogId, all);
    for (const Control &control : controls) {
        QStringList row{control.code,
                        control.title(),
                        QString::number(control.area),
                        ControlCodes::areaName(control.area),
                        catalogNames.value(control.catalogId),
                        control.catalogKey,
                        control.isoRefs.join(QLatin1Char(' ')),
                        control.nistRefs.join(QLatin1Char(' ')),
                        control.parentCode};
        if (all)
            row << (control.retired ? QStringLiteral("true") : QStringLiteral("false"));
        writer.writeRow(row);
    }
    writer.finish();
    return ExitCode::Success;
}

int catalogImport(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("catalog import"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Imports an OSCAL JSON catalogue (e.g. NIST SP 800-53 Rev. "
                                                            "5) as a catalogue of its own. Importing the same "
                                                            "catalogue again updates it in place; a file that is not a "
                                                            "complete OSCAL catalogue changes nothing.")));
    parser.addPositional(QStringLiteral("FILE"), translated(QT_TRANSLATE_NOOP("Cli", "The OSCAL catalogue (JSON).")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<CatalogChange> change = registry->catalogs().importOscal(parser.positionals().constFirst());
    if (!change.ok())
        return context.fail(change.error);
    const QLocale locale;
    context.message(
        translated(QT_TRANSLATE_NOOP("Cli", "%1 (version %2): %3 controls added, %4 updated, %5 unchanged, %6 retired; "
                                            "%7 withdrawn controls left out."))
            .arg(change.value->title, change.value->version.isEmpty() ? QStringLiteral("-") : change.value->version,
                 locale.toString(change.value->added), locale.toString(change.value->updated),
                 locale.toString(change.value->unchanged), locale.toString(change.value->retired),
                 locale.toString(change.value->withdrawn)));
    const std::optional<ControlCatalog> catalog = registry->catalogs().catalog(change.value->catalogId);
    context.out() << (catalog ? catalog->key : QString()) << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace

int runCatalog(CommandContext &context)
{
    const QStringList arguments = context.arguments();
    const QString usage =
        translated(QT_TRANSLATE_NOOP("Cli", "Usage: %1 catalog list [--catalog NAME] [--format csv|tsv|json] [--all]\n"
                                            "       %1 catalog import FILE\n"
                                            "Run '%1 catalog list --help' for the options."))
            .arg(CommandContext::programName());
    if (arguments.isEmpty())
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Say what to do with the catalogues: list or "
                                                                      "import.")));
    const QString &subcommand = arguments.constFirst();
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        context.out() << usage << QLatin1Char('\n');
        return ExitCode::Success;
    }
    if (subcommand == QLatin1String("list"))
        return catalogList(context, arguments.mid(1));
    if (subcommand == QLatin1String("import"))
        return catalogImport(context, arguments.mid(1));
    return context.usageError(
        translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a catalog command. Use list or import.")).arg(subcommand));
}

namespace {

// A date option that may also be "none" to clear the date.
bool optionalDate(const OptionParser &parser, const QString &name, std::optional<QDate> *date, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name).trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || text.isEmpty()) {
        *date = QDate();
        return true;
    }
    const QDate parsed = AssetValues::parseDate(text);
    if (!parsed.isValid()) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a date for --%2. Write it as 2026-04-01, or none."))
                     .arg(text, name);
        return false;
    }
    *date = parsed;
    return true;
}

} // namespace

int runAssign(CommandContext &context)
{
    OptionParser parser(
        QStringLiteral("assign"),
        translated(QT_TRANSLATE_NOOP("Cli", "Assigns controls to assets, or changes their assignment: whether the "
                                            "control applies, how far it is implemented, who is responsible, by when. "
                                            "Options left out keep the current values. Prints the number of "
                                            "assignments changed.")));
    parser.addPositional(QStringLiteral("ASSET_NO…"),
                         translated(QT_TRANSLATE_NOOP("Cli", "The assets, e.g. IA-000001 IA-000002.")));
    parser.setLastPositionalRepeats(true);
    parser.addRepeatableOption(QStringLiteral("control"), QStringLiteral("CODE"),
                               translated(QT_TRANSLATE_NOOP("Cli", "The control, e.g. TEC-05 or AC-2; repeat for "
                                                                   "several. Required.")));
    parser.addOption(QStringLiteral("catalog"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The catalogue of the controls, when a code is in several.")));
    parser.addOption(QStringLiteral("applicable"), QStringLiteral("yes|no"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Whether the control applies to the assets; 'no' needs "
                                                         "--reason.")));
    parser.addOption(QStringLiteral("reason"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Why the control does not apply.")));
    parser.addOption(QStringLiteral("status"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Implementation: implemented, partial, not_implemented or "
                                                         "unknown (also 実施済, 一部実施, 未実施, 不明).")));
    parser.addOption(QStringLiteral("responsible"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Person responsible for the control.")));
    parser.addOption(QStringLiteral("due"), QStringLiteral("DATE|none"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Date by which the control is to be implemented.")));
    parser.addOption(QStringLiteral("evidence"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Where the evidence is: a document, a record, a ticket.")));
    parser.addOption(QStringLiteral("verified"), QStringLiteral("DATE|none"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Day the control was last verified.")));
    parser.addOption(QStringLiteral("remove"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Remove the assignments instead.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;

    const QStringList codes = parser.values(QStringLiteral("control"));
    if (codes.isEmpty())
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "The option --control is required.")));
    AssignmentPatch patch;
    QString error;
    if (parser.isSet(QStringLiteral("applicable"))) {
        const QString text = parser.value(QStringLiteral("applicable")).trimmed().toLower();
        if (text == QLatin1String("yes") || text == QLatin1String("true") || text == QStringLiteral("適用"))
            patch.applicable = true;
        else if (text == QLatin1String("no") || text == QLatin1String("false") || text == QStringLiteral("適用外"))
            patch.applicable = false;
        else
            return context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a value of --applicable. Use yes or no."))
                    .arg(parser.value(QStringLiteral("applicable"))));
    }
    if (parser.isSet(QStringLiteral("reason")))
        patch.reason = parser.value(QStringLiteral("reason"));
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = ControlCodes::implementationFromText(parser.value(QStringLiteral("status")));
        if (status.isEmpty())
            return context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an implementation status. Use one of: %2."))
                    .arg(parser.value(QStringLiteral("status")),
                         ControlCodes::implementations().join(QStringLiteral(", "))));
        patch.implementation = status;
    }
    if (parser.isSet(QStringLiteral("responsible")))
        patch.responsible = parser.value(QStringLiteral("responsible"));
    if (parser.isSet(QStringLiteral("evidence")))
        patch.evidenceNote = parser.value(QStringLiteral("evidence"));
    if (!optionalDate(parser, QStringLiteral("due"), &patch.dueDate, &error) ||
        !optionalDate(parser, QStringLiteral("verified"), &patch.lastVerified, &error))
        return context.usageError(error);
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (remove && !patch.isEmpty())
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "--remove cannot be combined with the fields of an assignment.")));

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    QList<qint64> controlIds;
    QStringList controlCodes;
    for (const QString &code : codes) {
        const Result<Control> control = registry->catalogs().findControl(code, parser.value(QStringLiteral("catalog")));
        if (!control.ok())
            return context.fail(control.error);
        controlIds << control.value->id;
        controlCodes << control.value->code;
    }
    QList<qint64> assetIds;
    const QStringList assetNumbers = parser.positionals();
    for (const QString &number : assetNumbers) {
        const Result<Asset> asset = registry->assets().byAssetNo(number.trimmed());
        if (!asset)
            return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "There is no asset %1 in the registry %2."))
                                    .arg(number, QDir::toNativeSeparators(registry->path())));
        assetIds << asset->id;
    }
    if (remove) {
        int removed = 0;
        for (qint64 assetId : std::as_const(assetIds)) {
            for (int index = 0; index < controlIds.size(); ++index) {
                if (!registry->assignments().assignment(assetId, controlIds.at(index)))
                    continue;
                const Result<bool> done = registry->assignments().unassign(assetId, controlIds.at(index));
                if (!done.ok())
                    return context.fail(done.error);
                ++removed;
            }
        }
        context.out() << removed << QLatin1Char('\n');
        return ExitCode::Success;
    }
    const Result<int> done = registry->assignments().assignMany(assetIds, controlIds, patch);
    if (!done.ok())
        return context.fail(done.error);
    context.out() << *done.value << QLatin1Char('\n');
    return ExitCode::Success;
}

namespace {

// Reads the options of a gap report into a filter; false after reporting a usage error or a failure in *exit.
bool gapFilter(CommandContext &context, const OptionParser &parser, Registry &registry, GapFilter *filter, int *exit)
{
    if (parser.isSet(QStringLiteral("asset"))) {
        const QString number = parser.value(QStringLiteral("asset")).trimmed();
        const Result<Asset> asset = registry.assets().byAssetNo(number);
        if (!asset) {
            *exit = context.fail(translated(QT_TRANSLATE_NOOP("Cli", "There is no asset %1 in the registry %2."))
                                     .arg(number, QDir::toNativeSeparators(registry.path())));
            return false;
        }
        filter->assetId = asset->id;
    }
    filter->department = parser.value(QStringLiteral("department"));
    filter->search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("area"))) {
        filter->area = ControlCodes::areaFromText(parser.value(QStringLiteral("area")));
        if (filter->area == 0) {
            *exit = context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an area. Give its number, 1 to 10."))
                    .arg(parser.value(QStringLiteral("area"))));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        filter->kind = ControlCodes::gapKindFromText(parser.value(QStringLiteral("kind")));
        if (filter->kind.isEmpty()) {
            *exit = context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a kind of gap. Use one of: %2."))
                    .arg(parser.value(QStringLiteral("kind")), ControlCodes::gapKinds().join(QStringLiteral(", "))));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("catalog"))) {
        const Result<ControlCatalog> catalog = registry.catalogs().findCatalog(parser.value(QStringLiteral("catalog")));
        if (!catalog.ok()) {
            *exit = context.fail(catalog.error);
            return false;
        }
        filter->catalogId = catalog.value->id;
    }
    return true;
}

void printSummary(QTextStream &out, const GapSummary &summary)
{
    const QLocale locale;
    auto table = [&out](const QString &title, const QList<QPair<QString, qint64>> &rows) {
        out << title << QLatin1Char('\n');
        int width = 0;
        for (const auto &row : rows)
            width = std::max(width, TextWidth::columns(row.first));
        const QLocale locale;
        for (const auto &row : rows)
            out << QStringLiteral("  ") << TextWidth::padded(row.first, width) << QStringLiteral("  ")
                << locale.toString(row.second) << QLatin1Char('\n');
    };
    out << translated(QT_TRANSLATE_NOOP("Cli", "Gaps: %1 in %2 of %3 assets"))
               .arg(locale.toString(summary.total), locale.toString(summary.assetsWithGaps),
                    locale.toString(summary.assetsChecked))
        << QLatin1Char('\n');
    if (summary.total == 0)
        return;
    QList<QPair<QString, qint64>> byKind, byArea, byDepartment;
    const QMap<QString, qint64> kinds = summary.byKind();
    for (const QString &kind : ControlCodes::gapKinds()) {
        if (kinds.value(kind) > 0)
            byKind.append({ControlCodes::gapKindName(kind), kinds.value(kind)});
    }
    const QMap<int, qint64> areas = summary.byArea();
    for (auto it = areas.constBegin(); it != areas.constEnd(); ++it)
        byArea.append({QStringLiteral("%1 %2").arg(it.key()).arg(ControlCodes::areaName(it.key())), it.value()});
    const QMap<QString, qint64> departments = summary.byDepartment();
    for (auto it = departments.constBegin(); it != departments.constEnd(); ++it)
        byDepartment.append({it.key(), it.value()});
    table(translated(QT_TRANSLATE_NOOP("Cli", "By kind")), byKind);
    table(translated(QT_TRANSLATE_NOOP("Cli", "By area")), byArea);
    table(translated(QT_TRANSLATE_NOOP("Cli", "By department")), byDepartment);
}

} // namespace

int runGaps(CommandContext &context)
{
    OptionParser parser(
        QStringLiteral("gaps"),
        translated(QT_TRANSLATE_NOOP("Cli", "The gap report: controls the baseline requires that are missing, not "
                                            "(fully) implemented, overdue, or marked not applicable without a reason; "
                                            "with counts per kind, area and department. Exit status 1 when there are "
                                            "gaps, 0 when there are none.")));
    parser.addOption(QStringLiteral("asset"), QStringLiteral("ASSET_NO"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only the gaps of this asset.")));
    parser.addOption(QStringLiteral("department"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets of this managing department.")));
    parser.addOption(QStringLiteral("area"), QStringLiteral("N"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only controls of this area (1–10).")));
    parser.addOption(QStringLiteral("kind"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only this kind of gap: %1."))
                         .arg(ControlCodes::gapKinds().join(QStringLiteral(", "))));
    parser.addOption(QStringLiteral("catalog"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only controls of this catalogue.")));
    parser.addOption(QStringLiteral("search"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets whose number or name contains the text.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("text|csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: text, a summary and the list).")));
    parser.addOption(QStringLiteral("summary"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only the counts, without the list (text format).")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    const QString formatText = parser.value(QStringLiteral("format"), QStringLiteral("text")).toLower();
    RecordWriter::Format format = RecordWriter::Format::Csv;
    const bool text = formatText == QLatin1String("text");
    if (!text && !RecordWriter::formatFromName(formatText, &format))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an output format. Use text, csv, "
                                                                      "tsv or json."))
                                      .arg(formatText));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    GapFilter filter;
    int exit = ExitCode::Success;
    if (!gapFilter(context, parser, *registry, &filter, &exit))
        return exit;
    const Result<GapSummary> summary = registry->gaps().gapSummary(filter);
    if (!summary.ok())
        return context.fail(summary.error);

    if (text) {
        printSummary(context.out(), *summary.value);
        if (!parser.isSet(QStringLiteral("summary")) && summary.value->total > 0) {
            context.out() << QLatin1Char('\n');
            const Result<qint64> listed = registry->gaps().forEachGap(filter, [&context](const ControlGap &gap) {
                context.out() << gap.assetNo << QStringLiteral("  ") << gap.controlCode << QStringLiteral("  ")
                              << ControlCodes::gapKindName(gap.kind) << QStringLiteral("  ") << gap.controlTitle;
                if (gap.dueDate.isValid())
                    context.out() << QStringLiteral("  (") << gap.dueDate.toString(Qt::ISODate) << QLatin1Char(')');
                context.out() << QStringLiteral("  ") << gap.assetName << QLatin1Char('\n');
                return true;
            });
            if (!listed.ok())
                return context.fail(listed.error);
        }
    } else {
        const QStringList keys{
            QStringLiteral("asset_no"),       QStringLiteral("asset_name"),  QStringLiteral("department"),
            QStringLiteral("owner"),          QStringLiteral("catalog"),     QStringLiteral("control"),
            QStringLiteral("title"),          QStringLiteral("area"),        QStringLiteral("kind"),
            QStringLiteral("implementation"), QStringLiteral("responsible"), QStringLiteral("due_date")};
        QList<bool> numeric(keys.size(), false);
        numeric[7] = true;
        RecordWriter writer(context.out(), format, keys, numeric);
        writer.writeHeader(keys);
        const Result<qint64> listed = registry->gaps().forEachGap(filter, [&writer](const ControlGap &gap) {
            writer.writeRow({gap.assetNo, gap.assetName, gap.department, gap.owner, gap.catalogKey, gap.controlCode,
                             gap.controlTitle, QString::number(gap.area), gap.kind, gap.implementation, gap.responsible,
                             gap.dueDate.isValid() ? gap.dueDate.toString(Qt::ISODate) : QString()});
            return true;
        });
        writer.finish();
        if (!listed.ok())
            return context.fail(listed.error);
    }
    context.out().flush();
    if (summary.value->total > 0) {
        const QLocale locale;
        context.message(
            translated(QT_TRANSLATE_NOOP("Cli", "%1 gaps in %2 assets."))
                .arg(locale.toString(summary.value->total), locale.toString(summary.value->assetsWithGaps)));
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

int runSoa(CommandContext &context)
{
    OptionParser parser(QStringLiteral("soa"),
                        translated(QT_TRANSLATE_NOOP("Cli", "The statement of applicability of a catalogue: every "
                                                            "control with its applicability, the reasons for "
                                                            "excluding it and its implementation across the "
                                                            "registry.")));
    parser.addOption(QStringLiteral("catalog"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The catalogue (default: builtin).")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format on stdout (default: csv).")));
    parser.addOption(QStringLiteral("output"), QStringLiteral("FILE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Write a CSV file for Excel (UTF-8 with BOM, headings in the "
                                                         "UI language) instead.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    RecordWriter::Format format = RecordWriter::Format::Csv;
    if (!RecordWriter::formatFromName(parser.value(QStringLiteral("format"), QStringLiteral("csv")), &format))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an output format. Use csv, tsv "
                                                                      "or json."))
                                      .arg(parser.value(QStringLiteral("format"))));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<ControlCatalog> catalog =
        registry->catalogs().findCatalog(parser.value(QStringLiteral("catalog"), QStringLiteral("builtin")));
    if (!catalog.ok())
        return context.fail(catalog.error);
    if (parser.isSet(QStringLiteral("output"))) {
        const Result<int> written = ControlExport::writeApplicability(registry->gaps(), catalog.value->id,
                                                                      parser.value(QStringLiteral("output")));
        if (!written.ok())
            return context.fail(written.error);
        return ExitCode::Success;
    }
    const Result<QList<ApplicabilityEntry>> entries = registry->gaps().applicability(catalog.value->id);
    if (!entries.ok())
        return context.fail(entries.error);
    const QStringList keys{
        QStringLiteral("code"),       QStringLiteral("title"),           QStringLiteral("area"),
        QStringLiteral("iso27001"),   QStringLiteral("sp800_53"),        QStringLiteral("applicability"),
        QStringLiteral("reasons"),    QStringLiteral("implementation"),  QStringLiteral("required"),
        QStringLiteral("applicable"), QStringLiteral("not_applicable"),  QStringLiteral("implemented"),
        QStringLiteral("partial"),    QStringLiteral("not_implemented"), QStringLiteral("unknown")};
    QList<bool> numeric(keys.size(), false);
    numeric[2] = true;
    for (int index = 8; index < keys.size(); ++index)
        numeric[index] = true;
    RecordWriter writer(context.out(), format, keys, numeric);
    writer.writeHeader(keys);
    for (const ApplicabilityEntry &entry : *entries.value) {
        writer.writeRow({entry.control.code, entry.control.title(), QString::number(entry.control.area),
                         entry.control.isoRefs.join(QLatin1Char(' ')), entry.control.nistRefs.join(QLatin1Char(' ')),
                         entry.applicability(), entry.reasons.join(QStringLiteral("; ")), entry.implementation(),
                         QString::number(entry.requiredAssets), QString::number(entry.applicableAssets),
                         QString::number(entry.notApplicableAssets), QString::number(entry.implemented),
                         QString::number(entry.partial), QString::number(entry.notImplemented),
                         QString::number(entry.unknown)});
    }
    writer.finish();
    return ExitCode::Success;
}
