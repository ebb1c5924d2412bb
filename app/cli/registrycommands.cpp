// Commands about the registry file itself: init creates one, info describes one.
#include "command.h"
#include "commands.h"
#include "createoptions.h"
#include "domain/registrylocation.h"
#include "optionparser.h"
#include "service/assetservice.h"
#include "service/settingsservice.h"

#include "service/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "service/auditlog.h"
#include "textwidth.h"

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// A registry file as an absolute native path; the address of a shared registry as it is.
QString shownLocation(const QString &location)
{
    if (RegistryLocation::isServerAddress(location))
        return location;
    return QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
}

} // namespace

int runInit(CommandContext &context)
{
    OptionParser parser(QStringLiteral("init"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Creates a new, empty registry file: the --database file, "
                                                            "or your default registry if it does not exist yet.")));
    CreateOptions::add(parser);
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;

    Registry::CreateOptions options;
    if (const std::optional<int> exit = CreateOptions::read(context, parser, &options))
        return *exit;

    const QString path = context.databasePath().isEmpty() ? Registry::defaultPath() : context.databasePath();
    QString error;
    const std::unique_ptr<Registry> registry = Registry::create(path, options, &error);
    if (!registry)
        return context.fail(error);
    context.out() << shownLocation(registry->path()) << QLatin1Char('\n');
    return ExitCode::Success;
}

int runInfo(CommandContext &context)
{
    OptionParser parser(QStringLiteral("info"), translated(QT_TRANSLATE_NOOP(
                                                    "Cli", "Shows the registry file, its classification scheme, schema "
                                                           "version and number of assets.")));
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

    const QString path = shownLocation(registry->path());
    const qint64 assets = registry->assets().totalCount();
    const qint64 events = registry->audit().count();
    const int schema = registry->schemaVersion();
    if (format == QLatin1String("json")) {
        const QJsonObject object{{QStringLiteral("path"), path},
                                 {QStringLiteral("scheme"), registry->scheme().code()},
                                 {QStringLiteral("schema_version"), schema},
                                 {QStringLiteral("organisation"), registry->settings().organisation()},
                                 {QStringLiteral("asset_no_prefix"), registry->settings().assetNoPrefix()},
                                 {QStringLiteral("assets"), double(assets)},
                                 {QStringLiteral("audit_events"), double(events)}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    const QList<QPair<QString, QString>> lines = {
        {translated(QT_TRANSLATE_NOOP("Cli", "Registry file")), path},
        {translated(QT_TRANSLATE_NOOP("Cli", "Organisation")), registry->settings().organisation()},
        {translated(QT_TRANSLATE_NOOP("Cli", "Classification scheme")),
         QStringLiteral("%1 (%2)").arg(registry->scheme().name(), registry->scheme().code())},
        {translated(QT_TRANSLATE_NOOP("Cli", "Asset number prefix")), registry->settings().assetNoPrefix()},
        {translated(QT_TRANSLATE_NOOP("Cli", "Schema version")), QString::number(schema)},
        {translated(QT_TRANSLATE_NOOP("Cli", "Assets")), QString::number(assets)},
        {translated(QT_TRANSLATE_NOOP("Cli", "Audit events")), QString::number(events)},
    };
    int width = 0;
    for (const auto &line : lines)
        width = std::max(width, TextWidth::columns(line.first));
    for (const auto &line : lines)
        context.out() << TextWidth::padded(line.first, width) << QStringLiteral("  ") << line.second
                      << QLatin1Char('\n');
    return ExitCode::Success;
}
