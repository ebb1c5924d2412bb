// The import and export commands (DESIGN.md §8, §11): import FILE [--dry-run] reads a CSV or XLSX file, lists every
// problem as row, column and message, and imports every row or none; export writes CSV, XLSX or JSON with the
// filters of the asset list.
#include "command.h"
#include "commands.h"
#include "filteroptions.h"
#include "optionparser.h"
#include "progressreport.h"

#include "domain/assetfield.h"
#include "domain/retentionrule.h"
#include "i18n/language.h"
#include "printing/printlanguage.h"
#include "service/assetexport.h"
#include "service/assetimport.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString useText(AssetImport::ColumnUse use, int field)
{
    switch (use) {
    case AssetImport::ColumnUse::Imported:
        return AssetField::byId(AssetField::Id(field)).label();
    case AssetImport::ColumnUse::AssignedByRegistry:
        return translated(QT_TRANSLATE_NOOP("Cli", "not imported: the registry assigns asset numbers"));
    case AssetImport::ColumnUse::Derived:
        return translated(QT_TRANSLATE_NOOP("Cli", "not imported: follows from the classification"));
    case AssetImport::ColumnUse::NotImported:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Cli", "not imported"));
}

} // namespace

int runImport(CommandContext &context)
{
    OptionParser parser(QStringLiteral("import"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Imports assets from a CSV file (UTF-8 or Shift_JIS, "
                                                            "comma or tab separated) or an Excel workbook (XLSX). "
                                                            "Headings may be Japanese or English, in any order, below "
                                                            "a title block. Every row is imported, or none.")));
    parser.addPositional(QStringLiteral("FILE"), translated(QT_TRANSLATE_NOOP("Cli", "The file to import.")));
    parser.addOption(QStringLiteral("dry-run"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Check the file and list every problem; import nothing.")));
    parser.addOption(QStringLiteral("sheet"), QStringLiteral("NAME|N"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The sheet of a workbook to read, by name or number "
                                                         "(default: the first visible sheet).")));
    parser.addOption(QStringLiteral("map"), QStringLiteral("HEADING=FIELD,…"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Import the column with this heading into this field (a "
                                                         "field key or label), or leave it out with HEADING=-.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    const QString path = parser.positionals().value(0);

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    AssetImport import;
    QString error;
    if (!import.load(path, &error, parser.value(QStringLiteral("sheet"))))
        return context.fail(error);

    if (parser.isSet(QStringLiteral("map"))) {
        const QStringList pairs = parser.value(QStringLiteral("map")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
            const QString heading = pair.left(equals).trimmed();
            const QString fieldName = pair.mid(equals + 1).trimmed();
            int column = -1;
            for (int index = 0; index < import.columns().size(); ++index) {
                if (import.columns().at(index).heading == heading)
                    column = index;
            }
            if (equals < 0 || column < 0)
                return context.usageError(
                    translated(QT_TRANSLATE_NOOP("Cli", "--map: the file has no column headed '%1'.")).arg(heading));
            if (fieldName == QLatin1String("-")) {
                import.setColumnField(column, -1);
                continue;
            }
            const AssetField *field = AssetField::find(fieldName);
            if (!field)
                return context.usageError(
                    translated(QT_TRANSLATE_NOOP("Cli", "--map: '%1' is not a field.")).arg(fieldName));
            import.setColumnField(column, field->id);
        }
    }

    // What was read and how each column is used.
    QTextStream &out = context.out();
    const QLocale locale;
    const QString source = import.sheetName().isEmpty()
                               ? translated(QT_TRANSLATE_NOOP("Cli", "CSV, %1")).arg(import.sourceDescription())
                               : translated(QT_TRANSLATE_NOOP("Cli", "workbook, sheet %1")).arg(import.sheetName());
    out << translated(QT_TRANSLATE_NOOP("Cli", "%1 (%2): header in row %3, %4 rows of assets."))
               .arg(QDir::toNativeSeparators(path), source)
               .arg(import.headerRowNumber())
               .arg(locale.toString(import.dataRowCount()))
        << Qt::endl;
    for (int column = 0; column < import.columns().size(); ++column) {
        const AssetImport::Column &entry = import.columns().at(column);
        out << QStringLiteral("  ")
            << (entry.heading.isEmpty() ? QStringLiteral("(%1)").arg(column + 1) : entry.heading)
            << QStringLiteral(" → ") << useText(import.columnUse(column), entry.field) << Qt::endl;
    }

    ProgressReport checking(context.err(), translated(QT_TRANSLATE_NOOP("Cli", "Importing")));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        const AssetImport::Plan plan = import.check(*registry);
        for (const ImportProblem &problem : plan.problems)
            out << problem.text() << Qt::endl;
        if (!plan.problems.isEmpty()) {
            out << QCoreApplication::translate("Cli", "Dry run: %n problem(s); nothing would be imported.", nullptr,
                                               int(plan.problems.size()))
                << Qt::endl;
            return ExitCode::Failure;
        }
        for (const ImportProblem &warning : plan.warnings)
            out << translated(QT_TRANSLATE_NOOP("Cli", "Warning: %1")).arg(warning.text()) << Qt::endl;
        const auto unset = std::count_if(plan.drafts.cbegin(), plan.drafts.cend(),
                                         [](const Asset &asset) { return RetentionRule::isUnset(asset); });
        if (unset > 0)
            out << QCoreApplication::translate("Cli",
                                               "%n asset(s) have no retention and will be flagged as retention not "
                                               "set until someone sets it.",
                                               nullptr, int(unset))
                << Qt::endl;
        out << QCoreApplication::translate("Cli", "Dry run: no problems; %n asset(s) would be imported.", nullptr,
                                           int(plan.drafts.size()))
            << Qt::endl;
        return ExitCode::Success;
    }
    const Result<int> result =
        import.commit(*registry, [&checking](int done, int total) { checking.update(done, total); });
    if (!result.ok()) {
        for (const Problem &problem : result.problems)
            context.message(problem.message);
        return context.fail(result.error);
    }
    out << QCoreApplication::translate("Cli", "Imported %n asset(s).", nullptr, *result.value) << Qt::endl;
    return ExitCode::Success;
}

int runExport(CommandContext &context)
{
    OptionParser parser(QStringLiteral("export"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Exports assets to CSV (UTF-8 with BOM for Excel, or "
                                                            "Shift_JIS), to an Excel workbook in the ledger's layout, "
                                                            "or to JSON. Importing the CSV or XLSX file gives back "
                                                            "every field.")));
    parser.addPositional(QStringLiteral("FILE"), translated(QT_TRANSLATE_NOOP("Cli", "The file to write.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|xlsx|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "File format (default: from the file name, else csv).")));
    parser.addOption(QStringLiteral("encoding"), QStringLiteral("utf-8-bom|utf-8|cp932"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Encoding of a CSV file (default: utf-8-bom). cp932 "
                                                         "(Shift_JIS) refuses characters it cannot hold and names "
                                                         "them.")));
    parser.addOption(QStringLiteral("columns"), QStringLiteral("KEY,KEY…"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Columns to write (default: every field, in ledger "
                                                         "order).")));
    parser.addOption(QStringLiteral("lang"), QStringLiteral("ja|en"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Language of headings and labels in the file (default: the "
                                                         "language of messages).")));
    parser.addOption(
        QStringLiteral("banner"), QStringLiteral("TEXT"),
        translated(QT_TRANSLATE_NOOP("Cli", "Handling banner of an Excel file (default: the highest handling "
                                            "label among the exported rows).")));
    FilterOptions::add(parser);
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    const QString path = parser.positionals().value(0);

    AssetExport::Options options;
    options.format = AssetExport::formatForFile(path);
    if (parser.isSet(QStringLiteral("format")) &&
        !AssetExport::formatFromName(parser.value(QStringLiteral("format")), &options.format))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an export format. Use csv, xlsx or "
                                                                      "json."))
                                      .arg(parser.value(QStringLiteral("format"))));
    if (parser.isSet(QStringLiteral("encoding"))) {
        if (!TextEncoding::encodingFromName(parser.value(QStringLiteral("encoding")), &options.encoding))
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an encoding. Use utf-8-bom, "
                                                                          "utf-8 or cp932."))
                                          .arg(parser.value(QStringLiteral("encoding"))));
        if (options.format != AssetExport::Format::Csv)
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "--encoding is for CSV files only.")));
    }
    if (parser.isSet(QStringLiteral("columns"))) {
        const QStringList keys = parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : keys) {
            const AssetField *field = AssetField::find(key);
            if (!field)
                return context.usageError(
                    translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a field.")).arg(key.trimmed()));
            options.columns << field->id;
        }
    }
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && !Language::available().contains(language))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a language. Use ja or en.")).arg(language));
    options.banner = parser.value(QStringLiteral("banner"));

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    if (const std::optional<int> exit = FilterOptions::read(context, parser, *registry, &options.filter, &options.sort))
        return *exit;
    ProgressReport progress(context.err(), translated(QT_TRANSLATE_NOOP("Cli", "Exporting")));
    Result<int> result;
    {
        // Headings and labels in the language asked for; messages stay in the language they were in.
        const PrintLanguage fileLanguage(language);
        result = AssetExport::write(*registry, path, options,
                                    [&progress](int done, int total) { progress.update(done, total); });
    }
    if (!result.ok())
        return context.fail(result.error);
    context.out() << QCoreApplication::translate("Cli", "Exported %n asset(s) to %1.", nullptr, *result.value)
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return ExitCode::Success;
}
