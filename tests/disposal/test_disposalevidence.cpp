// Evidence files of a disposal: kept inside the registry with name, type, size, SHA-256, who and when; refused when
// missing, unreadable, empty or too large; re-hashed on demand, naming a file whose stored bytes changed.
#include "../rawsql.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/disposalservice.h"
#include "service/registry.h"

#include "testregistry.h"
#include "testserver.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

class TestDisposalEvidence final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storedWithItsFacts();
    void refusedFiles_data();
    void refusedFiles();
    void badEvidenceChangesNothing();
    void addedLaterIsAudited();
    void changedByteIsDetected();

private:
    DisposalJob recordWith(const QList<EvidenceFile> &evidence);
    QString writeFile(const QString &name, const QByteArray &content) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestDisposalEvidence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry =
        Registry::create(TestRegistry::location(m_dir->filePath(QStringLiteral("registry.sqlite"))), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("auditor@workstation"));
}

void TestDisposalEvidence::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

QString TestDisposalEvidence::writeFile(const QString &name, const QByteArray &content) const
{
    QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

DisposalJob TestDisposalEvidence::recordWith(const QList<EvidenceFile> &evidence)
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("返却PC");
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("佐藤 花子");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created.ok())
        qFatal("%s", qPrintable(created.error));
    DisposalJob job = *m_registry->disposal().draft({created.value->id}).value;
    for (DisposalItem &item : job.items)
        item.mediaType = QStringLiteral("hdd");
    job.performedBy = {QStringLiteral("田中"), {}, {}, QDate::currentDate()};
    job.validatedBy = {QStringLiteral("山本"), {}, {}, QDate::currentDate()};
    const Result<DisposalJob> recorded = m_registry->disposal().record(job, evidence);
    if (!recorded.ok())
        qFatal("%s", qPrintable(recorded.error));
    return *recorded.value;
}

void TestDisposalEvidence::storedWithItsFacts()
{
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const Result<EvidenceFile> file = DisposalService::readEvidenceFile(writeFile(QStringLiteral("証明書.pdf"), pdf));
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.value->originalName, QStringLiteral("証明書.pdf"));
    QCOMPARE(file.value->mimeType, QStringLiteral("application/pdf"));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const DisposalJob job = recordWith({*file.value});
    const QList<DisposalEvidence> evidence = m_registry->disposal().evidence(job.id);
    QCOMPARE(evidence.size(), 1);
    const DisposalEvidence &stored = evidence.constFirst();
    QCOMPARE(stored.originalName, QStringLiteral("証明書.pdf"));
    QCOMPARE(stored.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(stored.size, qint64(pdf.size()));
    QCOMPARE(stored.sha256, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(stored.addedBy, QStringLiteral("auditor@workstation"));
    QVERIFY(stored.addedAt >= before && stored.addedAt <= QDateTime::currentDateTimeUtc());
    const Result<QByteArray> content = m_registry->disposal().evidenceContent(stored.id);
    QVERIFY2(content.ok(), qPrintable(content.error));
    QCOMPARE(*content.value, pdf);
    const EvidenceCheck check = m_registry->disposal().verifyEvidence();
    QCOMPARE(check.checked, 1);
    QVERIFY(check.mismatches.isEmpty());
}

void TestDisposalEvidence::refusedFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("empty") << "empty"
                           << "is empty";
    QTest::newRow("too large") << "large"
                               << "at most 50.0 MB";
    QTest::newRow("folder") << "folder"
                            << "is not a file";
    QTest::newRow("unreadable") << "unreadable"
                                << "Cannot read";
}

void TestDisposalEvidence::refusedFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString path = m_dir->filePath(QStringLiteral("photo.jpg"));
    if (kind == QLatin1String("empty")) {
        writeFile(QStringLiteral("photo.jpg"), {});
    } else if (kind == QLatin1String("large")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(DisposalService::kMaxEvidenceBytes + 1)); // sparse: nothing is written
    } else if (kind == QLatin1String("folder")) {
        path = m_dir->path();
    } else if (kind == QLatin1String("unreadable")) {
        writeFile(QStringLiteral("photo.jpg"), QByteArrayLiteral("jpeg"));
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        if (QFile(path).open(QIODevice::ReadOnly))
            QSKIP("running as a user who can read any file (root)");
    }
    const Result<EvidenceFile> file = DisposalService::readEvidenceFile(path);
    QVERIFY(!file.ok());
    QVERIFY2(file.error.contains(expected), qPrintable(file.error));
    if (kind != QLatin1String("folder"))
        QVERIFY2(file.error.contains(QStringLiteral("photo.jpg")), qPrintable(file.error));
}

