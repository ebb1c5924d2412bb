// One open registry file: checks a file before touching it, applies the connection settings of DESIGN.md §7 and
// runs the numbered schema migrations. Thin and non-copyable; statements are built by the store classes.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class Database final
{
public:
    struct CreateOptions
    {
        QString scheme = QStringLiteral("ipa");
        QString assetNoPrefix = QStringLiteral("IA-");
        QString organisation;
    };

    // Opens an existing registry. Refuses (with a translated message, without writing anything) a missing file, a
    // file that is not an asset registry, a corrupt or read-only file and one written by a newer version.
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    // Creates a new registry file (owner-only) and initialises it. Refuses an existing file.
    static std::unique_ptr<Database> create(const QString &path, const CreateOptions &options, QString *error);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    static qint32 applicationId();

    bool beginTransaction(QString *error);
    // Changes at every beginTransaction(): lets stores cache what they read inside one write transaction.
    quint64 transactionId() const { return m_transactionId; }
    bool commit(QString *error);
    void rollback();

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value, QString *error);

    // Message for a failed statement: a translated template with %1 for the registry file and %2 for SQLite's text.
    QString sqlError(const QString &message, const QString &detail) const;

private:
    Database(const QString &path, const QString &connectionName);
    static std::unique_ptr<Database> connect(const QString &path, QString *error);
    bool migrate(QString *error);
    bool applyMigration(int version, QString *error);

    QString m_path;
    QString m_connectionName;
    quint64 m_transactionId = 0;
};
