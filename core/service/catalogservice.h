// The control catalogues of a registry (DESIGN.md §4): the built-in catalogue, loaded when a registry is created
// and updated when a release ships a newer one; OSCAL catalogues imported from files; and the controls they hold.
// Every write runs in one unit of work with its audit event.
#pragma once

#include "domain/control.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class RegistryContext;

// What loading or importing a catalogue changed.
struct CatalogChange
{
    qint64 catalogId = 0;
    QString title;
    QString version;
    int added = 0;
    int updated = 0;
    int retired = 0; // no longer in the catalogue; kept with their assignments, not required any more
    int unchanged = 0;
    int withdrawn = 0; // withdrawn in the file and left out
    int baselineRulesAdded = 0;
    bool replaced = false; // an earlier import of the same catalogue was updated in place

    int total() const { return added + updated + unchanged; }
};

class CatalogService final
{
public:
    explicit CatalogService(RegistryContext &context);

    // Called when a registry is created (newRegistry: not audited, like the rest of its initial state) or opened:
    // loads the built-in catalogue and the default baseline, or updates the catalogue when this build ships a newer
    // version. Assignments are kept.
    bool prepareRegistry(bool newRegistry, QString *error);

    // The reads below set *error (when given) when they fail, and give nothing then.
    QList<ControlCatalog> catalogs(QString *error = nullptr) const;
    std::optional<ControlCatalog> catalog(qint64 id, QString *error = nullptr) const;
    // Finds a catalogue by key ("builtin", "own", an OSCAL UUID or its start) or by a word of its title.
    Result<ControlCatalog> findCatalog(const QString &nameOrKey) const;
    // Updates the built-in catalogue from data in the format of resources/catalog (a later release's catalogue).
    // Controls are matched by code; controls that are gone are retired, their assignments kept.
    Result<CatalogChange> updateBuiltInCatalog(const QByteArray &catalogJson, const QByteArray &baselineJson);
    QString builtInVersion(QString *error = nullptr) const;
    // Imports an OSCAL JSON catalogue as a catalogue of its own; importing it again updates it in place. A file that
    // is not a complete OSCAL catalogue changes nothing.
    Result<CatalogChange> importOscal(const QString &path);
    Result<CatalogChange> importOscalData(const QByteArray &json, const QString &sourceName);

    QList<Control> controls(qint64 catalogId = 0, bool includeRetired = false, QString *error = nullptr) const;
    std::optional<Control> control(qint64 id, QString *error = nullptr) const;
    // A control by code, in the named catalogue or, without one, in whichever single catalogue has the code.
    Result<Control> findControl(const QString &code, const QString &catalog = QString()) const;

private:
    Result<CatalogChange> loadBuiltIn(const QByteArray &catalogJson, const QByteArray &baselineJson, bool audited,
                                      bool force);

    RegistryContext &m_context;
};