void TestDisposalEvidence::badEvidenceChangesNothing()
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("返却PC");
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("佐藤 花子");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    QVERIFY(created.ok());
    DisposalJob job = *m_registry->disposal().draft({created.value->id}).value;
    for (DisposalItem &item : job.items)
        item.mediaType = QStringLiteral("hdd");
    job.performedBy = {QStringLiteral("田中"), {}, {}, QDate::currentDate()};
    job.validatedBy = {QStringLiteral("山本"), {}, {}, QDate::currentDate()};
    const qint64 eventsBefore = m_registry->audit().count();

    EvidenceFile empty{QStringLiteral("empty.png"), QStringLiteral("image/png"), {}};
    Result<DisposalJob> recorded = m_registry->disposal().record(job, {empty});
    QVERIFY(!recorded.ok());
    QVERIFY(recorded.error.contains(QStringLiteral("empty.png")));
    EvidenceFile photo{QStringLiteral("photo.png"), {}, QByteArrayLiteral("png bytes")};
    recorded = m_registry->disposal().record(job, {photo, photo});
    QVERIFY(!recorded.ok());
    QVERIFY(recorded.error.contains(QStringLiteral("attached twice")));
    QCOMPARE(m_registry->disposal().jobCount(), 0);
    QCOMPARE(m_registry->assets().byId(created.value->id)->status, QStringLiteral("in_use"));
    QCOMPARE(m_registry->audit().count(), eventsBefore);
}

void TestDisposalEvidence::addedLaterIsAudited()
{
    const DisposalJob job = recordWith({});
    QVERIFY(m_registry->disposal().evidence(job.id).isEmpty());
    const EvidenceFile certificate{QStringLiteral("委託先証明書.pdf"), {}, QByteArrayLiteral("%PDF-1.4 certificate")};
    const Result<DisposalEvidence> added = m_registry->disposal().addEvidence(job.id, certificate);
    QVERIFY2(added.ok(), qPrintable(added.error));
    QCOMPARE(added.value->mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(m_registry->disposal().evidence(job.id).size(), 1);
    // The same content twice is refused and names the file already there.
    const Result<DisposalEvidence> again =
        m_registry->disposal().addEvidence(job.id, {QStringLiteral("copy.pdf"), {}, certificate.content});
    QVERIFY(!again.ok());
    QVERIFY(again.error.contains(QStringLiteral("委託先証明書.pdf")));

    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("disposal"), job.jobNo);
    QCOMPARE(events.constLast().action, QStringLiteral("add_evidence"));
    QCOMPARE(events.constLast().changes.value(QStringLiteral("sha256")).toArray().at(1).toString(),
             added.value->sha256);
    // Evidence cannot be replaced or removed, even with SQL written past the service.
    QSqlQuery query(RawSql::connection(m_registry->path()));
    QVERIFY(!query.exec(QStringLiteral("UPDATE disposal_evidence SET content = x'00'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM disposal_evidence")));
}

void TestDisposalEvidence::changedByteIsDetected()
{
    SKIP_ON_SERVER("tampers with the registry file through SQLite");
    const QByteArray photo(4096, 'p');
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4 contractor certificate no. 42");
    const DisposalJob job =
        recordWith({{QStringLiteral("photo.jpg"), {}, photo}, {QStringLiteral("cert.pdf"), {}, pdf}});
    const QString path = m_registry->path();
    m_registry.reset();

    // Tamper with the file as an attacker with a SQLite tool would: past the triggers, one byte of one blob.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER disposal_evidence_no_update")));
        QByteArray changed = photo;
        changed[2000] = 'q';
        query.prepare(QStringLiteral("UPDATE disposal_evidence SET content = ? WHERE original_name = 'photo.jpg'"));
        query.addBindValue(changed);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    QString error;
    m_registry = Registry::open(path, &error);
    QVERIFY2(m_registry, qPrintable(error));
    int lastDone = 0, lastTotal = 0;
    const EvidenceCheck check = m_registry->disposal().verifyEvidence([&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    QCOMPARE(check.checked, 2);
    QCOMPARE(lastDone, 2);
    QCOMPARE(lastTotal, 2);
    QCOMPARE(check.mismatches.size(), 1);
    QCOMPARE(check.mismatches.constFirst().originalName, QStringLiteral("photo.jpg"));
    QCOMPARE(check.mismatches.constFirst().jobNo, job.jobNo);
    QCOMPARE(check.mismatches.constFirst().expected, DisposalService::sha256(photo));
    QVERIFY(check.mismatches.constFirst().actual != check.mismatches.constFirst().expected);

    // Opening the altered file from the GUI or the CLI is refused with its name; the intact one still opens.
    const QList<DisposalEvidence> evidence = m_registry->disposal().evidence(job.id);
    const Result<QByteArray> altered = m_registry->disposal().evidenceContent(evidence.at(0).id);
    QVERIFY(!altered.ok());
    QVERIFY(altered.error.contains(QStringLiteral("photo.jpg")));
    QVERIFY(m_registry->disposal().evidenceContent(evidence.at(1).id).ok());
}

QTEST_GUILESS_MAIN(TestDisposalEvidence)
#include "test_disposalevidence.moc"
