// The server half of Database: connecting to a shared registry on PostgreSQL through Qt Sql's QPSQL driver, checking
// what the database holds before touching it, creating a registry in an empty database, the messages for what goes
// wrong on the way, and the pieces of SQL that differ from SQLite's.
#include "database.h"

#include "domain/serveraddress.h"
#include "serverprobe.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

struct DatabaseFacts
{
    bool hasRegistry = false;
    int tables = 0;
};

bool inspectServer(const QSqlDatabase &db, DatabaseFacts *facts, QString *detail)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('registry_schema') IS NOT NULL, (SELECT count(*) FROM pg_class "
                                   "c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                                   "current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f'))")) ||
        !query.next()) {
        *detail = query.lastError().text();
        return false;
    }
    facts->hasRegistry = query.value(0).toBool();
    facts->tables = query.value(1).toInt();
    return true;
}

} // namespace

QString Database::serverError(const QString &address, const QString &detail, ServerRefusal *refusal)
{
    // Decided from the SQLSTATE Qt's driver or libpq put in the text, never from the server's words (its language is
    // the server's lc_messages).
    ServerRefusal kind = ServerRefusals::ofStatement(ServerRefusals::sqlStateIn(detail));
    if (kind == ServerRefusal::None)
        kind = ServerRefusal::Other;
    if (refusal)
        *refusal = kind;
    return ServerProbe::explained(kind, address, detail);
}

QString Database::roleNameProblem(const QString &database)
{
    // The longest group role is <database>_administrator; PostgreSQL keeps 63 bytes of a name (NAMEDATALEN - 1).
    constexpr int kMaximumNameBytes = 63;
    const QString longest = database + QStringLiteral("_administrator");
    const int bytes = int(longest.toUtf8().size());
    if (bytes <= kMaximumNameBytes)
        return {};
    return translated(QT_TRANSLATE_NOOP("Database", "The database name '%1' is too long for the registry's roles: "
                                                    "they are named after it (%2 is %3 bytes in UTF-8), and "
                                                    "PostgreSQL keeps only %4 bytes of a name. Use a database with "
                                                    "a name of at most %5 bytes; nothing was created."))
        .arg(database, longest)
        .arg(bytes)
        .arg(kMaximumNameBytes)
        .arg(kMaximumNameBytes - int(QByteArray("_administrator").size()));
}

