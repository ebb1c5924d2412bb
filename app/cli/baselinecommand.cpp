// The baseline command: list the rules of the baseline with their conditions, add and remove rules, add the rules of
// the shipped default that the baseline lacks, or reset it to the default. Every change goes through BaselineService,
// validated and audited like a save in the baseline window.
#include "command.h"
#include "commands.h"
#include "optionparser.h"
#include "recordwriter.h"

#include "domain/assetcodes.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString level(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QString();
}

// One row per rule, numbered as `baseline remove` takes them.
int writeRules(CommandContext &context, const Registry &registry, const QList<BaselineRule> &rules,
               RecordWriter::Format format)
{
    const QStringList keys{
        QStringLiteral("rule"),           QStringLiteral("control"),         QStringLiteral("catalog"),
        QStringLiteral("title"),          QStringLiteral("confidentiality"), QStringLiteral("integrity"),
        QStringLiteral("availability"),   QStringLiteral("importance"),      QStringLiteral("personal_info"),
        QStringLiteral("asset_type"),     QStringLiteral("has_provider"),    QStringLiteral("has_recipients"),
        QStringLiteral("has_contractor"), QStringLiteral("medium_class"),    QStringLiteral("conditions")};
    QList<bool> numeric(keys.size(), false);
    for (int column : {0, 4, 5, 6, 7})
        numeric[column] = true;
    RecordWriter writer(context.out(), format, keys, numeric);
    writer.writeHeader(keys);
    int number = 0;
    for (const BaselineRule &rule : rules) {
        const std::optional<Control> control = registry.catalogs().control(rule.controlId);
        writer.writeRow({QString::number(++number), control ? control->code : QString::number(rule.controlId),
                         control ? control->catalogKey : QString(), control ? control->title() : QString(),
                         level(rule.minConfidentiality), level(rule.minIntegrity), level(rule.minAvailability),
                         level(rule.minImportance), rule.personalInfo, rule.assetType, flag(rule.hasProvider),
                         flag(rule.hasRecipients), flag(rule.hasContractor), rule.mediumClass,
                         BaselineService::describeConditions(rule, registry.scheme())});
    }
    writer.finish();
    return ExitCode::Success;
}

int baselineList(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("baseline list"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the rules of the baseline: the control each rule "
                                                            "requires and the conditions an asset must meet for it. "
                                                            "Levels are normalised ordinals 1 to 3.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv).")));
    parser.addOption(QStringLiteral("missing-defaults"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "List the rules of the shipped default baseline that this "
                                                         "baseline does not have instead.")));
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
    if (parser.isSet(QStringLiteral("missing-defaults"))) {
        const Result<QList<BaselineRule>> missing = registry->baseline().missingDefaultRules();
        if (!missing.ok())
            return context.fail(missing.error);
        return writeRules(context, *registry, *missing.value, format);
    }
    return writeRules(context, *registry, registry->baseline().baseline(), format);
}

