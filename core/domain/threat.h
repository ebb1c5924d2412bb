// A threat (脅威, design/risk.md "Threat"): the built-in catalogue written from the policy's §3 and the registry's own
// threats, bilingual like controls. Its related controls drive the vulnerability derived from an asset's controls;
// its asset types and medium classes decide for which assets it is a candidate.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Threat
{
    qint64 id = 0;
    QString code; // "T-INT-01"; the registry's own: "T-OWN-01" or any code not in the catalogue
    bool builtIn = false;
    QString nameJa;
    QString nameEn;
    QString category;            // intentional, negligent, disaster, pandemic, infrastructure
    QString policyRef;           // "§3(1)"
    QString objectives;          // subset of "CIA", in that order
    QStringList assetTypes;      // asset type codes; empty: every type
    QStringList mediumClasses;   // medium class codes; empty: every class
    QStringList relatedControls; // control codes of the built-in catalogue (or the registry's own)
    int defaultLikelihood = 2;   // 1–3 as shipped
    int likelihood = 2;          // 1–3 in this registry
    QString likelihoodRationale;
    QString descriptionJa;
    QString descriptionEn;
    QString source;
    bool retired = false;
    int sortOrder = 0;

    QString name() const; // in the UI language, falling back to the other
    QString codeAndName() const { return code + QLatin1Char(' ') + name(); }
    // Rule 10: a threat is a candidate for an asset whose type its asset types include (or are empty) and whose
    // medium class its medium classes include (or are empty). An asset whose medium class is not yet recorded (every
    // asset of an older registry until it is edited) matches on its type alone: better one candidate too many, which
    // the assessor marks not applicable, than a threat never considered.
    bool appliesTo(const QString &assetType, const QString &mediumClass) const;
    // Problems of a threat as entered (field key, translated message).
    QList<QPair<QString, QString>> problems() const;
};

// The built-in catalogue as shipped (resources/catalog/builtin-threats.json).
struct ThreatCatalog
{
    QString version;
    QList<Threat> threats;

    static QByteArray resourceData();
    static std::optional<ThreatCatalog> parse(const QByteArray &json, QString *error);
    static std::optional<ThreatCatalog> load(QString *error);
};
