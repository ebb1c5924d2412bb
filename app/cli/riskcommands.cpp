// The risk commands (design/risk.md "Outputs"): risk candidates|list|show|assess|treat|residual|accept|close|due and
// threat list|add|edit|retire|reinstate. Every write goes through RiskService and ThreatService, so the command line
// obeys exactly the rules of the application window; a refusal exits with status 1 and the reason.
#include "command.h"
#include "commands.h"
#include "domain/riskcodes.h"
#include "optionparser.h"
#include "recordwriter.h"
#include "riskoutput.h"
#include "service/assetservice.h"
#include "service/assetvalues.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int badFormat(CommandContext &context, const OptionParser &parser)
{
    return context.usageError(
        translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an output format. Use csv, tsv or json."))
            .arg(parser.value(QStringLiteral("format"))));
}

// A rating option 1–3; an empty *value when not given.
bool ratingOption(const OptionParser &parser, const QString &name, int *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "--%1 takes 1, 2 or 3.")).arg(name);
        return false;
    }
    return true;
}

bool dateOption(const OptionParser &parser, const QString &name, QDate *date, QString *error)
{
    if (!parser.isSet(name))
        return true;
    *date = AssetValues::parseDate(parser.value(name));
    if (!date->isValid()) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a date for --%2. Write it as 2026-04-01."))
                     .arg(parser.value(name), name);
        return false;
    }
    return true;
}

int refused(CommandContext &context, const QString &error)
{
    return context.fail(error);
}

const QStringList kRiskKeys{QStringLiteral("risk_no"),
                            QStringLiteral("asset_no"),
                            QStringLiteral("asset_name"),
                            QStringLiteral("threat"),
                            QStringLiteral("threat_name"),
                            QStringLiteral("importance"),
                            QStringLiteral("likelihood"),
                            QStringLiteral("vulnerability"),
                            QStringLiteral("damage_likelihood"),
                            QStringLiteral("risk_value"),
                            QStringLiteral("risk_level"),
                            QStringLiteral("treatment"),
                            QStringLiteral("treatment_plan"),
                            QStringLiteral("residual_value"),
                            QStringLiteral("owner"),
                            QStringLiteral("accepted_by"),
                            QStringLiteral("next_review"),
                            QStringLiteral("status"),
                            QStringLiteral("needs_reassessment"),
                            QStringLiteral("high_accepted")};

QStringList riskRow(const Risk &risk)
{
    const auto number = [](int value) { return value > 0 ? QString::number(value) : QString(); };
    return {risk.riskNo,
            risk.assetNo,
            risk.assetName,
            risk.threatCode,
            risk.threatName,
            number(risk.importance),
            number(risk.likelihood),
            number(risk.vulnerability),
            number(risk.damageLikelihood),
            number(risk.riskValue),
            risk.riskLevel,
            risk.treatment,
            risk.treatmentPlan,
            number(risk.residualValue),
            risk.owner,
            risk.acceptedBy,
            risk.nextReview.toString(Qt::ISODate),
            risk.status,
            risk.needsReassessment() ? QStringLiteral("true") : QStringLiteral("false"),
            risk.isHighAccepted() ? QStringLiteral("true") : QStringLiteral("false")};
}

QList<bool> riskNumeric()
{
    QList<bool> numeric(kRiskKeys.size(), false);
    for (int i = 5; i <= 9; ++i)
        numeric[i] = true;
    numeric[13] = true;
    return numeric;
}

