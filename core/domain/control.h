// A security control of DESIGN.md §4 and the catalogue it comes from: the built-in one, an imported OSCAL catalogue
// or the registry's own controls. Texts are kept in both languages; an imported catalogue may have English only.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

struct ControlCatalog
{
    enum class Kind
    {
        BuiltIn,
        Oscal,
        Own
    };

    qint64 id = 0;
    QString key; // "builtin", "own", or the UUID of an OSCAL catalogue
    Kind kind = Kind::Oscal;
    QString title; // as imported; empty for the built-in and own catalogues, which are named by displayTitle()
    QString version;
    QString source; // file name an OSCAL catalogue was imported from
    QDateTime updatedAt;
    int controlCount = 0; // controls in use (not retired), filled by listings

    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
    // The name people read: translated for the built-in and own catalogues, the OSCAL title otherwise.
    QString displayTitle() const;
};

struct Control
{
    qint64 id = 0;
    qint64 catalogId = 0;
    QString catalogKey;
    QString code;       // unique within its catalogue: "ORG-01", "AC-2", "AC-2(1)"
    QString parentCode; // the base control of an OSCAL enhancement
    int area = 0;       // 1–10 of DESIGN.md §4; 0 when an imported control has none
    QString groupTitle; // the OSCAL group (e.g. "Access Control"), empty for our own
    QString titleJa;
    QString titleEn;
    QString descriptionJa;
    QString descriptionEn;
    QStringList isoRefs;  // ISO/IEC 27001:2022 Annex A control IDs, e.g. "A.5.9"
    QStringList nistRefs; // NIST SP 800-53 control IDs, e.g. "CM-8"
    int sortOrder = 0;
    bool retired = false;

    // Title and description in the UI language, falling back to the other language when one is missing.
    QString title() const;
    QString description() const;
    QString title(const QString &language) const;
    QString description(const QString &language) const;
    // "ORG-01 Information security policy", for lists and messages.
    QString codeAndTitle() const { return code + QLatin1Char(' ') + title(); }
};
