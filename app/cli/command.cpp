// What every command shares: parsing with --help, opening the registry, reporting errors.
#include "command.h"

#include "domain/registrylocation.h"
#include "domain/serveraddress.h"
#include "optionparser.h"
#include "passwordprompt.h"
#include "service/integritycheck.h"
#include "service/networkfilesystem.h"
#include "service/registry.h"
#include "service/writernote.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

CommandContext::CommandContext(const Command &command, QStringList arguments, QString databasePath, QTextStream &out,
                               QTextStream &err)
    : m_command(command)
    , m_arguments(std::move(arguments))
    , m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
{
}

CommandContext::~CommandContext() = default;

std::optional<int> CommandContext::parse(OptionParser &parser)
{
    QString error;
    if (!parser.parse(m_arguments, &error))
        return usageError(error);
    if (parser.helpRequested()) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitCode::Success;
    }
    return std::nullopt;
}

Registry *CommandContext::registry()
{
    if (m_registry || m_openFailed)
        return m_registry.get();
    QString error;
    // Another program that finds the registry locked while this command writes can say what it is doing.
    WriterNote::setOperation(name());
    if (m_databasePath.isEmpty()) {
        m_registry = Registry::openOrCreateDefault(&error);
    } else {
        ServerRefusal refusal = ServerRefusal::None;
        const QString address = m_connectionAddress.isEmpty() ? m_databasePath : m_connectionAddress;
        m_registry = Registry::open(address, &error, &refusal);
        if (!m_registry && refusal == ServerRefusal::PasswordNeeded && m_connectionAddress.isEmpty()) {
            if (!askServerPassword()) {
                m_openFailed = true;
                return nullptr;
            }
            m_registry = Registry::open(m_connectionAddress, &error, &refusal);
        }
    }
    if (!m_registry) {
        m_openFailed = true;
        message(error);
        // A damaged file: name the backup to restore, and how.
        const QString path = m_databasePath.isEmpty() ? Registry::defaultPath() : m_databasePath;
        if (const QString wayOut = IntegrityCheck::wayOutIfDamaged(path); !wayOut.isEmpty())
            message(wayOut);
    } else if (const QString warning = NetworkFileSystem::warning(m_registry->path()); !warning.isEmpty()) {
        message(warning);
    }
    return m_registry.get();
}

bool CommandContext::askServerPassword()
{
    if (!m_connectionAddress.isEmpty())
        return true;
    const std::optional<QString> address = withServerPassword(m_databasePath);
    if (!address)
        return false;
    if (*address != m_databasePath)
        m_connectionAddress = *address;
    return true;
}

std::optional<QString> CommandContext::withServerPassword(const QString &address)
{
    if (!RegistryLocation::isServerAddress(address))
        return address;
    ServerAddress server;
    QString error;
    if (!ServerAddress::parse(address, &server, &error) || !server.password.isEmpty())
        return address;
    const std::atomic<bool> never{false};
    if (Registry::checkServer(address, never, &error) != ServerRefusal::PasswordNeeded)
        return address;
    // The user libpq signs in as when the address names none.
    QString user = server.user;
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (!PasswordPrompt::canAsk()) {
        message(translated(QT_TRANSLATE_NOOP("Cli", "The server %1 asks for the password of %2, and this command "
                                                    "cannot ask for it: its input is not a terminal. Put the "
                                                    "password in ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, "
                                                    "readable only by you) or in the environment variable "
                                                    "PGPASSWORD, and run the command again."))
                    .arg(server.displayName(), user));
        return std::nullopt;
    }
    QString password;
    if (!PasswordPrompt::ask(
            translated(QT_TRANSLATE_NOOP("Cli", "Password of %1 for %2: ")).arg(user, server.displayName()),
            &password)) {
        message(translated(QT_TRANSLATE_NOOP("Cli", "No password was typed; nothing was done.")));
        return std::nullopt;
    }
    server.password = password;
    password.fill(QLatin1Char('\0'));
    QString withPassword = server.connectionUrl();
    server.password.fill(QLatin1Char('\0'));
    return withPassword;
}

int CommandContext::usageError(const QString &text)
{
    message(text);
    message(
        translated(QT_TRANSLATE_NOOP("Cli", "Run '%1 %2 --help' to see how to use it.")).arg(programName(), name()));
    return ExitCode::Usage;
}

int CommandContext::fail(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        message(line);
    return ExitCode::Failure;
}

void CommandContext::message(const QString &text)
{
    m_err << programName() << QStringLiteral(": ") << text << QLatin1Char('\n');
    m_err.flush();
}
