// The threat commands: threat list|add|edit|retire|reinstate|reviewed, through ThreatService.
#include "command.h"
#include "commands.h"
#include "domain/riskcodes.h"
#include "optionparser.h"
#include "recordwriter.h"
#include "service/assetvalues.h"
#include "service/registry.h"
#include "service/threatservice.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QStringList words(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values)
        result << value.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    return result;
}

int threatList(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("threat list"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the threats of the registry: the built-in "
                                                            "catalogue and the registry's own.")));
    parser.addOption(QStringLiteral("all"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Include retired threats.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv).")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    const QString formatName = parser.value(QStringLiteral("format"), QStringLiteral("csv"));
    RecordWriter::Format format = RecordWriter::Format::Csv;
    if (!RecordWriter::formatFromName(formatName, &format))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an output format. Use csv, tsv or json."))
                .arg(formatName));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const QStringList keys{QStringLiteral("code"),           QStringLiteral("name"),
                           QStringLiteral("category"),       QStringLiteral("policy"),
                           QStringLiteral("objectives"),     QStringLiteral("asset_types"),
                           QStringLiteral("medium_classes"), QStringLiteral("related_controls"),
                           QStringLiteral("likelihood"),     QStringLiteral("source"),
                           QStringLiteral("retired")};
    QString error;
    const QList<Threat> threats = registry->threats().threats(parser.isSet(QStringLiteral("all")), &error);
    if (!error.isEmpty())
        return context.fail(error);
    QList<bool> numeric(keys.size(), false);
    numeric[8] = true;
    RecordWriter writer(context.out(), format, keys, numeric);
    writer.writeHeader(keys);
    for (const Threat &threat : threats)
        writer.writeRow({threat.code, threat.name(), threat.category, threat.policyRef, threat.objectives,
                         threat.assetTypes.join(QLatin1Char(' ')), threat.mediumClasses.join(QLatin1Char(' ')),
                         threat.relatedControls.join(QLatin1Char(' ')), QString::number(threat.likelihood),
                         threat.builtIn ? QStringLiteral("builtin") : QStringLiteral("own"),
                         threat.retired ? QStringLiteral("true") : QStringLiteral("false")});
    writer.finish();
    return ExitCode::Success;
}

