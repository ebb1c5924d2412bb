// The audit of an import (DESIGN.md §6, §12): one event for the whole file with the file's SHA-256 and the digest of
// the rows, each imported asset's history still showing its creation with its values, verify proving the rows, a
// tampered, removed or moved row found by verify, and a dry run whose validation the commit does not repeat unless
// the rules changed in between.
#include "../rawsql.h"
#include "io/csvwriter.h"
#include "service/assetbatch.h"
#include "service/assetimport.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestImportAudit final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneEventNamesTheFileAndItsRows();
    void historyShowsTheCreationWithItsValues();
    void tamperedRowsAreFound_data();
    void tamperedRowsAreFound();
    void staleDryRunIsValidatedAgain();
    void valueListIsTheJsonOfItsValues_data();
    void valueListIsTheJsonOfItsValues();

private:
    // Imports rows named 資産1…資産count and returns the path of the file.
    QString importRows(int count);
    void tamper(const QStringList &statements);
    QString path() const { return m_dir->filePath(QStringLiteral("registry.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestImportAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry = Registry::create(path(), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("importer@workstation"));
}

void TestImportAudit::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

QString TestImportAudit::importRows(int count)
{
    QString text = QString::fromUtf8("情報資産名称,管理部署,管理責任者,機密性,保存期限,備考\r\n");
    for (int index = 1; index <= count; ++index)
        text += CsvWriter::record({QString::fromUtf8("資産%1").arg(index), QString::fromUtf8("総務部"),
                                   QString::fromUtf8("山田 太郎"), QString::number(1 + index % 2),
                                   QStringLiteral("2031-03-31"), QString::fromUtf8("備考 \"%1\"\n次の行").arg(index)});
    const QString file = TestFiles::writeText(*m_dir, QStringLiteral("assets.csv"), text);
    AssetImport import;
    QString error;
    if (!import.load(file, &error))
        return {};
    const AssetImport::Plan plan = import.check(*m_registry);
    if (!plan.problems.isEmpty())
        return {};
    const Result<int> result = AssetImport::commit(*m_registry, plan);
    return result.ok() && *result.value == count ? file : QString();
}

void TestImportAudit::tamper(const QStringList &statements)
{
    m_registry.reset();
    {
        QSqlDatabase db = RawSql::connection(path());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER asset_creation_no_update")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER asset_creation_no_delete")));
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement + QLatin1Char(' ') + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw:") + path());
    QString error;
    m_registry = Registry::open(path(), &error);
    QVERIFY2(m_registry, qPrintable(error));
}

void TestImportAudit::oneEventNamesTheFileAndItsRows()
{
    const qint64 before = m_registry->audit().count();
    const QString file = importRows(50);
    QVERIFY(!file.isEmpty());
    QCOMPARE(m_registry->assets().totalCount(), 50);
    QCOMPARE(m_registry->audit().count(), before + 1);

    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const QString fileSha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256).toHex());
    AuditFilter filter;
    filter.entity = QString::fromLatin1(AssetBatch::kEntity);
    QString error;
    const QList<AuditEvent> events = m_registry->audit().page(filter, 0, 10, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(events.size(), 1);
    const AuditEvent &event = events.constFirst();
    QCOMPARE(event.action, QStringLiteral("import"));
    QCOMPARE(event.actor, QStringLiteral("importer@workstation"));
    QCOMPARE(event.entityId, QStringLiteral("IA-000001..IA-000050"));
    QCOMPARE(event.changes.value(QStringLiteral("file_sha256")).toArray().at(1).toString(), fileSha256);
    QCOMPARE(event.changes.value(QStringLiteral("file")).toArray().at(1).toString(), QStringLiteral("assets.csv"));
    QCOMPARE(event.changes.value(QStringLiteral("assets")).toArray().at(1).toInt(), 50);
    QCOMPARE(event.changes.value(QStringLiteral("values_sha256")).toArray().at(1).toString().size(), 64);

    const ChainCheck check = m_registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.checked, before + 1);
}

