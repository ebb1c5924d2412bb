// Option parsing and help text of one command.
#include "optionparser.h"

#include "programname.h"
#include "textwidth.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

bool isGlobalOption(const QString &name)
{
    return name == QLatin1String("database") || name == QLatin1String("lang") || name == QLatin1String("version");
}

} // namespace

OptionParser::OptionParser(QString command, QString summary)
    : m_command(std::move(command))
    , m_summary(std::move(summary))
{
}

void OptionParser::addOption(const QString &name, const QString &valueName, const QString &description)
{
    m_options.append({name, valueName, description, {}});
}

void OptionParser::addRepeatableOption(const QString &name, const QString &valueName, const QString &description)
{
    m_options.append({name, valueName, description, {}, true});
}

void OptionParser::addAlias(const QString &alias, const QString &name)
{
    for (Option &option : m_options) {
        if (option.name == name)
            option.aliases << alias;
    }
}

void OptionParser::addPositional(const QString &name, const QString &description)
{
    m_positionals.append({name, description, false});
}

void OptionParser::addOptionalPositional(const QString &name, const QString &description)
{
    m_positionals.append({name, description, true});
}

const OptionParser::Option *OptionParser::findOption(const QString &name) const
{
    for (const Option &option : m_options) {
        if (option.name == name || option.aliases.contains(name))
            return &option;
    }
    return nullptr;
}

bool OptionParser::parse(const QStringList &arguments, QString *error)
{
    bool optionsEnded = false;
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (optionsEnded || !argument.startsWith(QLatin1String("-")) || argument == QLatin1String("-")) {
            m_positionalValues << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            m_help = true;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            *error = translated(QT_TRANSLATE_NOOP("Cli", "Unknown option %1. Options are written with two dashes, "
                                                         "e.g. --format."))
                         .arg(argument);
            return false;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const Option *option = findOption(name);
        if (!option) {
            if (isGlobalOption(name))
                *error = translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 goes before the command: %2 --%1 … %3 …"))
                             .arg(name, Cli::programName(), m_command);
            else
                *error = translated(QT_TRANSLATE_NOOP("Cli", "Unknown option --%1 for the command %2."))
                             .arg(name, m_command);
            return false;
        }
        if (m_values.contains(option->name) && !option->repeatable) {
            *error = translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 is given more than once. Give it once."))
                         .arg(option->name);
            return false;
        }
        QString value;
        if (option->valueName.isEmpty()) {
            if (equals >= 0) {
                *error =
                    translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 takes no value. Write just --%1.")).arg(name);
                return false;
            }
        } else if (equals >= 0) {
            value = argument.mid(equals + 1);
        } else {
            // A following "--something" is far more often a forgotten value than a value that looks like an option;
            // such a value can still be given as --name=--something.
            if (index + 1 >= arguments.size() || arguments.at(index + 1).startsWith(QLatin1String("--"))) {
                *error = translated(QT_TRANSLATE_NOOP("Cli", "The option --%1 needs a value: --%1 %2"))
                             .arg(name, option->valueName);
                return false;
            }
            value = arguments.at(++index);
        }
        m_values.insert(option->name, value);
        if (option->repeatable)
            m_lists[option->name] << value;
        m_given << option->name;
    }
    if (m_help)
        return true;
    const qsizetype required = std::count_if(m_positionals.begin(), m_positionals.end(),
                                             [](const Positional &positional) { return !positional.optional; });
    if (m_positionalValues.size() < required) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "The argument %1 is missing: %2"))
                     .arg(m_positionals.at(m_positionalValues.size()).name, usageLine());
        return false;
    }
    if (m_positionalValues.size() > m_positionals.size() && !(m_lastPositionalRepeats && !m_positionals.isEmpty())) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "Unexpected argument '%1'. Values of options follow the option "
                                                     "name, e.g. --search \"text\"."))
                     .arg(m_positionalValues.at(m_positionals.size()));
        return false;
    }
    return true;
}

QString OptionParser::usageLine() const
{
    QStringList parts{Cli::programName(), QStringLiteral("[--database FILE]"), QStringLiteral("[--lang ja|en]"),
                      m_command};
    for (const Positional &positional : m_positionals)
        parts << (positional.optional ? QLatin1Char('[') + positional.name + QLatin1Char(']') : positional.name);
    if (!m_options.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("Cli", "[options]"));
    return parts.join(QLatin1Char(' '));
}

QString OptionParser::helpText() const
{
    QStringList names;
    QStringList descriptions;
    for (const Positional &positional : m_positionals) {
        names << positional.name;
        descriptions << positional.description;
    }
    const qsizetype positionalCount = names.size();
    for (const Option &option : m_options) {
        QStringList spellings{QStringLiteral("--") + option.name};
        for (const QString &alias : option.aliases)
            spellings << QStringLiteral("--") + alias;
        QString name = spellings.join(QStringLiteral(", "));
        if (!option.valueName.isEmpty())
            name += QLatin1Char(' ') + option.valueName;
        names << name;
        descriptions << option.description;
    }
    names << QStringLiteral("-h, --help");
    descriptions << translated(QT_TRANSLATE_NOOP("Cli", "Show this help."));

    int width = 0;
    for (const QString &name : names)
        width = std::max(width, TextWidth::columns(name));
    width = std::min(width, 34);

    QString text = translated(QT_TRANSLATE_NOOP("Cli", "Usage: %1")).arg(usageLine()) + QLatin1Char('\n');
    if (!m_summary.isEmpty())
        text += m_summary + QLatin1Char('\n');
    for (qsizetype index = 0; index < names.size(); ++index) {
        if (index == 0 && positionalCount > 0)
            text += QLatin1Char('\n') + translated(QT_TRANSLATE_NOOP("Cli", "Arguments:")) + QLatin1Char('\n');
        if (index == positionalCount)
            text += QLatin1Char('\n') + translated(QT_TRANSLATE_NOOP("Cli", "Options:")) + QLatin1Char('\n');
        const QString &name = names.at(index);
        const int padding = width - TextWidth::columns(name);
        if (padding < 0)
            text += QStringLiteral("  ") + name + QLatin1Char('\n') + QString(width + 4, QLatin1Char(' '));
        else
            text += QStringLiteral("  ") + name + QString(padding + 2, QLatin1Char(' '));
        text += descriptions.at(index) + QLatin1Char('\n');
    }
    return text;
}
