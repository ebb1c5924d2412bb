// Opening, checking and migrating registry files.
#include "database.h"

#include "domain/classification.h"
#include "domain/serveraddress.h"
#include "registryfile.h"
#include "searchindex.h"
#include "service/progress.h"
#include "service/writernote.h"
#include "sqliteinterrupt.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>

namespace {

// Our files carry this application id so that another program's SQLite file is never mistaken for a registry.
constexpr qint32 kApplicationId = 0x49415231; // "IAR1"
// quick_check reads every page; on larger files it would break the opening budget, so those are checked after the
// first rows are shown, with writes refused until the check has passed.
std::atomic<qint64> quickCheckLimit{64 * 1024 * 1024};

// Migrations are the resources :/migrations/NNNN_name.sql of registry files and :/migrations/postgresql/NNNN_name.sql
// of server registries, each applied in number order. Numbers may leave gaps.
QString migrationFolder(Database::Backend backend)
{
    return backend == Database::Backend::Server ? QStringLiteral(":/migrations/postgresql")
                                                : QStringLiteral(":/migrations");
}

QList<int> migrationNumbers(Database::Backend backend = Database::Backend::File)
{
    QList<int> numbers;
    const QStringList files = QDir(migrationFolder(backend)).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &file : files) {
        bool ok = false;
        const int number = file.left(4).toInt(&ok);
        if (ok)
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Errors that come from the disk or the permissions around the file, not from its content.
bool isEnvironmentError(const QString &detail)
{
    for (const char *text : {"database or disk is full", "disk I/O error", "attempt to write a readonly database",
                             "unable to open database file", "database is locked"}) {
        if (detail.contains(QLatin1String(text)))
            return true;
    }
    return false;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}

// The files this process has open, with their number of connections, and those of them found sound (checked at
// opening or by the deferred check). A second connection of this process to a sound file — a worker's, for a job of
// the window — is not checked again; once the last connection closes the file is checked again at its next opening,
// since it may have been replaced (restore) or damaged meanwhile.
struct OpenFiles
{
    QMutex mutex;
    QHash<QString, int> connections;
    QSet<QString> sound;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

QString fileKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

bool isOpenAndSound(const QString &path)
{
    OpenFiles &files = openFiles();
    const QMutexLocker locker(&files.mutex);
    return files.sound.contains(fileKey(path));
}

void markSound(const QString &path)
{
    OpenFiles &files = openFiles();
    const QMutexLocker locker(&files.mutex);
    if (files.connections.contains(fileKey(path)))
        files.sound.insert(fileKey(path));
}

QString newConnectionName()
{
    return QStringLiteral("registry-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Splits a migration script into statements; a trigger body holds semicolons of its own and ends with "END;" (SQLite),
// and a PostgreSQL function body is quoted between $$ lines.
QStringList splitStatements(const QString &script, Database::Backend backend)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inBody = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (backend == Database::Backend::File && current.isEmpty() &&
            trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : !inBody && trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

struct FileFacts
{
    qint32 applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;
};

// Reads the facts of a file through a read-only connection, so that inspecting a file never changes it.
bool inspect(const QString &path, FileFacts *facts, QString *error, bool quickCheck)
{
    const QString name = newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A read-only connection to a WAL file creates the -wal and -shm files beside it and cannot remove them
        // again; left behind (read-only, like the file) they make every later write fail. When there is no WAL,
        // the file alone is the whole registry and is read as immutable, which creates nothing.
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            *error = translated(QT_TRANSLATE_NOOP("Database", "Cannot open the registry %1: %2"))
                         .arg(nativePath(path), db.lastError().text());
        } else {
            QSqlQuery query(db);
            auto scalar = [&](const QString &sql, QVariant *value) {
                if (!query.exec(sql) || !query.next())
                    return false;
                *value = query.value(0);
                return true;
            };
            QVariant appId, version, tables, check;
            if (!scalar(QStringLiteral("PRAGMA application_id"), &appId) ||
                !scalar(QStringLiteral("PRAGMA user_version"), &version) ||
                !scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables)) {
                const QString detail = query.lastError().text();
                if (isEnvironmentError(detail)) {
                    // A full disk or an unwritable journal (-shm) stops even the first read; the file is not damaged.
                    *error = translated(QT_TRANSLATE_NOOP("Database", "Cannot open the registry %1: %2"))
                                 .arg(nativePath(path), Database::explainedSqlError(detail));
                } else {
                    *error =
                        translated(QT_TRANSLATE_NOOP("Database", "The registry %1 is damaged and cannot be read (%2). "
                                                                 "Restore it from a backup; the file was not changed."))
                            .arg(nativePath(path), detail);
                }
            } else if (quickCheck && QFileInfo(path).size() <= quickCheckLimit.load() &&
                       (!scalar(QStringLiteral("PRAGMA quick_check(1)"), &check) ||
                        check.toString() != QLatin1String("ok"))) {
                const QString detail = query.lastError().isValid() ? query.lastError().text() : check.toString();
                *error =
                    translated(QT_TRANSLATE_NOOP(
                                   "Database", "The registry %1 is damaged and cannot be read (%2). Restore it from a "
                                               "backup; the file was not changed."))
                        .arg(nativePath(path), detail);
            } else {
                facts->applicationId = appId.toInt();
                facts->userVersion = version.toInt();
                facts->tableCount = tables.toInt();
                ok = true;
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Checked on the permission bits rather than with access(): an administrator running as root would otherwise
// write to a file or folder that was deliberately made read-only.
bool isReadOnly(const QString &path)
{
    return !(QFileInfo(path).permissions() & QFileDevice::WriteOwner);
}

// SQLite writes its -wal and -shm files beside the registry, so the folder must be writable too.
bool isFolderReadOnly(const QString &path)
{
    const QFileInfo dir(QFileInfo(path).absolutePath());
    return !(dir.permissions() & QFileDevice::WriteOwner) || !dir.isWritable();
}

} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
    OpenFiles &files = openFiles();
    const QMutexLocker locker(&files.mutex);
    ++files.connections[fileKey(m_path)];
}

Database::~Database()
{
    {
        OpenFiles &files = openFiles();
        const QMutexLocker locker(&files.mutex);
        const QString key = fileKey(m_path);
        if (--files.connections[key] <= 0) {
            files.connections.remove(key);
            files.sound.remove(key);
        }
    }
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const QList<int> numbers = migrationNumbers();
    return numbers.isEmpty() ? 0 : numbers.constLast();
}

qint32 Database::applicationId()
{
    return kApplicationId;
}

int Database::latestServerSchemaVersion()
{
    const QList<int> numbers = migrationNumbers(Backend::Server);
    return numbers.isEmpty() ? 0 : numbers.constLast();
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, const BeforeMigration &beforeMigration,
                                         ServerRefusal *refusal)
{
    if (refusal)
        *refusal = ServerRefusal::None;
    if (ServerAddress::isServerUrl(path))
        return openServer(path, error, refusal);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = translated(
                     QT_TRANSLATE_NOOP(
                         "Database", "The registry %1 does not exist. Check the file name, or create a new registry."))
                     .arg(nativePath(path));
        return nullptr;
    }
    if (!info.isFile() || info.size() == 0 || !hasSqliteHeader(path)) {
        *error =
            translated(QT_TRANSLATE_NOOP("Database",
                                         "%1 is not an asset registry: it is not a SQLite database. Choose a registry "
                                         "file or create a new one; the file was not changed."))
                .arg(nativePath(path));
        return nullptr;
    }
    if (isFolderReadOnly(path)) {
        *error = translated(QT_TRANSLATE_NOOP("Database",
                                              "The folder %1 of the registry %2 is read-only, and the registry needs "
                                              "to write its journal files beside it. Make the folder writable, or "
                                              "copy the registry to a writable folder, and open it again. The file "
                                              "was not changed."))
                     .arg(nativePath(info.absolutePath()), nativePath(path));
        return nullptr;
    }
    FileFacts facts;
    const bool known = isOpenAndSound(path);
    if (!inspect(path, &facts, error, !known))
        return nullptr;
    if (facts.applicationId != kApplicationId) {
        *error = translated(QT_TRANSLATE_NOOP("Database",
                                              "%1 is a SQLite database of another application, not an asset registry. "
                                              "The file was not changed."))
                     .arg(nativePath(path));
        return nullptr;
    }
    if (facts.userVersion > latestSchemaVersion()) {
        *error =
            translated(QT_TRANSLATE_NOOP("Database",
                                         "The registry %1 was written by a newer version of this application (schema "
                                         "%2; this version reads up to %3). Open it with the newer version; the file "
                                         "was not changed."))
                .arg(nativePath(path))
                .arg(facts.userVersion)
                .arg(latestSchemaVersion());
        return nullptr;
    }
    if (isReadOnly(path)) {
        *error = translated(QT_TRANSLATE_NOOP("Database",
                                              "The registry %1 is read-only. Make the file and its folder writable, or "
                                              "copy it to a writable folder, and open it again."))
                     .arg(nativePath(path));
        return nullptr;
    }
    std::unique_ptr<Database> database = connect(path, error);
    if (!database)
        return nullptr;
    if (known) {
        database->m_integrity = int(Integrity::Passed);
    } else if (info.size() <= quickCheckLimit.load()) {
        markSound(path);
    } else {
        database->m_integrity = int(Integrity::Unchecked);
        // A migration writes: a file that needs one is checked first.
        if (facts.userVersion < latestSchemaVersion() && !database->runIntegrityCheck(error))
            return nullptr;
    }
    if (facts.userVersion < latestSchemaVersion() && beforeMigration &&
        !beforeMigration(*database, facts.userVersion, latestSchemaVersion(), error))
        return nullptr;
    if (!database->migrate(error))
        return nullptr;
    return database;
}

void Database::setDeferredCheckSize(qint64 bytes)
{
    quickCheckLimit = bytes;
}

QString Database::connectionAddress() const
{
    if (!isServer() || m_password.isEmpty())
        return m_path;
    ServerAddress address;
    QString unused;
    if (!ServerAddress::parse(m_path, &address, &unused))
        return m_path;
    address.password = m_password;
    return address.connectionUrl();
}

bool Database::runIntegrityCheck(QString *error)
{
    if (!claimIntegrityCheck())
        return writable(error);
    QString problem;
    const bool passed = RegistryFile::check(m_path, RegistryFile::Check::Quick, &problem);
    finishIntegrityCheck(passed, problem);
    return writable(error);
}

bool Database::claimIntegrityCheck()
{
    int expected = int(Integrity::Unchecked);
    return m_integrity.compare_exchange_strong(expected, int(Integrity::Checking));
}

void Database::finishIntegrityCheck(bool passed, const QString &problem)
{
    if (passed)
        markSound(m_path);
    {
        const QMutexLocker locker(&m_integrityMutex);
        m_damage = problem;
    }
    m_integrity = int(passed ? Integrity::Passed : Integrity::Damaged);
}

bool Database::writable(QString *error)
{
    switch (integrity()) {
    case Integrity::Passed:
        return true;
    case Integrity::Unchecked:
        return runIntegrityCheck(error);
    case Integrity::Checking:
        *error = translated(QT_TRANSLATE_NOOP("Database",
                                              "The registry %1 is still being checked for damage; nothing can be "
                                              "saved until the check has passed. Try again in a moment."))
                     .arg(nativePath(m_path));
        return false;
    case Integrity::Damaged:
        break;
    }
    const QMutexLocker locker(&m_integrityMutex);
    *error = translated(QT_TRANSLATE_NOOP("Database",
                                          "The registry %1 is damaged (%2). Nothing can be saved in it. Restore it "
                                          "from the latest good backup (File > Restore from Backup…, or "
                                          "asset-registry-cli restore)."))
                 .arg(nativePath(m_path), m_damage);
    return false;
}

std::unique_ptr<Database> Database::create(const QString &path, const CreateOptions &options, QString *error)
{
    if (ServerAddress::isServerUrl(path))
        return createServer(path, options, error);
    if (QFileInfo::exists(path)) {
        *error =
            translated(QT_TRANSLATE_NOOP("Database", "%1 already exists. Choose a new file name for the new registry."))
                .arg(nativePath(path));
        return nullptr;
    }
    if (!ClassificationScheme::fromCode(options.scheme)) {
        *error =
            translated(QT_TRANSLATE_NOOP("Database", "'%1' is not a classification scheme (ipa, government, fips199)."))
                .arg(options.scheme);
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = translated(QT_TRANSLATE_NOOP("Database", "Cannot create the folder %1."))
                     .arg(nativePath(info.absolutePath()));
        return nullptr;
    }
    // Create the file owner-only before SQLite opens it; SQLite gives its WAL and shared-memory files the same mode.
    {
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
            *error = translated(QT_TRANSLATE_NOOP("Database", "Cannot create the registry %1: %2"))
                         .arg(nativePath(path), file.errorString());
            return nullptr;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    std::unique_ptr<Database> database = connect(path, error);
    bool ok = database != nullptr;
    if (ok) {
        QSqlQuery query(database->connection());
        ok = query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        if (!ok)
            *error = database->sqlError(
                translated(QT_TRANSLATE_NOOP("Database", "Could not initialise the registry %1: %2")),
                query.lastError().text());
    }
    ok = ok && database->migrate(error) && database->initialiseSettings(options, error);
    if (!ok) {
        database.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return nullptr;
    }
    // Made here, so sound.
    markSound(path);
    return database;
}

bool Database::initialiseSettings(const CreateOptions &options, QString *error)
{
    if (!enterTransaction(error))
        return false;
    const bool ok = setSetting(QStringLiteral("scheme"), options.scheme.toLower(), error) &&
                    setSetting(QStringLiteral("asset_no_prefix"), options.assetNoPrefix, error) &&
                    setSetting(QStringLiteral("next_asset_seq"), QStringLiteral("1"), error) &&
                    setSetting(QStringLiteral("organisation"), options.organisation, error);
    return leaveTransaction(ok, error) && ok;
}

std::unique_ptr<Database> Database::connect(const QString &path, QString *error)
{
    std::unique_ptr<Database> database(new Database(path, newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        *error = translated(QT_TRANSLATE_NOOP("Database", "Cannot open the registry %1: %2"))
                     .arg(nativePath(path), db.lastError().text());
        return nullptr;
    }
    SqliteInterrupt::install(db);
    QSqlQuery query(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // A larger page cache keeps bulk imports from spilling pages to the WAL mid-way.
        QStringLiteral("PRAGMA cache_size = -32768"), QStringLiteral("PRAGMA temp_store = MEMORY")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = database->sqlError(
                translated(QT_TRANSLATE_NOOP("Database", "Could not configure the connection to the registry %1: %2")),
                query.lastError().text());
            return nullptr;
        }
    }
    return database;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (isServer()) {
        if (query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM registry_schema")) && query.next())
            return query.value(0).toInt();
        return -1;
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    const QList<int> numbers = migrationNumbers(m_backend);
    for (int version : numbers) {
        if (version > current && !applyMigration(version, error))
            return false;
    }
    // From server schema 3 on, writers take the lock of the audit chain when they begin.
    m_chainLock = isServer() && schemaVersion() >= 3;
    return true;
}

bool Database::applyMigration(int version, QString *error)
{
    const QString resource =
        QStringLiteral("%1/%2").arg(migrationFolder(m_backend)).arg(version, 4, 10, QLatin1Char('0'));
    QString script;
    const QDir dir(migrationFolder(m_backend));
    const QStringList files = dir.entryList({QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0'))});
    if (files.size() == 1) {
        QFile file(dir.filePath(files.constFirst()));
        if (file.open(QIODevice::ReadOnly))
            script = QString::fromUtf8(file.readAll());
    }
    if (script.isEmpty()) {
        *error =
            translated(QT_TRANSLATE_NOOP("Database", "Schema migration %1 is missing from this build.")).arg(resource);
        return false;
    }
    // One transaction per migration: a file is at one schema version or the next, never between.
    if (!enterTransaction(error))
        return false;
    QSqlQuery query(connection());
    const QStringList statements = splitStatements(script, m_backend);
    for (const QString &statement : statements) {
        if (!Statement::exec(query, statement)) {
            *error = sqlError(
                translated(QT_TRANSLATE_NOOP("Database", "Could not upgrade the schema of the registry %1: %2")),
                Statement::errorText(query));
            leaveTransaction(false, nullptr);
            return false;
        }
    }
    // Migration 11 leaves the search index of a file to the program, which indexes the NFKC form of the text.
    if (!isServer() && version == 11 &&
        !SearchIndex::rebuild(
            connection(), [this](const QString &message, const QString &detail) { return sqlError(message, detail); },
            error)) {
        leaveTransaction(false, nullptr);
        return false;
    }
    const QString record = isServer() ? QStringLiteral("INSERT INTO registry_schema (version) VALUES (%1)")
                                      : QStringLiteral("PRAGMA user_version = %1");
    if (!Statement::exec(query, record.arg(version))) {
        *error =
            sqlError(translated(QT_TRANSLATE_NOOP("Database", "Could not upgrade the schema of the registry %1: %2")),
                     Statement::errorText(query));
        leaveTransaction(false, nullptr);
        return false;
    }
    return leaveTransaction(true, error);
}
