// The fields of a disposal record (DESIGN.md §5) with their labels (translated through the catalogue), whether they
// belong to the job or to one item, and which of them an amendment may correct. Also reads and writes a field as text,
// which is how amendments store values and how the effective record is rebuilt from the original and its amendments.
#pragma once

#include "disposal.h"
#include "disposalcodes.h"

#include <QList>
#include <QString>

#include <optional>

struct DisposalField
{
    enum class Level
    {
        Job,
        Item
    };
    enum class Kind
    {
        Text,
        Date,
        Code
    };

    const char *key;     // stable code used in amendments, the CLI and audit events
    const char *english; // source text, translated through "DisposalField"
    Level level;
    Kind kind;
    DisposalCodes::List codes; // for Kind::Code
    bool amendable;

    QString keyString() const { return QString::fromLatin1(key); }
    // The label in the language of the installed translators.
    QString label() const;

    static const QList<DisposalField> &all();
    static const DisposalField *find(const QString &key);

    // Stored text of a field: codes, ISO dates. Empty string for an unknown key.
    static QString value(const DisposalJob &job, const QString &key);
    static QString value(const DisposalItem &item, const QString &key);
    // Sets a field from its stored text; false when the key is not a field of that level.
    static bool setValue(DisposalJob *job, const QString &key, const QString &text);
    static bool setValue(DisposalItem *item, const QString &key, const QString &text);
    // What a person reads: code names and dates in the language of the installed translators and default locale.
    static QString display(const DisposalField &field, const QString &text);
};