int riskCandidates(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk candidates"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the candidate risks of assets from the threat "
                                                            "catalogue; with --save records them as identified "
                                                            "entries, all in one step.")));
    parser.addPositional(QStringLiteral("ASSET_NO…"), translated(QT_TRANSLATE_NOOP("Cli", "The assets.")));
    parser.setLastPositionalRepeats(true);
    parser.addOption(QStringLiteral("save"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Record the candidates in the risk register.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv).")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    RecordWriter::Format format = RecordWriter::Format::Csv;
    if (!RecordWriter::formatFromName(parser.value(QStringLiteral("format"), QStringLiteral("csv")), &format))
        return badFormat(context, parser);
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    QList<qint64> ids;
    for (const QString &assetNo : parser.positionals()) {
        const Result<Asset> asset = registry->assets().byAssetNo(assetNo);
        if (!asset)
            return context.fail(asset.error);
        ids << asset->id;
    }
    if (parser.isSet(QStringLiteral("save"))) {
        const Result<int> made = registry->risks().generateCandidates(ids);
        if (!made)
            return refused(context, made.error);
        context.message(QCoreApplication::translate("Cli", "%n risk entries recorded.", nullptr, *made));
        return ExitCode::Success;
    }
    RecordWriter writer(context.out(), format, kRiskKeys, riskNumeric());
    writer.writeHeader(kRiskKeys);
    for (qint64 id : std::as_const(ids)) {
        const Result<QList<Risk>> candidates = registry->risks().candidates(id);
        if (!candidates)
            return context.fail(candidates.error);
        for (const Risk &risk : *candidates)
            writer.writeRow(riskRow(risk));
    }
    writer.finish();
    return ExitCode::Success;
}

int riskList(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk list"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the risk register with filters.")));
    addRiskFilterOptions(parser);
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv).")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    RecordWriter::Format format = RecordWriter::Format::Csv;
    if (!RecordWriter::formatFromName(parser.value(QStringLiteral("format"), QStringLiteral("csv")), &format))
        return badFormat(context, parser);
    RiskFilter filter;
    if (const std::optional<int> exit = readRiskFilter(context, parser, &filter))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    RecordWriter writer(context.out(), format, kRiskKeys, riskNumeric());
    writer.writeHeader(kRiskKeys);
    constexpr qint64 kPage = 5000;
    for (qint64 offset = 0;; offset += kPage) {
        const Result<QList<Risk>> page = registry->risks().list(filter, offset, kPage);
        if (!page)
            return context.fail(page.error);
        for (const Risk &risk : *page)
            writer.writeRow(riskRow(risk));
        if (page->size() < kPage)
            break;
    }
    writer.finish();
    return ExitCode::Success;
}

