// Registry files (DESIGN.md §7): a new file is migrated and owner-only; a bad file is refused and left unchanged.
#include "../rawsql.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "testregistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs one statement on a file outside the application, as another program would.
void rawExec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(sql));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString pragma(Registry &registry, const QString &name)
{
    return registry.connectionSetting(name);
}

} // namespace

class TestRegistryFile final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }
    void newFileIsMigratedAndOwnerOnly();
    void reopenKeepsAssets();
    void createRefusesExistingFile();
    void refusesBadFile_data();
    void refusesBadFile();
    void auditTrailIsAppendOnly();
    void readOnlyFileOpensOnceWritable();
    void opensFileWithUnusualName();
    void readOnlyFolderIsNotDamage();
    void busyRegistrySaysAnotherProgramWrites();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString makeRegistry(const QString &name, int assets);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QString TestRegistryFile::makeRegistry(const QString &name, int assets)
{
    QString file = path(name);
    QString error;
    auto registry = Registry::create(file, {}, &error);
    if (!registry)
        return {};
    if (assets > 0 && !registry->assets()
                           .createAssets(TestRegistry::generated(assets, registry->scheme(), 1, QDate::currentDate()))
                           .ok())
        return {};
    QSqlQuery(RawSql::connection(registry->path())).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return file;
}

void TestRegistryFile::newFileIsMigratedAndOwnerOnly()
{
    QString error;
    auto registry = Registry::create(path(QStringLiteral("new.sqlite")), {}, &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->schemaVersion(), Registry::latestSchemaVersion());
    QVERIFY(Registry::latestSchemaVersion() >= 1);
    QCOMPARE(pragma(*registry, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(*registry, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(*registry, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(*registry, QStringLiteral("application_id")).toInt(), Registry::applicationId());
    QCOMPARE(registry->scheme().code(), QStringLiteral("ipa"));
    QCOMPARE(QFile::permissions(path(QStringLiteral("new.sqlite"))),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

void TestRegistryFile::reopenKeepsAssets()
{
    const QString file = path(QStringLiteral("reopen.sqlite"));
    QString error;
    QString assetNo;
    {
        Registry::CreateOptions options;
        options.scheme = QStringLiteral("fips199");
        auto registry = Registry::create(file, options, &error);
        QVERIFY2(registry, qPrintable(error));
        Asset asset = registry->assets().newAsset();
        asset.retentionUntil = QDate(2031, 3, 31);
        asset.name = QStringLiteral("顧客台帳");
        asset.department = QStringLiteral("営業部");
        asset.owner = QStringLiteral("佐藤 花子");
        asset.confidentiality = 2;
        const Result<Asset> created = registry->assets().createAsset(asset);
        QVERIFY2(created.ok(), qPrintable(created.error));
        assetNo = created.value->assetNo;
        QCOMPARE(assetNo, QStringLiteral("IA-000001"));
    }
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->scheme().code(), QStringLiteral("fips199"));
    const Result<Asset> asset = registry->assets().byAssetNo(assetNo);
    QVERIFY(asset);
    QCOMPARE(asset->name, QStringLiteral("顧客台帳"));
    QCOMPARE(asset->confidentiality, 2);
    QCOMPARE(asset->nextReview, asset->registeredOn.addYears(1)); // importance 2: one year
}

void TestRegistryFile::createRefusesExistingFile()
{
    const QString file = makeRegistry(QStringLiteral("existing.sqlite"), 3);
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileHash(file);
    QString error;
    QVERIFY(!Registry::create(file, {}, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(fileHash(file), before);
}

void TestRegistryFile::refusesBadFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("text file") << "text"
                               << "not a SQLite database";
    QTest::newRow("empty file") << "empty"
                                << "not a SQLite database";
    QTest::newRow("other application") << "foreign"
                                       << "another application";
    QTest::newRow("corrupt") << "corrupt"
                             << "damaged";
    QTest::newRow("newer version") << "newer"
                                   << "newer version";
    QTest::newRow("read-only") << "readonly"
                               << "read-only";
}

void TestRegistryFile::refusesBadFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);

    QString file = path(kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1String("text")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("管理番号,情報資産名称\nIA-000001,職員名簿\n");
    } else if (kind == QLatin1String("empty")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("foreign")) {
        rawExec(file, QStringLiteral("CREATE TABLE notes (body TEXT)"));
    } else if (kind == QLatin1String("corrupt")) {
        file = makeRegistry(QStringLiteral("corrupt.sqlite"), 300);
        QVERIFY(!file.isEmpty());
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadWrite));
        const qint64 size = out.size();
        QVERIFY(size > 16 * 4096);
        // Overwrite pages in the middle of the file, keeping the header intact.
        out.seek(size / 2);
        out.write(QByteArray(3 * 4096, '\x5a'));
    } else if (kind == QLatin1String("newer")) {
        file = makeRegistry(QStringLiteral("newer.sqlite"), 2);
        QVERIFY(!file.isEmpty());
        rawExec(file, QStringLiteral("PRAGMA user_version = %1").arg(Registry::latestSchemaVersion() + 1));
    } else if (kind == QLatin1String("readonly")) {
        file = makeRegistry(QStringLiteral("readonly.sqlite"), 2);
        QVERIFY(!file.isEmpty());
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    }

    // The set-up's own connection is closed first: whatever lies beside the file afterwards was made by the refusal.
    const QString raw = QStringLiteral("raw:") + file;
    if (QSqlDatabase::contains(raw)) {
        QSqlDatabase::database(raw).close();
        QSqlDatabase::removeDatabase(raw);
    }
    const bool existed = QFile::exists(file);
    const QByteArray before = fileHash(file);
    QString error;
    auto registry = Registry::open(file, &error);
    QVERIFY(!registry);
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(QFile::exists(file), existed);
    QCOMPARE(fileHash(file), before);
    // Refusing a file creates nothing beside it: journal files left behind (read-only, like a read-only registry)
    // would make every later write fail.
    QVERIFY2(!QFile::exists(file + QStringLiteral("-wal")), qPrintable(kind));
    QVERIFY2(!QFile::exists(file + QStringLiteral("-shm")), qPrintable(kind));
}

void TestRegistryFile::auditTrailIsAppendOnly()
{
    const QString file = makeRegistry(QStringLiteral("audit.sqlite"), 5);
    QVERIFY(!file.isEmpty());
    QString error;
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    // The five assets were created together: one event, and their values at creation beside it.
    QCOMPARE(registry->audit().count(), 1);
    QSqlQuery query(RawSql::connection(registry->path()));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_event SET actor = 'someone' WHERE seq = 1")));
    QVERIFY(query.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_event")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE asset_creation SET vals = '[]' WHERE asset_id = 1")));
    QVERIFY(query.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM asset_creation")));
    QCOMPARE(registry->audit().count(), 1);
}

