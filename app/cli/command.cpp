// What every command shares: parsing with --help, opening the registry, reporting errors.
#include "command.h"

#include "optionparser.h"
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
    m_registry =
        m_databasePath.isEmpty() ? Registry::openOrCreateDefault(&error) : Registry::open(m_databasePath, &error);
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