// Reads the conditions of `baseline add` into a rule; returns a usage error message, or nothing.
std::optional<QString> readConditions(const OptionParser &parser, const ClassificationScheme &scheme,
                                      BaselineRule *rule)
{
    struct LevelOption
    {
        const char *name;
        Objective objective;
        std::optional<int> *target;
    };
    const LevelOption levels[] = {
        {"confidentiality", Objective::Confidentiality, &rule->minConfidentiality},
        {"integrity", Objective::Integrity, &rule->minIntegrity},
        {"availability", Objective::Availability, &rule->minAvailability},
    };
    for (const LevelOption &option : levels) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        const std::optional<int> ordinal = scheme.ordinalFromText(option.objective, parser.value(name));
        if (!ordinal || *ordinal < 1)
            return translated(QT_TRANSLATE_NOOP("Cli", "--%1: '%2' is not a level of the %3 scheme (%4)."))
                .arg(name, parser.value(name), scheme.name(), scheme.levelRange(option.objective));
        *option.target = *ordinal;
    }
    if (parser.isSet(QStringLiteral("importance"))) {
        const QString text = parser.value(QStringLiteral("importance")).trimmed();
        bool ok = false;
        int ordinal = text.toInt(&ok);
        if (!ok) {
            for (int candidate : scheme.importanceOrdinals()) {
                if (text.compare(scheme.importanceLabel(candidate), Qt::CaseInsensitive) == 0) {
                    ordinal = candidate;
                    ok = true;
                }
            }
        }
        if (!ok || ordinal < 1 || ordinal > 3)
            return translated(QT_TRANSLATE_NOOP("Cli", "--importance: '%1' is not an importance. Use 1, 2 or 3."))
                .arg(text);
        rule->minImportance = ordinal;
    }
    if (parser.isSet(QStringLiteral("personal-info"))) {
        const QString text = parser.value(QStringLiteral("personal-info")).trimmed();
        const QString code =
            text == QLatin1String("any") ? QStringLiteral("personal") : AssetCodes::personalInfoFromText(text);
        if (code.isEmpty() || code == QLatin1String("none"))
            return translated(QT_TRANSLATE_NOOP("Cli", "--personal-info: '%1' is not a kind a rule can require. Use "
                                                       "personal (any personal information), sensitive or "
                                                       "my_number."))
                .arg(text);
        rule->personalInfo = code;
    }
    if (parser.isSet(QStringLiteral("asset-type"))) {
        const QString text = parser.value(QStringLiteral("asset-type"));
        rule->assetType = AssetCodes::assetTypeFromText(text);
        if (rule->assetType.isEmpty())
            return translated(QT_TRANSLATE_NOOP("Cli", "--asset-type: '%1' is not an asset type. Use one of: %2."))
                .arg(text, AssetCodes::assetTypes().join(QStringLiteral(", ")));
    }
    if (parser.isSet(QStringLiteral("medium-class"))) {
        const QString text = parser.value(QStringLiteral("medium-class"));
        rule->mediumClass = AssetCodes::mediumClassFromText(text);
        if (rule->mediumClass.isEmpty())
            return translated(QT_TRANSLATE_NOOP("Cli", "--medium-class: '%1' is not a medium class. Use one of: %2."))
                .arg(text, AssetCodes::mediumClasses().join(QStringLiteral(", ")));
    }
    rule->hasProvider = parser.isSet(QStringLiteral("has-provider"));
    rule->hasRecipients = parser.isSet(QStringLiteral("has-recipients"));
    rule->hasContractor = parser.isSet(QStringLiteral("has-contractor"));
    return std::nullopt;
}

int reportSaveFailure(CommandContext &context, const Result<int> &saved)
{
    for (const Problem &problem : saved.problems)
        context.message(problem.message);
    if (saved.problems.isEmpty())
        return context.fail(saved.error);
    return ExitCode::Failure;
}

