// The commands of a shared registry on a PostgreSQL server: server init creates the registry and its roles in an
// empty database; server grant, revoke and members manage who may do what (DESIGN.md §14), through AccessService.
#include "command.h"
#include "commands.h"
#include "createoptions.h"
#include "domain/registrylocation.h"
#include "optionparser.h"
#include "recordwriter.h"
#include "service/accessservice.h"
#include "service/registry.h"
#include "service/registrymove.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// The shared registry the command is about: --database must name one.
std::optional<int> requireServerAddress(CommandContext &context)
{
    if (RegistryLocation::isServerAddress(context.databasePath()))
        return std::nullopt;
    return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "The server commands work on a shared registry: "
                                                                  "name it with --database "
                                                                  "postgresql://USER@HOST/DATABASE.")));
}

int serverInit(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("server init"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Creates a shared registry in the empty database of "
                                                            "--database, with its roles (administrator, editor, "
                                                            "auditor, viewer); run by the database's owner, who needs "
                                                            "the right to create roles. On an existing registry it "
                                                            "upgrades the schema and brings the roles' privileges up "
                                                            "to date.")));
    CreateOptions::add(parser);
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    if (const std::optional<int> exit = requireServerAddress(context))
        return *exit;
    Registry::CreateOptions options;
    if (const std::optional<int> exit = CreateOptions::read(context, parser, &options))
        return *exit;

    if (!context.askServerPassword())
        return ExitCode::Failure;
    QString createError;
    std::unique_ptr<Registry> registry = Registry::create(context.databaseAddress(), options, &createError);
    bool existed = false;
    if (!registry) {
        QString openError;
        registry = Registry::open(context.databaseAddress(), &openError);
        if (!registry)
            return context.fail(createError);
        existed = true;
    }
    const Result<bool> roles = registry->access().setUpRoles();
    if (!roles)
        return context.fail(roles.error);
    context.out() << registry->path() << QLatin1Char('\n');
    if (existed)
        context.message(translated(QT_TRANSLATE_NOOP("Cli", "The registry existed already: its schema and the "
                                                            "privileges of its roles are up to date.")));
    else
        context.message(translated(QT_TRANSLATE_NOOP("Cli", "Created the registry and its roles. Give users a role "
                                                            "with '%1 --database ADDRESS server grant USER --role "
                                                            "editor --department NAME'."))
                            .arg(CommandContext::programName()));
    return ExitCode::Success;
}

int serverGrant(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("server grant"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Gives a user of the server one role in the shared "
                                                            "registry (replacing the role it had). A user the server "
                                                            "does not know yet is created without a password: set one "
                                                            "with psql's \\password.")));
    parser.addPositional(QStringLiteral("USER"), translated(QT_TRANSLATE_NOOP("Cli", "The user name on the server.")));
    parser.addOption(QStringLiteral("role"), QStringLiteral("administrator|editor|auditor|viewer"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The role: administrators change everything, editors the "
                                                         "assets of their departments, auditors and viewers read "
                                                         "(viewers without the history and evidence).")));
    parser.addRepeatableOption(QStringLiteral("department"), QStringLiteral("NAME"),
                               translated(QT_TRANSLATE_NOOP("Cli", "A department whose assets an editor writes "
                                                                   "(repeat for several).")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    if (const std::optional<int> exit = requireServerAddress(context))
        return *exit;
    if (!parser.isSet(QStringLiteral("role")))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Name the role with --role.")));
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<RegistryMember> member =
        registry->access().grant(parser.positionals().constFirst(), parser.value(QStringLiteral("role")),
                                 parser.values(QStringLiteral("department")));
    if (!member)
        return context.fail(member.error);
    QString line = QStringLiteral("%1\t%2").arg(member->user, member->role);
    if (!member->departments.isEmpty())
        line += QLatin1Char('\t') + member->departments.join(QStringLiteral(", "));
    context.out() << line << QLatin1Char('\n');
    return ExitCode::Success;
}

int serverRevoke(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("server revoke"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Takes a user's role in the shared registry away (the "
                                                            "user stays on the server).")));
    parser.addPositional(QStringLiteral("USER"), translated(QT_TRANSLATE_NOOP("Cli", "The user name on the server.")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    if (const std::optional<int> exit = requireServerAddress(context))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const Result<bool> revoked = registry->access().revoke(parser.positionals().constFirst());
    if (!revoked)
        return context.fail(revoked.error);
    return ExitCode::Success;
}

int serverMembers(CommandContext &context, const QStringList &arguments)
{
    OptionParser parser(QStringLiteral("server members"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the users with a role in the shared registry, and "
                                                            "the departments of editors.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv).")));
    if (const std::optional<int> exit = parseSubcommand(context, parser, arguments))
        return *exit;
    if (const std::optional<int> exit = requireServerAddress(context))
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
    const Result<QList<RegistryMember>> members = registry->access().members();
    if (!members)
        return context.fail(members.error);
    const QStringList keys{QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("departments")};
    RecordWriter writer(context.out(), format, keys, QList<bool>(keys.size(), false));
    writer.writeHeader(keys);
    for (const RegistryMember &member : *members)
        writer.writeRow({member.user, member.role, member.departments.join(QLatin1Char(' '))});
    writer.finish();
    return ExitCode::Success;
}

} // namespace