int riskShow(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk show"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Shows one entry of the risk register.")));
    parser.addPositional(QStringLiteral("RISK_NO"), translated(QT_TRANSLATE_NOOP("Cli", "The entry, e.g. R-000001.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<Risk> risk = registry->risks().byNo(parser.positionals().constFirst());
    if (!risk)
        return context.fail(risk.error);
    const QStringList values = riskRow(*risk);
    for (int i = 0; i < kRiskKeys.size(); ++i)
        context.out() << kRiskKeys.at(i) << QStringLiteral(": ") << values.at(i) << QLatin1Char('\n');
    for (const QString &reason : risk->reassessmentReasons)
        context.out() << QStringLiteral("reassess: ") << reason << QLatin1Char('\n');
    return ExitCode::Success;
}

int riskAssess(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk assess"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Assesses an entry: threat likelihood and vulnerability "
                                                            "(derived from the asset's controls, or entered with a "
                                                            "rationale). Prints the value and level.")));
    parser.addPositional(QStringLiteral("RISK_NO"), translated(QT_TRANSLATE_NOOP("Cli", "The entry, e.g. R-000001.")));
    parser.addOption(QStringLiteral("likelihood"), QStringLiteral("1|2|3"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Threat likelihood, required.")));
    parser.addOption(QStringLiteral("vulnerability"), QStringLiteral("1|2|3|derived"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Vulnerability (default: derived).")));
    parser.addOption(QStringLiteral("rationale"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Why the vulnerability is what it is; required when it is "
                                                         "entered.")));
    parser.addOption(QStringLiteral("likelihood-rationale"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Why the likelihood is what it is.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    if (!parser.isSet(QStringLiteral("likelihood")))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 is required.")).arg(QStringLiteral("likelihood")));
    RiskService::Assessment assessment;
    QString error;
    if (!ratingOption(parser, QStringLiteral("likelihood"), &assessment.likelihood, &error))
        return context.usageError(error);
    const QString vulnerability = parser.value(QStringLiteral("vulnerability"), QStringLiteral("derived"));
    if (vulnerability != QLatin1String("derived")) {
        int value = 0;
        if (!ratingOption(parser, QStringLiteral("vulnerability"), &value, &error))
            return context.usageError(error);
        assessment.vulnerability = value;
    }
    assessment.vulnerabilityRationale = parser.value(QStringLiteral("rationale"));
    assessment.likelihoodRationale = parser.value(QStringLiteral("likelihood-rationale"));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<Risk> risk = registry->risks().assess(parser.positionals().constFirst(), assessment);
    if (!risk)
        return refused(context, risk.error);
    context.out() << risk->riskNo << QLatin1Char('\t') << risk->riskValue << QLatin1Char('\t') << risk->riskLevel
                  << QLatin1Char('\n');
    return ExitCode::Success;
}

int riskTreat(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk treat"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Plans the treatment of an entry. Planned controls are "
                                                            "assigned to the asset with the person and due date.")));
    parser.addPositional(QStringLiteral("RISK_NO"), translated(QT_TRANSLATE_NOOP("Cli", "The entry, e.g. R-000001.")));
    parser.addOption(
        QStringLiteral("treatment"), QStringLiteral("CODE"),
        translated(QT_TRANSLATE_NOOP("Cli", "The treatment, required: reduce, avoid, transfer or accept.")));
    parser.addOption(QStringLiteral("plan"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The treatment plan.")));
    parser.addRepeatableOption(QStringLiteral("control"), QStringLiteral("CODE"),
                               translated(QT_TRANSLATE_NOOP("Cli", "A control to add or strengthen; repeat for "
                                                                   "several.")));
    parser.addOption(QStringLiteral("responsible"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Who is responsible for the planned controls.")));
    parser.addOption(QStringLiteral("due"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "By when the treatment is done.")));
    parser.addOption(QStringLiteral("transfer-to"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Contractor, insurer or cloud provider the risk is "
                                                         "transferred to.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    if (!parser.isSet(QStringLiteral("treatment")))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 is required.")).arg(QStringLiteral("treatment")));
    RiskService::Treatment treatment;
    treatment.treatment = RiskCodes::fromText(RiskCodes::List::Treatment, parser.value(QStringLiteral("treatment")));
    if (treatment.treatment.isEmpty())
        treatment.treatment = parser.value(QStringLiteral("treatment"));
    treatment.plan = parser.value(QStringLiteral("plan"));
    treatment.transferTo = parser.value(QStringLiteral("transfer-to"));
    QString error;
    if (!dateOption(parser, QStringLiteral("due"), &treatment.due, &error))
        return context.usageError(error);
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    for (const QString &code : parser.values(QStringLiteral("control"))) {
        const Result<Control> control = registry->catalogs().findControl(code);
        if (!control)
            return context.fail(control.error);
        treatment.controls.append({control->id, parser.value(QStringLiteral("responsible")), treatment.due});
    }
    const Result<Risk> risk = registry->risks().planTreatment(parser.positionals().constFirst(), treatment);
    if (!risk)
        return refused(context, risk.error);
    context.out() << risk->riskNo << QLatin1Char('\t') << risk->status << QLatin1Char('\n');
    return ExitCode::Success;
}

int riskResidual(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk residual"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Records the residual likelihood and vulnerability after "
                                                            "treatment.")));
    parser.addPositional(QStringLiteral("RISK_NO"), translated(QT_TRANSLATE_NOOP("Cli", "The entry, e.g. R-000001.")));
    parser.addOption(QStringLiteral("likelihood"), QStringLiteral("1|2|3"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Residual likelihood, required.")));
    parser.addOption(QStringLiteral("vulnerability"), QStringLiteral("1|2|3"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Residual vulnerability, required.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    int likelihood = 0;
    int vulnerability = 0;
    QString error;
    for (const char *required : {"likelihood", "vulnerability"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 is required."))
                                          .arg(QString::fromLatin1(required)));
    if (!ratingOption(parser, QStringLiteral("likelihood"), &likelihood, &error) ||
        !ratingOption(parser, QStringLiteral("vulnerability"), &vulnerability, &error))
        return context.usageError(error);
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<Risk> risk =
        registry->risks().setResidual(parser.positionals().constFirst(), likelihood, vulnerability);
    if (!risk)
        return refused(context, risk.error);
    context.out() << risk->riskNo << QLatin1Char('\t') << risk->residualValue << QLatin1Char('\t')
                  << risk->residualLevel << QLatin1Char('\n');
    return ExitCode::Success;
}

int riskAccept(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk accept"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Records the acceptance of an entry's risk by someone "
                                                            "whose authority covers its level.")));
    parser.addPositional(QStringLiteral("RISK_NO"), translated(QT_TRANSLATE_NOOP("Cli", "The entry, e.g. R-000001.")));
    parser.addOption(QStringLiteral("by"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Who approves, required.")));
    parser.addOption(QStringLiteral("title"), QStringLiteral("TITLE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The approver's title, required.")));
    parser.addOption(QStringLiteral("role"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The approver's role: %1 (default: owner)."))
                         .arg(RiskCodes::codeList(RiskCodes::List::Role)));
    parser.addOption(QStringLiteral("on"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Day of approval (default: today).")));
    parser.addOption(QStringLiteral("until"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Until when the acceptance holds, required.")));
    parser.addOption(QStringLiteral("reason"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Why the risk is accepted, required.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    RiskAcceptance acceptance;
    acceptance.approver = parser.value(QStringLiteral("by"));
    acceptance.title = parser.value(QStringLiteral("title"));
    acceptance.reason = parser.value(QStringLiteral("reason"));
    acceptance.role =
        RiskCodes::fromText(RiskCodes::List::Role, parser.value(QStringLiteral("role"), QStringLiteral("owner")));
    if (acceptance.role.isEmpty())
        acceptance.role = parser.value(QStringLiteral("role"));
    QString error;
    if (!dateOption(parser, QStringLiteral("on"), &acceptance.on, &error) ||
        !dateOption(parser, QStringLiteral("until"), &acceptance.until, &error))
        return context.usageError(error);
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    if (!acceptance.on.isValid())
        acceptance.on = registry->clock().today();
    const QString riskNo = parser.positionals().constFirst();
    for (const QString &warning : registry->risks().acceptanceWarnings(riskNo, acceptance))
        context.message(warning);
    const Result<Risk> risk = registry->risks().accept(riskNo, acceptance);
    if (!risk)
        return refused(context, risk.error);
    context.out() << risk->riskNo << QLatin1Char('\t') << risk->status << QLatin1Char('\n');
    return ExitCode::Success;
}

int riskClose(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk close"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Closes an entry with the reason; an assessed entry is "
                                                            "never deleted. With --not-applicable a candidate is "
                                                            "marked not applicable.")));
    parser.addPositional(QStringLiteral("RISK_NO"), translated(QT_TRANSLATE_NOOP("Cli", "The entry, e.g. R-000001.")));
    parser.addOption(QStringLiteral("reason"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Why it is closed, required.")));
    parser.addOption(QStringLiteral("not-applicable"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "The threat does not apply to the asset.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const QString riskNo = parser.positionals().constFirst();
    const QString reason = parser.value(QStringLiteral("reason"));
    const Result<Risk> risk = parser.isSet(QStringLiteral("not-applicable"))
                                  ? registry->risks().markNotApplicable(riskNo, reason)
                                  : registry->risks().close(riskNo, reason);
    if (!risk)
        return refused(context, risk.error);
    context.out() << risk->riskNo << QLatin1Char('\t') << risk->status << QLatin1Char('\n');
    return ExitCode::Success;
}

int riskDue(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk due"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists entries overdue for review or treatment, needing "
                                                            "reassessment, or with an acceptance ending soon. Exit "
                                                            "status 1 when there are any.")));
    parser.addOption(QStringLiteral("within"), QStringLiteral("DAYS"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Acceptances ending within this many days (default: 30).")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    bool ok = true;
    const int within = parser.value(QStringLiteral("within"), QStringLiteral("30")).toInt(&ok);
    if (!ok || within < 0)
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "--within takes a number of days.")));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<QList<RiskService::DueEntry>> due = registry->risks().due(within);
    if (!due)
        return context.fail(due.error);
    RecordWriter writer(context.out(), RecordWriter::Format::Csv,
                        {QStringLiteral("risk_no"), QStringLiteral("asset_no"), QStringLiteral("risk_level"),
                         QStringLiteral("status"), QStringLiteral("why")});
    writer.writeHeader({QStringLiteral("risk_no"), QStringLiteral("asset_no"), QStringLiteral("risk_level"),
                        QStringLiteral("status"), QStringLiteral("why")});
    for (const RiskService::DueEntry &entry : *due)
        writer.writeRow({entry.risk.riskNo, entry.risk.assetNo, entry.risk.riskLevel, entry.risk.status,
                         entry.reasons.join(QStringLiteral(" "))});
    writer.finish();
    return due->isEmpty() ? ExitCode::Success : ExitCode::Failure;
}

} // namespace

int runRisk(CommandContext &context)
{
    const QStringList arguments = context.arguments();
    const QString usage =
        translated(QT_TRANSLATE_NOOP("Cli", "Usage: %1 risk candidates ASSET_NO… [--save]\n"
                                            "       %1 risk list [options]\n"
                                            "       %1 risk show RISK_NO\n"
                                            "       %1 risk assess RISK_NO [options]\n"
                                            "       %1 risk treat RISK_NO [options]\n"
                                            "       %1 risk residual RISK_NO [options]\n"
                                            "       %1 risk accept RISK_NO [options]\n"
                                            "       %1 risk close RISK_NO [options]\n"
                                            "       %1 risk due [options]\n"
                                            "       %1 risk print --kind analysis|plan|acceptance --pdf FILE\n"
                                            "       %1 risk export FILE.csv|FILE.xlsx\n"
                                            "Run '%1 risk SUBCOMMAND --help' for the options of each."))
            .arg(CommandContext::programName());
    if (arguments.isEmpty())
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Say what to do with the risk register, e.g. "
                                                                      "risk list.")));
    const QString &subcommand = arguments.constFirst();
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        context.out() << usage << QLatin1Char('\n');
        return ExitCode::Success;
    }
    const QHash<QString, int (*)(CommandContext &, const QStringList &)> subcommands{
        {QStringLiteral("candidates"), riskCandidates},
        {QStringLiteral("list"), riskList},
        {QStringLiteral("show"), riskShow},
        {QStringLiteral("assess"), riskAssess},
        {QStringLiteral("treat"), riskTreat},
        {QStringLiteral("residual"), riskResidual},
        {QStringLiteral("accept"), riskAccept},
        {QStringLiteral("close"), riskClose},
        {QStringLiteral("due"), riskDue},
        {QStringLiteral("print"), riskPrint},
        {QStringLiteral("export"), riskExport}};
    const auto run = subcommands.value(subcommand);
    if (!run)
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a risk command. Use candidates, list, show, assess, "
                                                "treat, residual, accept, close, due, print or export."))
                .arg(subcommand));
    return run(context, arguments.mid(1));
}
