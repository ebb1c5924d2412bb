// The entry of the command line: global options, language, and dispatch to the command table (see command.h for how
// to add a command). Exit status 0 success, 1 failure, 2 bad usage (DESIGN.md §11).
#include "cli.h"

#include "command.h"
#include "commands.h"
#include "programname.h"

#include "i18n/language.h"
#include "product/productinfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString mainHelp()
{
    QString text = translated(QT_TRANSLATE_NOOP("Cli", "Usage: %1 [--database FILE] [--lang ja|en] COMMAND [options]"))
                       .arg(Cli::programName()) +
                   QLatin1Char('\n');
    text += translated(QT_TRANSLATE_NOOP("Cli", "Information asset registry on the command line: list, show, add and "
                                                "edit assets and fill registries for tests.")) +
            QStringLiteral("\n\n");
    text += translated(QT_TRANSLATE_NOOP("Cli", "Options:")) + QLatin1Char('\n');
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("--database FILE"),
         translated(QT_TRANSLATE_NOOP("Cli", "The registry file to work on (default: your registry, as in the "
                                             "application window)."))},
        {QStringLiteral("--lang ja|en"),
         translated(QT_TRANSLATE_NOOP("Cli", "Language of messages and labels (default: the application's "
                                             "language)."))},
        {QStringLiteral("--version"), translated(QT_TRANSLATE_NOOP("Cli", "Show the version."))},
        {QStringLiteral("-h, --help"), translated(QT_TRANSLATE_NOOP("Cli", "Show this help."))},
    };
    for (const auto &option : options)
        text += QStringLiteral("  ") + option.first.leftJustified(18) + option.second + QLatin1Char('\n');
    text += QLatin1Char('\n') + translated(QT_TRANSLATE_NOOP("Cli", "Commands:")) + QLatin1Char('\n');
    for (const Command &command : CommandTable::all())
        text += QStringLiteral("  ") + QString::fromLatin1(command.name).leftJustified(18) +
                QCoreApplication::translate("Cli", command.summary) + QLatin1Char('\n');
    text += QLatin1Char('\n') +
            translated(QT_TRANSLATE_NOOP("Cli", "Run '%1 COMMAND --help' for the options of a command."))
                .arg(Cli::programName()) +
            QLatin1Char('\n');
    return text;
}

int usageError(QTextStream &err, const QString &message)
{
    const QString program = Cli::programName();
    err << program << QStringLiteral(": ") << message << QLatin1Char('\n');
    err << program << QStringLiteral(": ")
        << translated(QT_TRANSLATE_NOOP("Cli", "Run '%1 --help' for the commands and options.")).arg(program)
        << QLatin1Char('\n');
    err.flush();
    return ExitCode::Usage;
}

} // namespace

int runHelp(CommandContext &context)
{
    const QStringList &arguments = context.arguments();
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help") ||
        arguments.constFirst() == QLatin1String("-h")) {
        context.out() << mainHelp();
        return ExitCode::Success;
    }
    if (arguments.size() > 1)
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "Unexpected argument '%1'.")).arg(arguments.at(1)));
    const Command *command = CommandTable::find(arguments.constFirst());
    if (!command)
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "Unknown command '%1'.")).arg(arguments.constFirst()));
    // Every command prints its own help for --help, before it opens the registry.
    CommandContext inner(*command, {QStringLiteral("--help")}, QString(), context.out(), context.err());
    return command->run(inner);
}

bool Cli::needsGui(const QStringList &arguments)
{
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (argument == QLatin1String("--database") || argument == QLatin1String("--lang")) {
            ++index;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        const Command *command = CommandTable::find(argument);
        return command && command->renders(arguments.mid(index + 1));
    }
    return false;
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options come before the command; everything after the command belongs to it.
    QString databasePath;
    QString language;
    QString problem;
    bool help = false;
    bool version = false;
    qsizetype index = 0;
    for (; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (!argument.startsWith(QLatin1Char('-')))
            break;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (argument == QLatin1String("--version")) {
            version = true;
            continue;
        }
        bool takesValue = false;
        for (const QLatin1String name : {QLatin1String("--database"), QLatin1String("--lang")}) {
            if (argument != name && !argument.startsWith(name + QLatin1Char('=')))
                continue;
            takesValue = true;
            QString value;
            if (argument.size() > name.size()) {
                value = argument.mid(name.size() + 1);
            } else if (index + 1 < arguments.size()) {
                value = arguments.at(++index);
            }
            if (value.isEmpty() && problem.isEmpty())
                problem = translated(QT_TRANSLATE_NOOP("Cli", "The option %1 needs a value.")).arg(name);
            if (name == QLatin1String("--database"))
                databasePath = value;
            else
                language = value;
        }
        if (!takesValue && problem.isEmpty())
            problem = translated(QT_TRANSLATE_NOOP("Cli", "Unknown option %1.")).arg(argument);
    }

    // The language first, so that even a usage error is reported in it.
    const bool languageKnown = language.isEmpty() || Language::available().contains(language);
    Language::instance().setLanguage(languageKnown && !language.isEmpty() ? language : Language::preferred(),
                                     /*remember=*/false);
    if (!languageKnown && problem.isEmpty())
        problem = translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a language of the application. Use --lang ja or "
                                                      "--lang en."))
                      .arg(language);
    if (!problem.isEmpty())
        return usageError(err, problem);
    if (version) {
        out << ProductInfo::versionText(programName());
        out.flush();
        return ExitCode::Success;
    }
    if (help) {
        out << mainHelp();
        out.flush();
        return ExitCode::Success;
    }
    if (index >= arguments.size())
        return usageError(err, translated(QT_TRANSLATE_NOOP("Cli", "No command given.")));

    const Command *command = CommandTable::find(arguments.at(index));
    if (!command)
        return usageError(err, translated(QT_TRANSLATE_NOOP("Cli", "Unknown command '%1'.")).arg(arguments.at(index)));

    if (command->renders(arguments.mid(index + 1)) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // A caller's mistake, never the user's: main() creates a QGuiApplication for these commands (needsGui()).
        qCritical("The command %s renders and needs a QGuiApplication.", command->name);
        return ExitCode::Failure;
    }
    CommandContext context(*command, arguments.mid(index + 1), databasePath, out, err);
    int status = command->run(context);
    out.flush();
    if (status == ExitCode::Success && out.status() != QTextStream::Ok)
        status = context.fail(translated(QT_TRANSLATE_NOOP("Cli", "Could not write the output. Check that the disk "
                                                                  "is not full.")));
    return status;
}
