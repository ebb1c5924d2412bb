// The service layer of DESIGN.md §1: every change to a registry goes through here. Each write validates, runs in one
// transaction and appends its audit event in that same transaction. The GUI, the CLI and imports all call this class.
#pragma once

#include "domain/asset.h"
#include "domain/classification.h"
#include "result.h"
#include "storage/assetstore.h"
#include "storage/auditstore.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class Registry final
{
public:
    using CreateOptions = Database::CreateOptions;

    static std::unique_ptr<Registry> open(const QString &path, QString *error);
    static std::unique_ptr<Registry> create(const QString &path, const CreateOptions &options, QString *error);
    // The registry in the user's data folder, created with the IPA scheme on first use.
    static QString defaultPath();
    static std::unique_ptr<Registry> openOrCreateDefault(QString *error);

    Registry(const Registry &) = delete;
    Registry &operator=(const Registry &) = delete;

    QString path() const { return m_database->path(); }
    const ClassificationScheme &scheme() const { return m_scheme; }
    QString organisation() const;
    QString assetNoPrefix() const;
    // Handling label for a confidentiality ordinal: the registry's own text if set, else the translated default.
    QString handlingLabel(int confidentialityOrdinal) const;

    // The actor recorded in audit events: OS user@host unless set (tests, imports on behalf of someone).
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    Asset newAsset() const;
    static QDate defaultNextReview(int importance, const QDate &from);
    QList<Problem> validate(const Asset &asset) const;

    Result<Asset> createAsset(const Asset &draft);
    // Saves an edit of an asset read earlier; refused when someone else saved it since (asset.rowVersion is stale).
    Result<Asset> updateAsset(const Asset &edited);
    // Adds many assets in one transaction: all or nothing. Problems name the index of the draft as "#n".
    Result<int> createAssets(const QList<Asset> &drafts, const std::function<void(int done)> &progress = {});
    bool setSetting(const QString &key, const QString &value, QString *error);
    // Changes several settings in one transaction, each change audited; all or nothing.
    bool setSettings(const QList<QPair<QString, QString>> &values, QString *error);
    // The setting that holds a registry's own text for a handling label (level 1–3).
    static QString handlingLabelKey(int level);

    const AssetStore &assets() const { return m_assets; }
    const AuditStore &audit() const { return m_audit; }
    // The one audit trail of this registry, shared by every service that writes, so that the chain head it keeps
    // within a transaction is never stale.
    AuditStore &auditTrail() { return m_audit; }
    Database &database() { return *m_database; }

private:
    explicit Registry(std::unique_ptr<Database> database);
    bool insertAsset(Asset *asset, const QString &assetNo, QString *error);
    // Takes count numbers from the registry's counter; returns the first, or 0 on failure.
    qint64 reserveAssetNumbers(int count, QString *error);
    static QString assetNumber(const QString &prefix, qint64 sequence);

    std::unique_ptr<Database> m_database;
    ClassificationScheme m_scheme;
    AssetStore m_assets;
    AuditStore m_audit;
    QString m_actor;
};
