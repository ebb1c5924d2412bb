// Threats of a registry (design/risk.md "Threat"): the built-in catalogue, loaded into each registry and kept up to
// date with new releases, and the registry's own threats. Built-in threats keep their texts; every threat can have
// the registry's own likelihood and be retired and reinstated. The catalogue has a last-reviewed date (policy §3:
// follow new threats). Every change audited.
#pragma once

#include "domain/threat.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

class RegistryContext;

class ThreatService final
{
public:
    explicit ThreatService(RegistryContext &context);

    // Adds the built-in threats the registry does not have yet and updates the texts of those it has when the
    // catalogue's version changed; the registry's likelihoods and retirements are kept. Called when a registry is
    // created (not audited, like the control catalogue a new registry starts with) or opened (audited).
    bool prepareRegistry(bool newRegistry, QString *error);

    // A read that fails sets *error (when given) and gives no threats.
    QList<Threat> threats(bool includeRetired = false, QString *error = nullptr) const;
    Result<Threat> byCode(const QString &code) const;
    Result<Threat> byId(qint64 id) const;

    // The registry's own threat; its code must not be taken.
    Result<Threat> add(const Threat &draft);
    // An own threat: every field but the code. A built-in one: only the likelihood and its rationale.
    Result<Threat> edit(const Threat &edited);
    Result<Threat> setLikelihood(const QString &code, int likelihood, const QString &rationale);
    Result<Threat> retire(const QString &code);
    Result<Threat> reinstate(const QString &code);

    QDate catalogReviewedOn() const;
    QString catalogVersion() const;
    // Records that the catalogue was reviewed on a day (not in the future).
    Result<QDate> markCatalogReviewed(const QDate &on);

private:
    Result<Threat> save(const Threat &before, const Threat &after, const QString &action);
    RegistryContext &m_context;
};
