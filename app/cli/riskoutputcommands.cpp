// The risk register on paper and in files (design/risk.md "Outputs"): risk print --kind analysis|plan|acceptance
// --pdf FILE writes リスク分析結果一覧, リスク対応計画 or 残留リスク受容記録 on the paged renderer, and risk export
// FILE writes the register as CSV or XLSX in IPA-like columns. Both read the register through RiskService with the
// filters of risk list.
#include "command.h"
#include "commands.h"
#include "domain/riskcodes.h"
#include "i18n/language.h"
#include "optionparser.h"
#include "printing/pagedtablerenderer.h"
#include "printing/printlanguage.h"
#include "printing/riskdocument.h"
#include "riskoutput.h"
#include "service/registry.h"
#include "service/riskexport.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

void addRiskFilterOptions(OptionParser &parser)
{
    parser.addOption(QStringLiteral("level"), QStringLiteral("low|medium|high"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only entries of this level.")));
    parser.addOption(QStringLiteral("status"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only entries of this status: %1, or open."))
                         .arg(RiskCodes::codeList(RiskCodes::List::Status)));
    parser.addOption(QStringLiteral("department"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only entries of assets of this department.")));
    parser.addOption(QStringLiteral("stale"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only entries that need reassessment.")));
    parser.addOption(QStringLiteral("overdue"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only entries overdue for review or treatment.")));
}

std::optional<int> readRiskFilter(CommandContext &context, const OptionParser &parser, RiskFilter *filter)
{
    if (parser.isSet(QStringLiteral("level"))) {
        filter->level = RiskCodes::fromText(RiskCodes::List::Level, parser.value(QStringLiteral("level")));
        if (filter->level.isEmpty())
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a value of --%2. Use one of: "
                                                                          "%3."))
                                          .arg(parser.value(QStringLiteral("level")), QStringLiteral("level"),
                                               RiskCodes::codeList(RiskCodes::List::Level)));
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const QString text = parser.value(QStringLiteral("status"));
        filter->status = text == QLatin1String("open") ? text : RiskCodes::fromText(RiskCodes::List::Status, text);
        if (filter->status.isEmpty())
            return context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a value of --%2. Use one of: "
                                                    "%3."))
                    .arg(text, QStringLiteral("status"),
                         RiskCodes::codeList(RiskCodes::List::Status) + QStringLiteral(", open")));
    }
    filter->department = parser.value(QStringLiteral("department"));
    filter->staleOnly = parser.isSet(QStringLiteral("stale"));
    filter->overdue = parser.isSet(QStringLiteral("overdue"));
    return std::nullopt;
}

int riskPrint(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(
        QStringLiteral("risk print"),
        translated(QT_TRANSLATE_NOOP("Cli", "Writes the risk analysis results (リスク分析結果一覧), the "
                                            "treatment plan (リスク対応計画) or the residual risk "
                                            "acceptance record (残留リスク受容記録) as a PDF file, with "
                                            "approval boxes and the risk criteria on the first page.")));
    parser.addOption(QStringLiteral("kind"), QStringLiteral("analysis|plan|acceptance"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Which document (default: analysis).")));
    parser.addOption(QStringLiteral("pdf"), QStringLiteral("FILE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The PDF file to write (required).")));
    parser.addOption(QStringLiteral("paper"), QStringLiteral("A4|A3"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Paper size (default: A4).")));
    parser.addOption(QStringLiteral("portrait"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Print in portrait orientation (default: landscape).")));
    parser.addOption(QStringLiteral("lang"), QStringLiteral("ja|en"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Language of the document (default: the language of "
                                                         "messages).")));
    parser.addOption(
        QStringLiteral("banner"), QStringLiteral("TEXT"),
        translated(QT_TRANSLATE_NOOP("Cli", "Handling banner of the document (default: the highest handling "
                                            "label among the entries' assets; empty for none).")));
    parser.addOption(QStringLiteral("no-approval-boxes"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Leave out the approval boxes (承認・確認・作成) of the first "
                                                         "page.")));
    addRiskFilterOptions(parser);
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;

    RiskPrintOptions options;
    if (parser.isSet(QStringLiteral("kind")) &&
        !RiskDocument::parseKind(parser.value(QStringLiteral("kind")), &options.kind))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a kind of risk document. Use "
                                                                      "analysis, plan or acceptance."))
                                      .arg(parser.value(QStringLiteral("kind"))));
    const QString path = parser.value(QStringLiteral("pdf"));
    if (path.isEmpty())
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Name the PDF file to write with --pdf FILE.")));
    const QString paper = parser.value(QStringLiteral("paper"), QStringLiteral("A4")).toUpper();
    if (paper == QLatin1String("A3"))
        options.paper = QPageSize::A3;
    else if (paper != QLatin1String("A4"))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a paper size. Use A4 or A3.")).arg(paper));
    if (parser.isSet(QStringLiteral("portrait")))
        options.orientation = QPageLayout::Portrait;
    options.language = parser.value(QStringLiteral("lang"));
    if (!options.language.isEmpty() && !Language::available().contains(options.language))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a language. Use ja or en.")).arg(options.language));
    if (parser.isSet(QStringLiteral("banner")))
        options.banner = parser.value(QStringLiteral("banner"));
    options.approvalBoxes = !parser.isSet(QStringLiteral("no-approval-boxes"));
    if (const std::optional<int> exit = readRiskFilter(context, parser, &options.filter))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;

    PagedDocument document;
    QString error;
    if (!RiskDocument::build(*registry, options, &document, &error))
        return context.fail(error);
    int pageCount = 0;
    if (!PagedTableRenderer::writePdf(document, path, &error, [&pageCount](int, int total) {
            pageCount = total;
            return true;
        }))
        return context.fail(error);
    context.out() << translated(QT_TRANSLATE_NOOP("Cli", "Wrote %1 to %2"))
                         .arg(document.header.title, QDir::toNativeSeparators(path))
                  << QStringLiteral(" (") << QCoreApplication::translate("Cli", "%n page(s)", nullptr, pageCount)
                  << QStringLiteral(").") << Qt::endl;
    return ExitCode::Success;
}

int riskExport(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("risk export"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Writes the risk register as a CSV file or an Excel "
                                                            "workbook in IPA-like columns; the file name's suffix "
                                                            "(.csv or .xlsx) says which.")));
    parser.addPositional(QStringLiteral("FILE"),
                         translated(QT_TRANSLATE_NOOP("Cli", "The file to write, e.g. risks.csv or risks.xlsx.")));
    parser.addOption(QStringLiteral("encoding"), QStringLiteral("utf-8-bom|utf-8|cp932"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Encoding of a CSV file (default: utf-8-bom).")));
    parser.addOption(QStringLiteral("lang"), QStringLiteral("ja|en"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Language of the headings and names (default: the language "
                                                         "of messages).")));
    addRiskFilterOptions(parser);
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    const QString path = parser.positionals().constFirst();
    RiskExport::Options options;
    if (!RiskExport::formatOfPath(path, &options.format))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Name a .csv or .xlsx file to write, not "
                                                                      "'%1'."))
                                      .arg(path));
    if (parser.isSet(QStringLiteral("encoding"))) {
        if (!TextEncoding::encodingFromName(parser.value(QStringLiteral("encoding")), &options.encoding))
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an encoding. Use utf-8-bom, "
                                                                          "utf-8 or cp932."))
                                          .arg(parser.value(QStringLiteral("encoding"))));
        if (options.format != RiskExport::Format::Csv)
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "--encoding is for CSV files only.")));
    }
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && !Language::available().contains(language))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a language. Use ja or en.")).arg(language));
    if (const std::optional<int> exit = readRiskFilter(context, parser, &options.filter))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    Result<qint64> written;
    {
        const PrintLanguage fileLanguage(language);
        written = RiskExport::write(*registry, path, options);
    }
    if (!written)
        return context.fail(written.error);
    context.out() << QCoreApplication::translate("Cli", "Exported %n risk entries to %1", nullptr, int(*written))
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return ExitCode::Success;
}