int runMigrate(CommandContext &context)
{
    OptionParser parser(
        QStringLiteral("migrate"),
        translated(QT_TRANSLATE_NOOP("Cli", "Copies a registry file to a shared registry on a PostgreSQL "
                                            "server: every asset, control, assignment, disposal "
                                            "record, evidence file, risk entry and the whole audit "
                                            "history. The database must be empty; the copy is checked "
                                            "(rows, evidence hashes, audit chain) before the command "
                                            "reports success. Then run 'server init' on it to set up "
                                            "the roles.")));
    parser.addOption(QStringLiteral("from"), QStringLiteral("FILE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The registry file to copy; its data stays as it is.")));
    parser.addOption(QStringLiteral("to"), QStringLiteral("postgresql://…"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The empty database on the server.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "Name the registry file with --from and the server with --to.")));
    // A server that wants a password libpq's places do not hold gets it asked, as for --database.
    const std::optional<QString> target = context.withServerPassword(parser.value(QStringLiteral("to")));
    if (!target)
        return ExitCode::Failure;
    const QLocale locale;
    const Result<RegistryMoveReport> report = RegistryMove::move(
        parser.value(QStringLiteral("from")), *target, [&context, &locale](const QString &table, qint64 rows) {
            context.err()
                << translated(QT_TRANSLATE_NOOP("Cli", "Copying %1: %2 rows")).arg(table, locale.toString(rows))
                << QLatin1Char('\n');
            context.err().flush();
            return true;
        });
    if (!report)
        return context.fail(report.error);
    for (const auto &table : report->rows)
        context.out() << table.first << QLatin1Char('\t') << table.second << QLatin1Char('\n');
    context.message(translated(QT_TRANSLATE_NOOP("Cli", "Copied and checked: the audit chain verifies on the server "
                                                        "up to the checkpoint %1, and %2 evidence files match their "
                                                        "SHA-256."))
                        .arg(report->checkpoint.toString())
                        .arg(report->evidenceFiles));
    return ExitCode::Success;
}

int runServer(CommandContext &context)
{
    const QStringList arguments = context.arguments();
    if (arguments.isEmpty())
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Say what to do with the shared registry, e.g. "
                                                                      "server init.")));
    const QString &subcommand = arguments.constFirst();
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        context.out() << translated(QT_TRANSLATE_NOOP("Cli", "Usage: %1 --database postgresql://… server init "
                                                             "[options]\n"
                                                             "       %1 --database postgresql://… server grant USER "
                                                             "--role ROLE [--department NAME…]\n"
                                                             "       %1 --database postgresql://… server revoke USER\n"
                                                             "       %1 --database postgresql://… server members\n"
                                                             "Run '%1 server SUBCOMMAND --help' for the options of "
                                                             "each."))
                             .arg(CommandContext::programName())
                      << QLatin1Char('\n');
        return ExitCode::Success;
    }
    const QStringList rest = arguments.mid(1);
    if (subcommand == QLatin1String("init"))
        return serverInit(context, rest);
    if (subcommand == QLatin1String("grant"))
        return serverGrant(context, rest);
    if (subcommand == QLatin1String("revoke"))
        return serverRevoke(context, rest);
    if (subcommand == QLatin1String("members"))
        return serverMembers(context, rest);
    return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a server command. Use init, grant, "
                                                                  "revoke or members."))
                                  .arg(subcommand));
}
