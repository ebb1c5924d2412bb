// The options of one command: "--name VALUE", "--name=VALUE" and switches, required positional arguments, "--help",
// and a help text in the UI language. Our own small parser rather than QCommandLineParser, so that every message is
// ours (translated, naming the fix) and a usage error can be told apart from a failure (exit status 2, not 1).
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class OptionParser final
{
public:
    OptionParser(QString command, QString summary);

    // An option taking a value (valueName, e.g. "FILE") or, with an empty valueName, a switch.
    void addOption(const QString &name, const QString &valueName, const QString &description);
    // Another name for an option added before, e.g. "type" for "asset-type".
    void addAlias(const QString &alias, const QString &name);
    // A required argument that is not an option, e.g. ASSET_NO.
    void addPositional(const QString &name, const QString &description);
    // An argument that may be left out, after the required ones, e.g. [FILE].
    void addOptionalPositional(const QString &name, const QString &description);
    // An option that may be given several times (e.g. --evidence FILE…); values() returns them in order.
    void addRepeatableOption(const QString &name, const QString &valueName, const QString &description);
    // Accepts more arguments than declared: the last positional repeats (e.g. ASSET_NO…).
    void setLastPositionalRepeats(bool repeats) { m_lastPositionalRepeats = repeats; }

    // Parses the arguments after the command name; on a usage error *error says what is wrong.
    bool parse(const QStringList &arguments, QString *error);

    bool helpRequested() const { return m_help; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    QStringList values(const QString &name) const { return m_lists.value(name); }
    // The options given, by their main name, in command-line order.
    const QStringList &givenOptions() const { return m_given; }
    const QStringList &positionals() const { return m_positionalValues; }

    QString usageLine() const;
    QString helpText() const;

private:
    struct Option
    {
        QString name;
        QString valueName;
        QString description;
        QStringList aliases;
        bool repeatable = false;
    };
    struct Positional
    {
        QString name;
        QString description;
        bool optional = false;
    };

    const Option *findOption(const QString &name) const;

    QString m_command;
    QString m_summary;
    QList<Option> m_options;
    QList<Positional> m_positionals;
    QHash<QString, QString> m_values;
    QStringList m_given;
    QStringList m_positionalValues;
    bool m_help = false;
    QHash<QString, QStringList> m_lists;
    bool m_lastPositionalRepeats = false;
};