std::unique_ptr<Database> Database::connectServer(const QString &url, QString *error, ServerRefusal *refusal)
{
    ServerAddress address;
    if (!ServerAddress::parse(url, &address, error))
        return nullptr;
    const QString shown = address.displayUrl();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = translated(QT_TRANSLATE_NOOP("Database", "Cannot open the registry %1: Qt's PostgreSQL driver is "
                                                          "not installed (the Debian package libqt6sql6-psql)."))
                     .arg(shown);
        return nullptr;
    }
    // libpq's own connection first: it says why a server refuses (by SQLSTATE and connection status), and a server
    // that does not answer costs only its deadline.
    QString detail;
    const ServerRefusal probed = ServerProbe::check(address, nullptr, &detail);
    if (probed != ServerRefusal::None) {
        if (refusal)
            *refusal = probed;
        *error = ServerProbe::explained(probed, shown, detail);
        return nullptr;
    }
    std::unique_ptr<Database> database(
        new Database(shown, QStringLiteral("registry-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    database->m_backend = Backend::Server;
    database->m_password = address.password; // for a second connection (connectionAddress())
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!address.host.isEmpty())
        db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    // Without a password in the address libpq looks in its own places (PGPASSWORD, ~/.pgpass).
    if (!address.password.isEmpty())
        db.setPassword(address.password);
    QStringList options{QStringLiteral("connect_timeout=%1").arg(ServerProbe::kConnectTimeoutSeconds),
                        QStringLiteral("application_name=asset-registry")};
    if (!address.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + address.sslMode;
    if (!address.options.isEmpty())
        options << QStringLiteral("options='%1'")
                       .arg(QString(address.options).replace(QLatin1Char('\''), QLatin1String("\\'")));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        // The server let libpq's connection in a moment ago; whatever changed since, its words say what.
        *error = serverError(shown, db.lastError().text(), refusal);
        return nullptr;
    }
    QSqlQuery query(db);
    // Names are found in the registry's own schema, whatever the user's search_path says.
    if (!query.exec(QStringLiteral("SET client_min_messages = warning"))) {
        *error = serverError(shown, query.lastError().text());
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::openServer(const QString &url, QString *error, ServerRefusal *refusal)
{
    const auto refuse = [refusal](ServerRefusal kind) {
        if (refusal)
            *refusal = kind;
    };
    std::unique_ptr<Database> database = connectServer(url, error, refusal);
    if (!database)
        return nullptr;
    DatabaseFacts facts;
    QString detail;
    if (!inspectServer(database->connection(), &facts, &detail)) {
        *error = serverError(database->path(), detail);
        return nullptr;
    }
    if (!facts.hasRegistry) {
        const ServerRefusal kind = facts.tables > 0 ? ServerRefusal::NotARegistry : ServerRefusal::EmptyDatabase;
        refuse(kind);
        *error = ServerRefusals::message(kind, database->path());
        return nullptr;
    }
    const int version = database->schemaVersion();
    if (version > latestServerSchemaVersion()) {
        refuse(ServerRefusal::SchemaNewer);
        *error = translated(QT_TRANSLATE_NOOP("Database",
                                              "The registry %1 was written by a newer version of this application "
                                              "(schema %2; this version reads up to %3). Use the newer version; "
                                              "nothing was changed."))
                     .arg(database->path())
                     .arg(version)
                     .arg(latestServerSchemaVersion());
        return nullptr;
    }
    if (version < latestServerSchemaVersion()) {
        // Only the owner of the registry's tables can change them; everyone else waits for the owner to upgrade.
        QSqlQuery owner(database->connection());
        if (!owner.exec(QStringLiteral("SELECT pg_has_role(session_user, relowner, 'MEMBER') FROM pg_class WHERE "
                                       "oid = 'registry_schema'::regclass")) ||
            !owner.next()) {
            *error = serverError(database->path(), owner.lastError().text());
            return nullptr;
        }
        if (!owner.value(0).toBool()) {
            refuse(ServerRefusal::PermissionDenied);
            *error = translated(QT_TRANSLATE_NOOP("Database",
                                                  "The registry %1 has schema %2 and this version of the "
                                                  "application needs schema %3. Only the registry's owner can "
                                                  "upgrade it: ask them to run 'asset-registry-cli --database "
                                                  "ADDRESS server init' with this version. Nothing was changed."))
                         .arg(database->path())
                         .arg(version)
                         .arg(latestServerSchemaVersion());
            return nullptr;
        }
        if (!database->migrate(error) || !database->regrantAfterUpgrade(error))
            return nullptr;
    }
    database->m_chainLock = version >= 3 || database->m_chainLock;
    return database;
}

bool Database::regrantAfterUpgrade(QString *error)
{
    // New tables of an upgrade get the privileges of the roles, once the registry has roles (server init).
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN (current_database() || "
                                   "'_administrator', current_database() || '_editor', current_database() || "
                                   "'_auditor', current_database() || '_viewer')")) ||
        !query.next()) {
        *error = serverError(path(), query.lastError().text());
        return false;
    }
    if (query.value(0).toInt() == 0)
        return true;
    if (!query.exec(QStringLiteral("SELECT registry_grant_roles()"))) {
        *error = serverError(path(), query.lastError().text());
        return false;
    }
    return true;
}

std::unique_ptr<Database> Database::createServer(const QString &url, const CreateOptions &options, QString *error)
{
    std::unique_ptr<Database> database = connectServer(url, error, nullptr);
    if (!database)
        return nullptr;
    // The roles of the registry are named after the database; refused before anything is created.
    QSqlQuery name(database->connection());
    if (!name.exec(QStringLiteral("SELECT current_database()")) || !name.next()) {
        *error = serverError(database->path(), name.lastError().text());
        return nullptr;
    }
    if (const QString problem = roleNameProblem(name.value(0).toString()); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    DatabaseFacts facts;
    QString detail;
    if (!inspectServer(database->connection(), &facts, &detail)) {
        *error = serverError(database->path(), detail);
        return nullptr;
    }
    if (facts.hasRegistry || facts.tables > 0) {
        *error = translated(QT_TRANSLATE_NOOP("Database", "The database %1 is not empty: a new registry is created "
                                                          "only in an empty database. Nothing was changed."))
                     .arg(database->path());
        return nullptr;
    }
    if (!database->migrate(error) || !database->initialiseSettings(options, error))
        return nullptr;
    return database;
}

QString Database::serverUser() const
{
    if (!isServer())
        return {};
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
        return query.value(0).toString();
    return {};
}

QString Database::greatest(const QStringList &expressions) const
{
    const QString list = expressions.join(QStringLiteral(", "));
    return (isServer() ? QStringLiteral("GREATEST(") : QStringLiteral("max(")) + list + QLatin1Char(')');
}

QString Database::importance(const QString &confidentiality, const QString &integrity,
                             const QString &availability) const
{
    return greatest({confidentiality, integrity, availability});
}

QString Database::returningId() const
{
    return isServer() ? QStringLiteral(" RETURNING id") : QString();
}

qint64 Database::insertedId(QSqlQuery &query)
{
    // PostgreSQL gives the id as the row of RETURNING; SQLite as its last row id.
    if (query.isSelect() && query.next())
        return query.value(0).toLongLong();
    return query.lastInsertId().toLongLong();
}

QString Database::equalsIgnoringCase(const QString &left, const QString &right) const
{
    if (isServer())
        return QStringLiteral("lower(%1) = lower(%2)").arg(left, right);
    return QStringLiteral("%1 = %2 COLLATE NOCASE").arg(left, right);
}

QString Database::idsOfJsonArray() const
{
    if (isServer())
        return QStringLiteral("SELECT value::bigint FROM json_array_elements_text(CAST(? AS json))");
    return QStringLiteral("SELECT value FROM json_each(?)");
}

QString Database::containsText(const QString &text, const QString &part) const
{
    return (isServer() ? QStringLiteral("strpos(%1, %2) > 0") : QStringLiteral("instr(%1, %2) > 0")).arg(text, part);
}

QString Database::joinedText(const QString &expression) const
{
    // Joined with U+001F, which no text of the registry contains.
    if (isServer())
        return QStringLiteral("string_agg(%1, chr(31) ORDER BY %1)").arg(expression);
    return QStringLiteral("group_concat(%1, char(31))").arg(expression);
}

QString Database::fixedOrderJoins(const QString &sql) const
{
    if (!isServer())
        return sql;
    return QString(sql).replace(QLatin1String(" CROSS JOIN "), QLatin1String(" JOIN "));
}

QString Database::utf8Bytes(const QString &column) const
{
    return (isServer() ? QStringLiteral("convert_to(%1, 'UTF8')") : QStringLiteral("CAST(%1 AS BLOB)")).arg(column);
}

QString Database::explainedServerRefusal(const QString &detail)
{
    // The refusals of a shared registry's server (server schema 3), told apart by their SQLSTATE: what the role may
    // not do, and what to do.
    const char *refusal = nullptr;
    switch (ServerRefusals::ofStatement(ServerRefusals::sqlStateIn(detail))) {
    case ServerRefusal::OtherDepartment:
        refusal = QT_TRANSLATE_NOOP("Database", "the server lets you change only the assets of the departments you "
                                                "are a member of (and what belongs to them), and this change "
                                                "touches another department's. Nothing was changed; ask the "
                                                "registry's administrator if you need to make it");
        break;
    case ServerRefusal::PermissionDenied:
        refusal = QT_TRANSLATE_NOOP("Database", "your role on the server does not allow this change: auditors and "
                                                "viewers change nothing, editors change only the assets of their "
                                                "departments, and only administrators change settings, catalogues, "
                                                "controls and the baseline. Nothing was changed");
        break;
    default:
        return {};
    }
    return translated(QT_TRANSLATE_NOOP("Database", "%1 (PostgreSQL: %2)")).arg(translated(refusal), detail.trimmed());
}