void TestImportAudit::historyShowsTheCreationWithItsValues()
{
    QVERIFY(!importRows(5).isEmpty());
    Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000004"));
    asset.owner = QString::fromUtf8("佐藤 花子");
    const Result<Asset> updated = m_registry->assets().updateAsset(asset);
    QVERIFY2(updated.ok(), qPrintable(updated.error));

    QString error;
    const QList<AuditEvent> history = m_registry->audit().assetHistory(QStringLiteral("IA-000004"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(history.size(), 2);
    const AuditEvent &creation = history.at(0);
    QCOMPARE(creation.action, QStringLiteral("create"));
    QCOMPARE(creation.entity, QStringLiteral("asset"));
    QCOMPARE(creation.entityId, QStringLiteral("IA-000004"));
    QCOMPARE(creation.actor, QStringLiteral("importer@workstation"));
    const auto created = [&creation](const char *key) { return creation.changes.value(QLatin1String(key)).toArray(); };
    QCOMPARE(created("name"), (QJsonArray{QJsonValue(), QString::fromUtf8("資産4")}));
    QCOMPARE(created("owner"), (QJsonArray{QJsonValue(), QString::fromUtf8("山田 太郎")}));
    QCOMPARE(created("remarks"), (QJsonArray{QJsonValue(), QString::fromUtf8("備考 \"4\"\n次の行")}));
    QCOMPARE(created("retention_until"), (QJsonArray{QJsonValue(), QStringLiteral("2031-03-31")}));
    QCOMPARE(created("asset_no"), (QJsonArray{QJsonValue(), QStringLiteral("IA-000004")}));
    QVERIFY(!creation.changes.contains(QStringLiteral("provider")));
    QCOMPARE(history.at(1).action, QStringLiteral("update"));
    QCOMPARE(history.at(1).changes.value(QStringLiteral("owner")).toArray().at(1).toString(),
             QString::fromUtf8("佐藤 花子"));
    // In words, as the history and the CLI show it.
    const QList<AuditEvent> own = m_registry->audit().eventsFor(QStringLiteral("asset"), QStringLiteral("IA-000004"));
    QCOMPARE(own.size(), 2);
    QCOMPARE(own.constFirst().changes, creation.changes);
    bool named = false;
    for (const AuditLog::Change &change : m_registry->audit().changes(creation))
        named = named || change.after == QString::fromUtf8("資産4");
    QVERIFY(named);
    // An asset created on its own keeps its own event and no batch record.
    Asset single = m_registry->assets().newAsset();
    single.name = QStringLiteral("single");
    single.department = QStringLiteral("IT");
    single.owner = QStringLiteral("Owner");
    single.retentionUntil = QDate(2031, 3, 31);
    const Result<Asset> made = m_registry->assets().createAsset(single);
    QVERIFY2(made.ok(), qPrintable(made.error));
    const QList<AuditEvent> alone = m_registry->audit().assetHistory(made->assetNo, &error);
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone.constFirst().entity, QStringLiteral("asset"));
    QVERIFY(m_registry->audit().verify().ok());
}

void TestImportAudit::tamperedRowsAreFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("a value changed") << QStringList{
        QStringLiteral("UPDATE asset_creation SET vals = replace(vals, '資産7', '資産8') WHERE asset_id = 7")};
    QTest::newRow("a row removed") << QStringList{QStringLiteral("DELETE FROM asset_creation WHERE asset_id = 3")};
    QTest::newRow("a row added") << QStringList{
        QStringLiteral("INSERT INTO asset (asset_no, name, department, owner, asset_type, personal_info, "
                       "confidentiality, integrity, availability, registered_on, next_review, status, row_version, "
                       "updated_at) SELECT 'IA-999999', 'forged', department, owner, asset_type, personal_info, "
                       "confidentiality, integrity, availability, registered_on, next_review, status, 1, updated_at "
                       "FROM asset WHERE id = 1"),
        QStringLiteral("INSERT INTO asset_creation (asset_id, event_seq, vals) SELECT (SELECT max(id) FROM asset), "
                       "event_seq, vals FROM asset_creation WHERE asset_id = 1")};
    QTest::newRow("a row moved to another event")
        << QStringList{QStringLiteral("UPDATE asset_creation SET event_seq = event_seq - 1 WHERE asset_id = 2")};
}

