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

    // The Government scheme (統一基準) does not rank assets by a synthetic importance: it names the classes of
    // information requiring protection (要保護情報) an asset belongs to. Shown instead of importance for that scheme.
    bool showsProtectionClasses() const { return m_preset == Preset::Government; }
    // Codes of the classes of an asset, in this order: "confidentiality" (要機密情報, confidentiality 2 or 3),
    // "integrity" (要保全情報, integrity 2) and "availability" (要安定情報, availability 2). Empty when none applies.
    static QStringList protectionClasses(int confidentiality, int integrity, int availability);
    static QString protectionClassName(const QString &code);
    // What the importance column shows for an asset: the importance label, or for the Government scheme the names of
    // its protection classes joined by "・" (「—」 when it is in none).
    QString importanceText(int confidentiality, int integrity, int availability) const;
    // The same as a stable text for files: the importance number, or the class codes joined by ";".
    QString importanceCode(int confidentiality, int integrity, int availability) const;
    // The heading of the importance column: "Importance" (重要度), or "Information requiring protection" (要保護情報).
    QString importanceHeading() const;
    // The importance that sets the default review interval. The high-water mark, except that for the Government
    // scheme the top level of a two-level objective (要保全情報, 要安定情報) counts as the middle level: only
    // 機密性3 information is reviewed at the shortest interval, every other class of protected information at the
    // middle one.
    int reviewImportance(int confidentiality, int integrity, int availability) const;

    // The standard texts of the handling labels. New registries get their scheme's set (IPA and FIPS 199: 関係者限り /
    // 組織外秘 / 一般, Government: 機密性3情報 / 機密性2情報 / 機密性1情報); registries created before these sets
    // existed keep the texts they showed (関係者外秘 / 社外秘 / 公開), so that nothing changes in meaning for them.
    enum class HandlingLabels
    {
        Legacy,
        Ipa,
        Government
    };
    HandlingLabels defaultHandlingLabels() const;
    // "legacy", "ipa", "government" as kept in the registry setting; nullopt for anything else.
    static std::optional<HandlingLabels> handlingLabelsFromCode(const QString &code);
    static QString handlingLabelsCode(HandlingLabels set);
    // The standard handling label of a confidentiality ordinal in a set of texts (a registry may override them).
    static QString defaultHandlingLabel(int confidentialityOrdinal, HandlingLabels set);
    // The handling label of a confidentiality ordinal: the registry's own text for that level when it has one, else
    // the standard text of its set. The one rule for labels; every window, export and printout calls it (through the
    // settings).
    static QString handlingLabel(int confidentialityOrdinal, const QString &registryText, HandlingLabels set);

private:
    explicit ClassificationScheme(Preset preset)
        : m_preset(preset)
    {
    }
    bool isTwoLevel(Objective objective) const;
    static QString governmentDefinition(Objective objective, int ordinal);
    Preset m_preset;
};
