// What the services of one open registry share (internal to core): the connection, the stores over it, the one audit
// trail, the clock, the actor and the scheme. Registry owns one and hands it to each service it owns; UI and CLI never
// see it.
#pragma once

#include "domain/classification.h"
#include "domain/clock.h"
#include "storage/accessstore.h"
#include "storage/assetstore.h"
#include "storage/auditstore.h"
#include "storage/controlstore.h"
#include "storage/database.h"
#include "storage/disposalstore.h"
#include "storage/riskstore.h"
#include "storage/unitofwork.h"

#include <QJsonObject>
#include <QString>

#include <memory>

class RegistryContext final
{
public:
    explicit RegistryContext(std::unique_ptr<Database> database);
    RegistryContext(const RegistryContext &) = delete;
    RegistryContext &operator=(const RegistryContext &) = delete;

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    AccessStore &accessStore() { return m_access; }
    const AccessStore &accessStore() const { return m_access; }
    AssetStore &assetStore() { return m_assets; }
    AuditStore &auditStore() { return m_audit; }
    ControlStore &controlStore() { return m_controls; }
    DisposalStore &disposalStore() { return m_disposals; }
    RiskStore &riskStore() { return m_risks; }

    const ClassificationScheme &scheme() const { return m_scheme; }
    const Clock &clock() const { return *m_clock; }
    void setClock(std::shared_ptr<const Clock> clock);
    QDate today() const { return m_clock->today(); }

    // The actor recorded in audit events: OS user@host unless set (tests, imports on behalf of someone).
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    QString setting(const QString &key, const QString &fallback = {}) const
    {
        return m_database->setting(key, fallback);
    }

    // Appends an audit event by the actor at the clock's time, inside the caller's unit of work.
    bool appendAudit(const QString &action, const QString &entity, const QString &entityId, const QJsonObject &changes,
                     QString *error);
    bool appendAudit(AuditEvent *event, QString *error);

private:
    std::unique_ptr<Database> m_database;
    std::shared_ptr<const Clock> m_clock;
    ClassificationScheme m_scheme;
    AccessStore m_access;
    AssetStore m_assets;
    AuditStore m_audit;
    ControlStore m_controls;
    DisposalStore m_disposals;
    RiskStore m_risks;
    QString m_actor;
};
