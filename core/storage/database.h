// One open registry: a file (SQLite) or a shared registry on a PostgreSQL server (DESIGN.md §14). Checks a registry
// before touching it, applies the connection settings of DESIGN.md §7 and runs the numbered schema migrations of its
// back end. Thin and non-copyable; statements are built by the store classes, which ask it for the few pieces of SQL
// that differ between the back ends (the dialect seam).
#pragma once

#include "domain/clock.h"
#include "domain/registryoptions.h"
#include "domain/serverrefusal.h"
#include "internal.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class Database final
{
public:
    using CreateOptions = RegistryCreateOptions;

    // Opens an existing registry. Refuses (with a translated message, without writing anything) a missing file, a
    // file that is not an asset registry, a corrupt or read-only file and one written by a newer version.
    // beforeMigration, when given, runs after the checks and before the first migration of an existing file (e.g. to
    // write a backup); when it returns false the file is not migrated and the open fails with its error.
    using BeforeMigration =
        std::function<bool(const Database &database, int fromVersion, int toVersion, QString *error)>;
    // `path` may also be a server address (postgresql://…, see ServerAddress): the database on the server must hold a
    // registry (made by create(), i.e. `server init`); opening one again gives a second connection to it.
    // *refusal (when given) says why a server refused (ServerRefusals); None for a file.
    static std::unique_ptr<Database> open(const QString &path, QString *error,
                                          const BeforeMigration &beforeMigration = {},
                                          ServerRefusal *refusal = nullptr);
    // Creates a new registry file (owner-only) and initialises it. Refuses an existing file. For a server address:
    // creates the registry's schema in an empty database, refusing one that holds tables already.
    static std::unique_ptr<Database> create(const QString &path, const CreateOptions &options, QString *error);

    enum class Backend
    {
        File,
        Server
    };
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Server; }
    // Dialect: the pieces of SQL that differ. greatest() of column expressions; the clause that makes an INSERT give
    // the new row's id (read it with insertedId()); a case-insensitive text comparison.
    QString greatest(const QStringList &expressions) const;
    // The importance of a classification (ClassificationScheme::importance in core/domain, the highest of C, I and
    // A) as SQL over three column expressions: the one text of it that queries use. The asset table's generated
    // column "importance" (migration 1 of either back end) holds the same value.
    QString importance(const QString &confidentiality, const QString &integrity, const QString &availability) const;
    QString returningId() const;
    static qint64 insertedId(QSqlQuery &query);
    QString equalsIgnoringCase(const QString &left, const QString &right) const;
    QString containsText(const QString &text, const QString &part) const;
    // SQLite's "CROSS JOIN … ON" is an inner join in the order written (a hint to its planner); PostgreSQL plans the
    // order itself and writes the join as JOIN.
    QString fixedOrderJoins(const QString &sql) const;
    // The UTF-8 bytes of a text column as stored, read as a QByteArray.
    QString utf8Bytes(const QString &column) const;
    // The aggregate that joins the texts of a group, separated by U+001F.
    QString joinedText(const QString &expression) const;
    // A subquery of the integers in the JSON array bound to its one placeholder.
    QString idsOfJsonArray() const;
    // Server registries only: the name the server knows the signed-in user by (session_user).
    QString serverUser() const;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The file, or the server address without its password.
    QString path() const { return m_path; }
    // What opens this registry again on a second connection (a worker's): path() and, for a server registry, the
    // password this session was given (kept in memory only). Never shown, logged or stored; show path().
    QString connectionAddress() const;
    int schemaVersion() const;
    // A PRAGMA of this connection (journal_mode, foreign_keys, synchronous …), for diagnostics and tests.
    QString pragma(const QString &name) const;
    static int latestSchemaVersion();
    static int latestServerSchemaVersion();
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

    // Integrity of the file (DESIGN.md §7). A small file is checked before it is opened; a larger one opens unchecked
    // so that its first rows show at once, is checked later (in the background by the window, or before the first
    // write) and refuses every write until its check has passed.
    enum class Integrity
    {
        Passed,
        Unchecked,
        Checking,
        Damaged
    };
    Integrity integrity() const { return Integrity(m_integrity.load()); }
    // Runs the pending check on the calling thread (any thread: it uses a connection of its own). True when the file
    // passed, now or before; false with the translated message for a damaged file, or while another thread checks.
    bool runIntegrityCheck(QString *error);
    // The same check in steps, for a worker that checks the file by its path: claim the pending check (false when
    // there is none), then report the outcome (problem: SQLite's finding).
    bool claimIntegrityCheck();
    void finishIntegrityCheck(bool passed, const QString &problem);
    // Files larger than this are checked after opening (tests lower it).
    static void setDeferredCheckSize(qint64 bytes);

    // Message for a failed statement: a translated template with %1 for the registry file and %2 for SQLite's text.
    // SQLite's words for a busy registry, a full disk, a disk error or a damaged file come out as a translated
    // sentence saying what to do, with SQLite's text after it in parentheses.
    QString sqlError(const QString &message, const QString &detail) const;
    static QString explainedSqlError(const QString &detail);
    // The server's group roles are named <database>_<kind>; PostgreSQL cuts names at 63 bytes, so a database whose
    // longest role name would not fit gets none: the translated refusal, empty when the name fits.
    static QString roleNameProblem(const QString &database);

private:
    // How long a statement waits for another program's write to finish before it gives up.
    static constexpr int kBusyTimeoutMs = 5000;
    friend class UnitOfWork;
    // The transaction depth behind UnitOfWork: the outermost level begins and commits or rolls back.
    bool enterTransaction(QString *error);
    bool leaveTransaction(bool commit, QString *error);
    bool beginTransaction(QString *error);
    bool commit(QString *error);
    void rollback();
    bool readSettings() const;
    bool writable(QString *error);

    Database(const QString &path, const QString &connectionName);
    static std::unique_ptr<Database> connect(const QString &path, QString *error);
    bool migrate(QString *error);
    bool applyMigration(int version, QString *error);
    // The server half (databaseserver.cpp).
    static std::unique_ptr<Database> connectServer(const QString &url, QString *error, ServerRefusal *refusal);
    static std::unique_ptr<Database> openServer(const QString &url, QString *error, ServerRefusal *refusal);
    static std::unique_ptr<Database> createServer(const QString &url, const CreateOptions &options, QString *error);
    bool regrantAfterUpgrade(QString *error);
    bool initialiseSettings(const CreateOptions &options, QString *error);
    // A failure of the server, explained from the SQLSTATE in `detail` (ServerRefusals), with the server's words after.
    static QString serverError(const QString &address, const QString &detail, ServerRefusal *refusal = nullptr);
    // The explanation of a refusal by a shared registry's roles; empty for any other failure.
    static QString explainedServerRefusal(const QString &detail);

    Backend m_backend = Backend::File;
    // A server registry of schema 3 or later: every write transaction takes the lock of the audit chain first.
    bool m_chainLock = false;
    QString m_path;
    QString m_password; // a server registry's password given for this session (not one of libpq's): memory only
    QString m_connectionName;
    quint64 m_transactionId = 0;
    const Clock *m_clock = &Clock::system();
    int m_depth = 0;
    qint64 m_failuresAtBegin = 0;
    bool m_rollbackOnly = false;
    mutable QHash<QString, QString> m_settings;
    mutable bool m_settingsRead = false;
    std::atomic<int> m_integrity{int(Integrity::Passed)};
    mutable QMutex m_integrityMutex;
    QString m_damage; // guarded by m_integrityMutex
};