void addThreatOptions(OptionParser &parser)
{
    parser.addOption(QStringLiteral("name-ja"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Name in Japanese.")));
    parser.addOption(QStringLiteral("name-en"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Name in English.")));
    parser.addOption(
        QStringLiteral("category"), QStringLiteral("CODE"),
        translated(QT_TRANSLATE_NOOP("Cli", "Category: %1.")).arg(RiskCodes::codeList(RiskCodes::List::Category)));
    parser.addOption(QStringLiteral("objectives"), QStringLiteral("CIA"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Objectives affected, e.g. CA.")));
    parser.addOption(QStringLiteral("policy"), QStringLiteral("REF"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Reference to the policy, e.g. §3(1).")));
    parser.addRepeatableOption(QStringLiteral("asset-type"), QStringLiteral("CODE"),
                               translated(QT_TRANSLATE_NOOP("Cli", "An asset type it applies to; none: every type.")));
    parser.addRepeatableOption(QStringLiteral("medium"), QStringLiteral("CODE"),
                               translated(QT_TRANSLATE_NOOP("Cli", "A medium class it applies to: %1; none: every "
                                                                   "class."))
                                   .arg(RiskCodes::codeList(RiskCodes::List::MediumClass)));
    parser.addRepeatableOption(QStringLiteral("control"), QStringLiteral("CODE"),
                               translated(QT_TRANSLATE_NOOP("Cli", "A related control code.")));
    parser.addOption(QStringLiteral("likelihood"), QStringLiteral("1|2|3"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Threat likelihood in this registry.")));
    parser.addOption(QStringLiteral("rationale"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Why the likelihood is what it is.")));
    parser.addOption(QStringLiteral("description-ja"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Description in Japanese.")));
    parser.addOption(QStringLiteral("description-en"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Description in English.")));
}

void applyThreatOptions(const OptionParser &parser, Threat *threat)
{
    const auto text = [&parser](const char *name, QString *target) {
        if (parser.isSet(QString::fromLatin1(name)))
            *target = parser.value(QString::fromLatin1(name));
    };
    text("name-ja", &threat->nameJa);
    text("name-en", &threat->nameEn);
    text("category", &threat->category);
    text("objectives", &threat->objectives);
    threat->objectives = threat->objectives.toUpper();
    text("policy", &threat->policyRef);
    text("rationale", &threat->likelihoodRationale);
    text("description-ja", &threat->descriptionJa);
    text("description-en", &threat->descriptionEn);
    if (!parser.values(QStringLiteral("asset-type")).isEmpty())
        threat->assetTypes = words(parser.values(QStringLiteral("asset-type")));
    if (!parser.values(QStringLiteral("medium")).isEmpty())
        threat->mediumClasses = words(parser.values(QStringLiteral("medium")));
    if (!parser.values(QStringLiteral("control")).isEmpty())
        threat->relatedControls = words(parser.values(QStringLiteral("control")));
    if (parser.isSet(QStringLiteral("likelihood"))) {
        threat->likelihood = parser.value(QStringLiteral("likelihood")).toInt();
        threat->defaultLikelihood = threat->builtIn ? threat->defaultLikelihood : threat->likelihood;
    }
}

int threatAdd(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("threat add"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Adds a threat of the registry's own.")));
    parser.addPositional(QStringLiteral("CODE"), translated(QT_TRANSLATE_NOOP("Cli", "Its code, e.g. T-OWN-01.")));
    addThreatOptions(parser);
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    Threat threat;
    threat.code = parser.positionals().constFirst();
    applyThreatOptions(parser, &threat);
    const Result<Threat> added = registry->threats().add(threat);
    if (!added)
        return context.fail(added.error);
    context.out() << added->code << QLatin1Char('\n');
    return ExitCode::Success;
}

int threatEdit(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("threat edit"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Changes a threat. Of a built-in threat only the "
                                                            "likelihood in this registry can be changed.")));
    parser.addPositional(QStringLiteral("CODE"), translated(QT_TRANSLATE_NOOP("Cli", "The threat, e.g. T-INT-01.")));
    addThreatOptions(parser);
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<Threat> stored = registry->threats().byCode(parser.positionals().constFirst());
    if (!stored)
        return context.fail(stored.error);
    Threat threat = *stored;
    applyThreatOptions(parser, &threat);
    const Result<Threat> saved = registry->threats().edit(threat);
    if (!saved)
        return context.fail(saved.error);
    return ExitCode::Success;
}

int threatRetire(CommandContext &context, const QStringList &arguments, bool retire)
{
    OptionParser parser(retire ? QStringLiteral("threat retire") : QStringLiteral("threat reinstate"),
                        retire ? translated(QT_TRANSLATE_NOOP("Cli", "Retires a threat: it is no longer a "
                                                                     "candidate. Its entries are kept."))
                               : translated(QT_TRANSLATE_NOOP("Cli", "Puts a retired threat back in force.")));
    parser.addPositional(QStringLiteral("CODE"), translated(QT_TRANSLATE_NOOP("Cli", "The threat, e.g. T-INT-01.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const QString code = parser.positionals().constFirst();
    const Result<Threat> done = retire ? registry->threats().retire(code) : registry->threats().reinstate(code);
    if (!done)
        return context.fail(done.error);
    return ExitCode::Success;
}

int threatReviewed(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("threat reviewed"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Records that the threat catalogue was reviewed for new "
                                                            "threats; without --on prints the last review.")));
    parser.addOption(QStringLiteral("on"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Day of the review.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    if (parser.isSet(QStringLiteral("on"))) {
        const QDate on = AssetValues::parseDate(parser.value(QStringLiteral("on")));
        const Result<QDate> done = registry->threats().markCatalogReviewed(on);
        if (!done)
            return context.fail(done.error);
    }
    context.out() << registry->threats().catalogReviewedOn().toString(Qt::ISODate) << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace

int runThreat(CommandContext &context)
{
    const QStringList arguments = context.arguments();
    if (arguments.isEmpty())
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Say what to do with the threats, e.g. threat "
                                                                      "list.")));
    const QString &subcommand = arguments.constFirst();
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        context.out() << translated(QT_TRANSLATE_NOOP("Cli", "Usage: %1 threat list [options]\n"
                                                             "       %1 threat add CODE [options]\n"
                                                             "       %1 threat edit CODE [options]\n"
                                                             "       %1 threat retire CODE\n"
                                                             "       %1 threat reinstate CODE\n"
                                                             "       %1 threat reviewed [options]\n"
                                                             "Run '%1 threat SUBCOMMAND --help' for the options of "
                                                             "each."))
                             .arg(CommandContext::programName())
                      << QLatin1Char('\n');
        return ExitCode::Success;
    }
    const QStringList rest = arguments.mid(1);
    if (subcommand == QLatin1String("list"))
        return threatList(context, rest);
    if (subcommand == QLatin1String("add"))
        return threatAdd(context, rest);
    if (subcommand == QLatin1String("edit"))
        return threatEdit(context, rest);
    if (subcommand == QLatin1String("retire") || subcommand == QLatin1String("reinstate"))
        return threatRetire(context, rest, subcommand == QLatin1String("retire"));
    if (subcommand == QLatin1String("reviewed"))
        return threatReviewed(context, rest);
    return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a threat command. Use list, add, "
                                                                  "edit, retire, reinstate or reviewed."))
                                  .arg(subcommand));
}
