// Classification schemes of DESIGN.md §2: levels of each objective, their normalised ordinals, labels and definitions.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class Objective
{
    Confidentiality,
    Integrity,
    Availability
};

class ClassificationScheme final
{
public:
    enum class Preset
    {
        Ipa,
        Government,
        Fips199
    };

    static ClassificationScheme preset(Preset preset);
    // "ipa", "government" or "fips199"; nullopt for anything else.
    static std::optional<ClassificationScheme> fromCode(const QString &code);
    static QStringList codes();
    static QString objectiveName(Objective objective);
    static QList<Objective> objectives()
    {
        return {Objective::Confidentiality, Objective::Integrity, Objective::Availability};
    }

    QString code() const;
    QString name() const;

    // Normalised ordinals (0–3) that are levels of this objective, lowest first.
    QList<int> ordinals(Objective objective) const;
    bool isLevel(Objective objective, int ordinal) const { return ordinals(objective).contains(ordinal); }
    int lowest(Objective objective) const { return ordinals(objective).constFirst(); }
    int highest(Objective objective) const { return ordinals(objective).constLast(); }

    QString levelLabel(Objective objective, int ordinal) const;
    QString levelDefinition(Objective objective, int ordinal) const;
    // The levels as a user types them, for messages: "1–3" or "N/A, Low, Moderate, High".
    QString levelRange(Objective objective) const;
    // Reads a level as written in a file or on the command line: the scheme's label in either language or the
    // level number. Returns the normalised ordinal.
    std::optional<int> ordinalFromText(Objective objective, const QString &text) const;

    // Importance is the high-water mark of the three ordinals, shown in the scheme's own terms.
    static int importance(int confidentiality, int integrity, int availability);
    QString importanceLabel(int ordinal) const;
    QList<int> importanceOrdinals() const { return {1, 2, 3}; }

    // The default handling label for a confidentiality ordinal (a registry may override the texts).
    static QString defaultHandlingLabel(int confidentialityOrdinal);
    // The handling label of a confidentiality ordinal: the registry's own text for that level when it has one, else
    // the default. The one rule for labels; every window, export and printout calls it (through the settings).
    static QString handlingLabel(int confidentialityOrdinal, const QString &registryText);

private:
    explicit ClassificationScheme(Preset preset)
        : m_preset(preset)
    {
    }
    bool isTwoLevel(Objective objective) const;
    Preset m_preset;
};