void TestRegistryFile::readOnlyFileOpensOnceWritable()
{
    const QString file = makeRegistry(QStringLiteral("readonly.sqlite"), 2);
    QVERIFY(!file.isEmpty());
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    QString error;
    QVERIFY(!Registry::open(file, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));

    // The user does what the message says; the registry then opens and takes writes.
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    const Result<int> created =
        registry->assets().createAssets(TestRegistry::generated(1, registry->scheme(), 1, QDate::currentDate()));
    QVERIFY2(created.ok(), qPrintable(created.error));
}

void TestRegistryFile::opensFileWithUnusualName()
{
    // The check before opening reads the file through a URI: spaces, %, # and ? and Japanese must survive it.
    const QString folder = path(QStringLiteral("総務部 100% #1"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/台帳?.sqlite");
    {
        QString error;
        auto registry = Registry::create(file, {}, &error);
        QVERIFY2(registry, qPrintable(error));
        QVERIFY(registry->assets()
                    .createAssets(TestRegistry::generated(2, registry->scheme(), 1, QDate::currentDate()))
                    .ok());
    }
    QString error;
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->assets().totalCount(), qint64(2));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/台帳")));
}

void TestRegistryFile::readOnlyFolderIsNotDamage()
{
    const QString folder = path(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/registry.sqlite");
    {
        QString error;
        auto registry = Registry::create(file, {}, &error);
        QVERIFY2(registry, qPrintable(error));
        QVERIFY(registry->assets()
                    .createAssets(TestRegistry::generated(3, registry->scheme(), 1, QDate::currentDate()))
                    .ok());
    }
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    const bool opened = Registry::open(file, &error) != nullptr;
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(!opened);
    // Telling someone to restore a backup over a good file would be the worst advice.
    QVERIFY2(error.contains(QLatin1String("folder")) && error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("damaged")) && !error.contains(QLatin1String("backup")), qPrintable(error));
    QVERIFY(Registry::open(file, &error));
}

void TestRegistryFile::busyRegistrySaysAnotherProgramWrites()
{
    const QString file = makeRegistry(QStringLiteral("busy.sqlite"), 2);
    QVERIFY(!file.isEmpty());
    QString error;
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    // Another program holds the write lock (as a long import does) for longer than the busy timeout.
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Result<int> created =
            registry->assets().createAssets(TestRegistry::generated(1, registry->scheme(), 1, QDate::currentDate()));
        QVERIFY(!created.ok());
        QVERIFY2(created.error.contains(QLatin1String("another program is writing"), Qt::CaseInsensitive),
                 qPrintable(created.error));
        QVERIFY2(created.error.contains(QLatin1String("try again"), Qt::CaseInsensitive), qPrintable(created.error));
        // SQLite's words come after the sentence, never in place of it.
        QVERIFY2(!created.error.endsWith(QLatin1String("Unable to fetch row")), qPrintable(created.error));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(
        registry->assets().createAssets(TestRegistry::generated(1, registry->scheme(), 1, QDate::currentDate())).ok());
}

QTEST_GUILESS_MAIN(TestRegistryFile)
#include "test_registryfile.moc"
