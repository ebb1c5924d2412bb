// The migration to assets created in batches (schema 10) on a registry made by the previous version
// (tests/data/registries/schema-0009.sqlite): the old events of each asset stay as they were and verify, the old
// assets' histories still show their creation, and an import afterwards is recorded as one batch event whose rows
// verify too.
#include "io/csvwriter.h"
#include "service/assetimport.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "testfiles.h"
#include "testregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kFixture = QStringLiteral(TEST_SOURCE_DIR "/../data/registries/schema-0009.sqlite");

} // namespace

class TestBatchMigration : public QObject
{
    Q_OBJECT

private slots:
    void oldHistoryKeptAndNewImportsBatched();
};

void TestBatchMigration::oldHistoryKeptAndNewImportsBatched()
{
    QTemporaryDir dir;
    QVERIFY2(QFile::exists(kFixture), qPrintable(kFixture));
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(kFixture, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    QVERIFY(registry->schemaVersion() >= 10);
    QCOMPARE(registry->assets().totalCount(), 40);
    const qint64 events = registry->audit().count();
    QCOMPARE(events, 440);
    ChainCheck check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));

    QString error;
    const QList<AuditEvent> old = registry->audit().assetHistory(QStringLiteral("IA-000007"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!old.isEmpty());
    QCOMPARE(old.constFirst().action, QStringLiteral("create"));
    QCOMPARE(old.constFirst().entityId, QStringLiteral("IA-000007"));
    const QString name = registry->assets().byAssetNo(QStringLiteral("IA-000007"))->name;
    QCOMPARE(old.constFirst().changes.value(QStringLiteral("name")).toArray().at(1).toString(), name);

    QString text = QString::fromUtf8("情報資産名称,管理部署,管理責任者,保存期限\r\n");
    for (int index = 1; index <= 3; ++index)
        text += CsvWriter::record({QString::fromUtf8("移行後の資産%1").arg(index), QString::fromUtf8("総務部"),
                                   QString::fromUtf8("山田 太郎"), QStringLiteral("2031-03-31")});
    AssetImport import;
    QVERIFY(import.load(TestFiles::writeText(dir, QStringLiteral("after.csv"), text), &error));
    const Result<int> imported = import.commit(*registry);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(registry->audit().count(), events + 1);
    const QList<AuditEvent> fresh = registry->audit().assetHistory(QStringLiteral("IA-000042"), &error);
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.constFirst().changes.value(QStringLiteral("name")).toArray().at(1).toString(),
             QString::fromUtf8("移行後の資産2"));
    check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
}

QTEST_GUILESS_MAIN(TestBatchMigration)
#include "test_batchmigration.moc"
