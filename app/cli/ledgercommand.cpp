// The ledger command (DESIGN.md §9, §11): the printed asset ledger as a PDF file, with the same options as printing
// from the application — columns, grouping, paper, orientation, language, banner — and the filters of the list.
#include "command.h"
#include "commands.h"
#include "filteroptions.h"
#include "optionparser.h"
#include "progressreport.h"

#include "i18n/language.h"
#include "printing/ledgerdocument.h"
#include "printing/pagedtablerenderer.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QDir>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int runLedger(CommandContext &context)
{
    OptionParser parser(QStringLiteral("ledger"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Writes the asset ledger (情報資産管理台帳) as a PDF file: "
                                                            "header with organisation, title, handling banner, "
                                                            "selection and print time; page n of N on every page.")));
    parser.addOption(QStringLiteral("pdf"), QStringLiteral("FILE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The PDF file to write (required).")));
    parser.addOption(QStringLiteral("columns"), QStringLiteral("KEY,KEY…"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Columns to print (default: the IPA ledger's columns).")));
    parser.addOption(QStringLiteral("group-by"), QStringLiteral("department|asset_type"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Group the assets, with a count per group.")));
    parser.addOption(QStringLiteral("paper"), QStringLiteral("A4|A3"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Paper size (default: A4).")));
    parser.addOption(QStringLiteral("portrait"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Print in portrait orientation (default: landscape).")));
    parser.addOption(QStringLiteral("lang"), QStringLiteral("ja|en"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Language of the ledger (default: the language of "
                                                         "messages).")));
    parser.addOption(
        QStringLiteral("banner"), QStringLiteral("TEXT"),
        translated(QT_TRANSLATE_NOOP("Cli", "Handling banner of the document (default: the highest handling "
                                            "label among the printed assets; empty for none).")));
    parser.addOption(QStringLiteral("no-approval-boxes"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Leave out the approval boxes (承認・確認・作成) of the first "
                                                         "page.")));
    FilterOptions::add(parser);
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;

    const QString path = parser.value(QStringLiteral("pdf"));
    if (path.isEmpty())
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Name the PDF file to write with --pdf FILE.")));
    LedgerOptions options;
    QString error;
    if (parser.isSet(QStringLiteral("columns")) &&
        !LedgerDocument::parseColumns(parser.value(QStringLiteral("columns")), &options.columns, &error))
        return context.usageError(error);
    if (!LedgerDocument::parseGrouping(parser.value(QStringLiteral("group-by")), &options.grouping))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a grouping. Use department or "
                                                                      "asset_type."))
                                      .arg(parser.value(QStringLiteral("group-by"))));
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
    options.approvalBoxes = !parser.isSet(QStringLiteral("no-approval-boxes"));
    if (parser.isSet(QStringLiteral("banner")))
        options.banner = parser.value(QStringLiteral("banner"));

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    if (const std::optional<int> exit = FilterOptions::read(context, parser, *registry, &options.filter, &options.sort))
        return *exit;

    ProgressReport reading(context.err(), translated(QT_TRANSLATE_NOOP("Cli", "Reading assets")));
    PagedDocument document;
    int assets = 0; // as read for the document, not counted again afterwards
    if (!LedgerDocument::build(*registry, options, &document, &error, [&reading, &assets](int done, int total) {
            reading.update(done, total);
            assets = done;
        }))
        return context.fail(error);
    ProgressReport pages(context.err(), translated(QT_TRANSLATE_NOOP("Cli", "Writing pages")));
    int pageCount = 0;
    if (!PagedTableRenderer::writePdf(document, path, &error, [&](int page, int total) {
            pages.update(page, total);
            pageCount = total;
            return true;
        }))
        return context.fail(error);
    context.out() << QCoreApplication::translate("Cli", "Wrote the ledger of %n asset(s) to %1", nullptr, assets)
                         .arg(QDir::toNativeSeparators(path))
                  << QStringLiteral(" (") << QCoreApplication::translate("Cli", "%n page(s)", nullptr, pageCount)
                  << QStringLiteral(").") << Qt::endl;
    return ExitCode::Success;
}