void TestImportAudit::tamperedRowsAreFound()
{
    QFETCH(QStringList, statements);
    QVERIFY(!importRows(10).isEmpty());
    QVERIFY(m_registry->audit().verify().ok());
    AuditFilter filter;
    filter.entity = QString::fromLatin1(AssetBatch::kEntity);
    QString error;
    const qint64 batchSeq = m_registry->audit().page(filter, 0, 1, 0, &error).constFirst().seq;
    tamper(statements);
    const ChainCheck check = m_registry->audit().verify();
    QVERIFY(!check.ok());
    QCOMPARE(check.outcome, ChainCheck::Outcome::Changed);
    QVERIFY2(check.seq == batchSeq || check.seq == batchSeq - 1, qPrintable(check.message));
    QVERIFY2(check.message.contains(QString::number(check.seq)), qPrintable(check.message));
}

void TestImportAudit::staleDryRunIsValidatedAgain()
{
    QString text = QString::fromUtf8("情報資産名称,管理部署,管理責任者,保存期限\r\n");
    text += CsvWriter::record({QString::fromUtf8("資産"), QString::fromUtf8("総務部"), QString::fromUtf8("山田 太郎"),
                               QStringLiteral("2031-03-31")});
    AssetImport import;
    QString error;
    QVERIFY(import.load(TestFiles::writeText(*m_dir, QStringLiteral("one.csv"), text), &error));
    AssetImport::Plan plan = import.check(*m_registry);
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.rulesStamp, m_registry->assets().rulesStamp());
    // A plan made under other rules (another registry, another day) is validated again and refused when wrong.
    plan.rulesStamp = QStringLiteral("another registry");
    plan.drafts.first().name.clear();
    const Result<int> refused = AssetImport::commit(*m_registry, plan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(m_registry->assets().totalCount(), 0);
    plan.drafts.first().name = QString::fromUtf8("資産");
    const Result<int> imported = AssetImport::commit(*m_registry, plan);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(m_registry->assets().totalCount(), 1);
}

void TestImportAudit::valueListIsTheJsonOfItsValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("japanese") << QStringLiteral("職員名簿（控え）");
    QTest::newRow("quote and backslash") << QStringLiteral("\"C:\\共有\\名簿\" / 2026");
    QTest::newRow("tab and new line") << QStringLiteral("一行目\n二行目\t列");
    QTest::newRow("control characters") << QStringLiteral("a") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) +
                                               QStringLiteral("b");
    QTest::newRow("outside the basic plane") << QStringLiteral("𠮷野家の契約書 😀");
    QTest::newRow("html") << QStringLiteral("<script>&amp;</script>");
}

void TestImportAudit::valueListIsTheJsonOfItsValues()
{
    // The value list is written without QJsonDocument where it can be: it must be the same bytes.
    QFETCH(QString, name);
    Asset asset = m_registry->assets().newAsset();
    asset.assetNo = QStringLiteral("IA-000042");
    asset.name = name;
    asset.remarks = name + QStringLiteral(" 備考");
    asset.owner = QStringLiteral("山田 太郎");
    const QByteArray written = AssetBatch::values(asset, m_registry->scheme());
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(parsed.isArray());
    QCOMPARE(parsed.toJson(QJsonDocument::Compact), written);
    QVERIFY(parsed.array().contains(QJsonValue(name)));
}

QTEST_GUILESS_MAIN(TestImportAudit)
#include "test_importaudit.moc"