int baselineAdd(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("baseline add"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Adds a rule to the baseline: the control is required for "
                                                            "every asset that meets all the conditions given (none: "
                                                            "every asset). Prints the number of the new rule.")));
    parser.addOption(QStringLiteral("control"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The control the rule requires, e.g. OUT-02. Required.")));
    parser.addOption(
        QStringLiteral("catalog"), QStringLiteral("NAME"),
        translated(QT_TRANSLATE_NOOP("Cli", "The catalogue of the control, when the code is in several.")));
    parser.addOption(QStringLiteral("confidentiality"), QStringLiteral("LEVEL"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Confidentiality at least this level of the scheme.")));
    parser.addOption(QStringLiteral("integrity"), QStringLiteral("LEVEL"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Integrity at least this level of the scheme.")));
    parser.addOption(QStringLiteral("availability"), QStringLiteral("LEVEL"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Availability at least this level of the scheme.")));
    parser.addOption(QStringLiteral("importance"), QStringLiteral("N"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Importance at least this (1, 2 or 3).")));
    parser.addOption(QStringLiteral("personal-info"), QStringLiteral("KIND"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Personal information of this kind: personal (every kind), "
                                                         "sensitive or my_number.")));
    parser.addOption(QStringLiteral("asset-type"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Asset type: one of %1."))
                         .arg(AssetCodes::assetTypes().join(QStringLiteral(", "))));
    parser.addOption(QStringLiteral("has-provider"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "The asset names a data provider.")));
    parser.addOption(QStringLiteral("has-recipients"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "The asset names recipients.")));
    parser.addOption(QStringLiteral("has-contractor"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "The asset names a contractor.")));
    parser.addOption(QStringLiteral("medium-class"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Medium class: one of %1."))
                         .arg(AssetCodes::mediumClasses().join(QStringLiteral(", "))));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    if (!parser.isSet(QStringLiteral("control")))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "The option --control is required.")));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    BaselineRule rule;
    if (const std::optional<QString> problem = readConditions(parser, registry->scheme(), &rule))
        return context.usageError(*problem);
    const Result<Control> control = registry->catalogs().findControl(parser.value(QStringLiteral("control")),
                                                                     parser.value(QStringLiteral("catalog")));
    if (!control.ok())
        return context.fail(control.error);
    rule.controlId = control->id;
    const QList<BaselineRule> rules = registry->baseline().baseline() + QList<BaselineRule>{rule};
    const Result<int> saved = registry->baseline().setBaseline(rules);
    if (!saved.ok())
        return reportSaveFailure(context, saved);
    // The number of the rule in the order `baseline list` shows.
    const QList<BaselineRule> stored = registry->baseline().baseline();
    for (int index = 0; index < stored.size(); ++index) {
        BaselineRule candidate = stored.at(index);
        candidate.id = 0;
        if (candidate == rule) {
            context.out() << index + 1 << QLatin1Char('\n');
            break;
        }
    }
    return ExitCode::Success;
}

int baselineRemove(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("baseline remove"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Removes rules from the baseline by their numbers in "
                                                            "'baseline list'.")));
    parser.addPositional(QStringLiteral("RULE…"),
                         translated(QT_TRANSLATE_NOOP("Cli", "The numbers of the rules, e.g. 3 17.")));
    parser.setLastPositionalRepeats(true);
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    QList<BaselineRule> rules = registry->baseline().baseline();
    QList<int> numbers;
    for (const QString &text : parser.positionals()) {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < 1 || number > rules.size())
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not the number of a rule. The "
                                                                          "baseline has rules 1 to %2; see "
                                                                          "'baseline list'."))
                                          .arg(text)
                                          .arg(rules.size()));
        if (!numbers.contains(number))
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end(), std::greater<int>());
    for (int number : std::as_const(numbers))
        rules.removeAt(number - 1);
    const Result<int> saved = registry->baseline().setBaseline(rules);
    if (!saved.ok())
        return reportSaveFailure(context, saved);
    return ExitCode::Success;
}

int baselineAddDefaults(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("baseline add-defaults"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Adds the rules of the shipped default baseline that the "
                                                            "baseline does not have, and keeps every rule it has. "
                                                            "Prints the number of rules added.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<int> added = registry->baseline().addMissingDefaultRules();
    if (!added.ok())
        return reportSaveFailure(context, added);
    context.out() << *added.value << QLatin1Char('\n');
    return ExitCode::Success;
}

int baselineReset(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("baseline reset"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Replaces every rule of the baseline with the shipped "
                                                            "default baseline. Rules added by hand are removed.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<int> reset = registry->baseline().resetBaseline();
    if (!reset.ok())
        return reportSaveFailure(context, reset);
    context.out() << *reset.value << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace

int runBaseline(CommandContext &context)
{
    const QStringList arguments = context.arguments();
    const QString usage = translated(QT_TRANSLATE_NOOP("Cli", "Usage: %1 baseline list [--format csv|tsv|json] "
                                                              "[--missing-defaults]\n"
                                                              "       %1 baseline add --control CODE [conditions…]\n"
                                                              "       %1 baseline remove RULE…\n"
                                                              "       %1 baseline add-defaults\n"
                                                              "       %1 baseline reset\n"
                                                              "Run '%1 baseline add --help' for the conditions."))
                              .arg(CommandContext::programName());
    if (arguments.isEmpty())
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Say what to do with the baseline: list, add, "
                                                                      "remove, add-defaults or reset.")));
    const QString &subcommand = arguments.constFirst();
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        context.out() << usage << QLatin1Char('\n');
        return ExitCode::Success;
    }
    if (subcommand == QLatin1String("list"))
        return baselineList(context, arguments.mid(1));
    if (subcommand == QLatin1String("add"))
        return baselineAdd(context, arguments.mid(1));
    if (subcommand == QLatin1String("remove"))
        return baselineRemove(context, arguments.mid(1));
    if (subcommand == QLatin1String("add-defaults"))
        return baselineAddDefaults(context, arguments.mid(1));
    if (subcommand == QLatin1String("reset"))
        return baselineReset(context, arguments.mid(1));
    return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a baseline command. Use list, add, "
                                                                  "remove, add-defaults or reset."))
                                  .arg(subcommand));
}
