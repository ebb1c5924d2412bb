// One open registry file: checks a file before touching it, applies the connection settings of DESIGN.md §7 and
// runs the numbered schema migrations. Thin and non-copyable; statements are built by the store classes.
#pragma once

#include "domain/clock.h"
#include "domain/registryoptions.h"
#include "internal.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class Database final
{
public:
    using CreateOptions = RegistryCreateOptions;

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
    // A PRAGMA of this connection (journal_mode, foreign_keys, synchronous …), for diagnostics and tests.
    QString pragma(const QString &name) const;
    static int latestSchemaVersion();
    static qint32 applicationId();

    // Changes at every transaction begun: lets stores cache what they read inside one write transaction.
    quint64 transactionId() const { return m_transactionId; }
    bool inTransaction() const { return m_depth > 0; }

    // The clock of the registry, for the times the stores write (updated_at and the like).
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock) { m_clock = clock ? clock : &Clock::system(); }

    // Settings are read often (labels, prefixes, rules) and change rarely: they are kept in a cache that is used only
    // outside a transaction and dropped by every write, so a rolled-back change is never seen.
    QString setting(const QString &key, const QString &fallback = {}) const;
    // Inside a unit of work.
    bool setSetting(const QString &key, const QString &value, QString *error);

    // Message for a failed statement: a translated template with %1 for the registry file and %2 for SQLite's text.
    // SQLite's words for a busy registry, a full disk, a disk error or a damaged file come out as a translated
    // sentence saying what to do, with SQLite's text after it in parentheses.
    QString sqlError(const QString &message, const QString &detail) const;
    static QString explainedSqlError(const QString &detail);

private:
    friend class UnitOfWork;
    // The transaction depth behind UnitOfWork: the outermost level begins and commits or rolls back.
    bool enterTransaction(QString *error);
    bool leaveTransaction(bool commit, QString *error);
    bool beginTransaction(QString *error);
    bool commit(QString *error);
    void rollback();
    bool readSettings() const;

    Database(const QString &path, const QString &connectionName);
    static std::unique_ptr<Database> connect(const QString &path, QString *error);
    bool migrate(QString *error);
    bool applyMigration(int version, QString *error);

    QString m_path;
    QString m_connectionName;
    quint64 m_transactionId = 0;
    const Clock *m_clock = &Clock::system();
    int m_depth = 0;
    qint64 m_failuresAtBegin = 0;
    bool m_rollbackOnly = false;
    mutable QHash<QString, QString> m_settings;
    mutable bool m_settingsRead = false;
};
