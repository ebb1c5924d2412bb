// Selection options of export and ledger.
#include "filteroptions.h"

#include "command.h"
#include "domain/assetcodes.h"
#include "optionparser.h"
#include "service/registry.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

namespace FilterOptions {

void add(OptionParser &parser, const QString &prefix)
{
    parser.addOption(prefix + QStringLiteral("search"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets whose text contains every word.")));
    parser.addOption(prefix + QStringLiteral("department"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets of this managing department.")));
    parser.addOption(prefix + QStringLiteral("type"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets of this type: %1."))
                         .arg(AssetCodes::assetTypes().join(QStringLiteral(", "))));
    parser.addOption(prefix + QStringLiteral("importance"), QStringLiteral("N"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets of this importance: 1, 2 or 3.")));
    parser.addOption(prefix + QStringLiteral("status"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets with this status: %1."))
                         .arg(AssetCodes::statuses().join(QStringLiteral(", "))));
    parser.addOption(prefix + QStringLiteral("personal-info"), QStringLiteral("CODE|any"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets with this kind of personal information (%1), or "
                                                         "any kind."))
                         .arg(AssetCodes::personalInfoKinds().join(QStringLiteral(", "))));
    parser.addOption(prefix + QStringLiteral("overdue"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets overdue for review (next review before today; "
                                                         "never disposed ones).")));
    parser.addOption(prefix + QStringLiteral("retention-unset"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only assets whose retention is not set (保存期限未設定).")));
    parser.addOption(prefix + QStringLiteral("include-disposed"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Include disposed assets.")));
    // A selection for a change (edit --where-…) has no order.
    if (!prefix.isEmpty())
        return;
    parser.addOption(prefix + QStringLiteral("sort"), QStringLiteral("KEY"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Sort by this field (default: asset_no).")));
    parser.addOption(prefix + QStringLiteral("desc"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Sort in descending order.")));
}

std::optional<int> read(CommandContext &context, const OptionParser &parser, const Registry &registry,
                        AssetFilter *filter, AssetSort *sort, const QString &prefix)
{
    filter->search = parser.value(prefix + QStringLiteral("search"));
    filter->department = parser.value(prefix + QStringLiteral("department")).trimmed();
    filter->includeDisposed = parser.isSet(prefix + QStringLiteral("include-disposed"));
    filter->overdueForReview = parser.isSet(prefix + QStringLiteral("overdue"));
    filter->retentionUnset = parser.isSet(prefix + QStringLiteral("retention-unset"));
    if (parser.isSet(prefix + QStringLiteral("type"))) {
        filter->assetType = AssetCodes::assetTypeFromText(parser.value(prefix + QStringLiteral("type")));
        if (filter->assetType.isEmpty())
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an asset type. Use one of: %2."))
                                          .arg(parser.value(prefix + QStringLiteral("type")),
                                               AssetCodes::assetTypes().join(QStringLiteral(", "))));
    }
    if (parser.isSet(prefix + QStringLiteral("status"))) {
        filter->status = AssetCodes::statusFromText(parser.value(prefix + QStringLiteral("status")));
        if (filter->status.isEmpty())
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a status. Use one of: %2."))
                                          .arg(parser.value(prefix + QStringLiteral("status")),
                                               AssetCodes::statuses().join(QStringLiteral(", "))));
    }
    if (parser.isSet(prefix + QStringLiteral("personal-info"))) {
        const QString value = parser.value(prefix + QStringLiteral("personal-info"));
        filter->personalInfo = value.trimmed().compare(QLatin1String("any"), Qt::CaseInsensitive) == 0
                                   ? QStringLiteral("any")
                                   : AssetCodes::personalInfoFromText(value);
        if (filter->personalInfo.isEmpty())
            return context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a kind of personal information. Use any or one of: "
                                                    "%2."))
                    .arg(value, AssetCodes::personalInfoKinds().join(QStringLiteral(", "))));
    }
    if (parser.isSet(prefix + QStringLiteral("importance"))) {
        const QString value = parser.value(prefix + QStringLiteral("importance")).trimmed();
        bool ok = false;
        filter->importance = value.toInt(&ok);
        if (!ok) {
            for (const int ordinal : registry.scheme().importanceOrdinals()) {
                if (value.compare(registry.scheme().importanceLabel(ordinal), Qt::CaseInsensitive) == 0) {
                    filter->importance = ordinal;
                    ok = true;
                }
            }
        }
        if (!ok || filter->importance < 1 || filter->importance > 3)
            return context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an importance. Use 1, 2 or 3.")).arg(value));
    }
    if (parser.isSet(prefix + QStringLiteral("sort"))) {
        const AssetField *field = AssetField::find(parser.value(prefix + QStringLiteral("sort")));
        if (!field)
            return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a field to sort by. Use a field "
                                                                          "key such as asset_no or name."))
                                          .arg(parser.value(prefix + QStringLiteral("sort"))));
        sort->field = field->id;
    }
    sort->order = parser.isSet(prefix + QStringLiteral("desc")) ? Qt::DescendingOrder : Qt::AscendingOrder;
    return std::nullopt;
}

bool given(const OptionParser &parser, const QString &prefix)
{
    for (const char *name : {"search", "department", "type", "importance", "status", "personal-info", "overdue",
                             "retention-unset", "include-disposed"}) {
        if (parser.isSet(prefix + QLatin1String(name)))
            return true;
    }
    return false;
}

} // namespace FilterOptions
