// The two kinds of disposal record (practice.md §5) and the personal-information floor (PI-5) against a real registry:
// the technique × media-type table of NIST SP 800-88 Appendix A, the refusals of the service with their messages, the
// minimum of each kind (a C3 record in a cloud service needs no override), the evidence a data deletion needs, the
// floor per personal-information kind and its settings (audited, ordered), and migration 6 on a schema-3 registry.
#include "testregistry.h"

#include "domain/disposalcodes.h"
#include "domain/disposalrule.h"
#include "domain/sanitisationtechniques.h"
#include "service/auditlog.h"
#include "service/disposalservice.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

class TestDisposalKinds final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void techniqueTable_data();
    void techniqueTable();
    void drillingIsFlagged();
    void serviceRefusesTechniqueForMedia_data();
    void serviceRefusesTechniqueForMedia();
    void mediaTypeIsRequired();
    void kindMinimums_data();
    void kindMinimums();
    void cloudDataDeletionNeedsNoOverride();
    void dataDeletionNeedsEvidence();
    void dataDeletionRefusesMediaFields();
    void personalFloor_data();
    void personalFloor();
    void floorSettingsAreAuditedAndOrdered();
    void dataMinimumCannotBeDestroy();
    void migrationKeepsSchema3Records();

private:
    qint64 createAsset(int confidentiality, const QString &personalInfo = QStringLiteral("none"));
    DisposalJob completed(DisposalJob job) const;
    // Lowers every level minimum of both kinds to Clear, so that only the personal-information floor remains.
    void lowerLevelMinimums();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestDisposalKinds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
}

void TestDisposalKinds::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

qint64 TestDisposalKinds::createAsset(int confidentiality, const QString &personalInfo)
{
    Asset asset = TestRegistry::validAsset(*m_registry, QStringLiteral("職員名簿"));
    asset.assetType = QStringLiteral("information");
    asset.personalInfo = personalInfo;
    asset.subjectCount = personalInfo == QLatin1String("none") ? std::optional<qint64>() : std::optional<qint64>(200);
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("個人情報を含む");
    asset.retentionUntil = QDate::currentDate().addYears(1);
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created.ok())
        qFatal("cannot create test asset: %s", qPrintable(created.error));
    return created.value->id;
}

DisposalJob TestDisposalKinds::completed(DisposalJob job) const
{
    job.performedBy = {QStringLiteral("田中 太郎"), {}, {}, QDate::currentDate()};
    job.validatedBy = {QStringLiteral("山本 次郎"), {}, {}, QDate::currentDate()};
    return job;
}

void TestDisposalKinds::lowerLevelMinimums()
{
    QString error;
    for (const QString &kind : DisposalRule::kinds()) {
        for (int level = 1; level <= 3; ++level)
            QVERIFY2(m_registry->disposal().setMinimumMethod(kind, level, QStringLiteral("clear"), &error),
                     qPrintable(error));
    }
}

void TestDisposalKinds::techniqueTable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("technique");
    QTest::addColumn<QString>("methods"); // the methods it may be recorded as, "" when refused
    // NIST SP 800-88 Rev. 1 Appendix A, written out here independently of the table in the code.
    const QString media = QStringLiteral("media");
    auto row = [&](const char *type, const char *technique, const char *methods) {
        QTest::addRow("%s %s", type, technique)
            << media << QString::fromLatin1(type) << QString::fromLatin1(technique) << QString::fromLatin1(methods);
    };
    // Degaussing and magnetic destruction work on magnetic media only.
    row("hdd", "degauss", "purge");
    row("magnetic_tape", "degauss", "purge");
    row("hdd", "magnetic_destruction", "purge");
    for (const char *flash : {"ssd", "usb_flash", "sd_card", "mobile_device", "optical_disc", "paper"}) {
        row(flash, "degauss", "");
        row(flash, "magnetic_destruction", "");
    }
    // Overwriting is Purge on a magnetic disk only.
    row("hdd", "overwrite", "clear purge");
    row("ssd", "overwrite", "clear");
    row("usb_flash", "overwrite", "clear");
    row("sd_card", "overwrite", "clear");
    row("magnetic_tape", "overwrite", "clear");
    row("optical_disc", "overwrite", "");
    row("paper", "overwrite", "");
    // Flash: block erase and cryptographic erase purge an SSD; removable flash has no Purge.
    row("ssd", "block_erase", "purge");
    row("ssd", "crypto_erase", "purge");
    row("hdd", "block_erase", "");
    row("usb_flash", "block_erase", "");
    row("sd_card", "crypto_erase", "");
    row("mobile_device", "factory_reset", "clear");
    row("mobile_device", "crypto_erase", "purge");
    // Paper: 裁断, 溶解, 焼却 only.
    row("paper", "shred", "destroy");
    row("paper", "melt", "destroy");
    row("paper", "incinerate", "destroy");
    for (const char *technique : {"disintegrate", "crush", "drill", "crypto_erase", "other"})
        row("paper", technique, "");
    // The contractors' techniques: 破砕 Destroy, 穿孔 Clear (not Destroy), 磁気破壊 Purge.
    row("hdd", "crush", "destroy");
    row("ssd", "crush", "destroy");
    row("hdd", "drill", "clear");
    row("ssd", "drill", "clear");
    row("magnetic_tape", "drill", "");
    // "other": the general rule of DESIGN.md §5, as records before media types had it.
    row("other", "overwrite", "clear purge");
    row("other", "block_erase", "purge");
    row("other", "shred", "destroy");
    row("other", "other", "clear purge destroy");
    // A medium's techniques are no data deletion's and the other way round.
    row("hdd", "provider_deletion", "");
    row("hdd", "key_destruction", "");
    const QString data = QStringLiteral("data");
    auto dataRow = [&](const char *technique, const char *methods) {
        QTest::addRow("data %s", technique)
            << data << QString() << QString::fromLatin1(technique) << QString::fromLatin1(methods);
    };
    dataRow("logical_delete", "clear");
    dataRow("key_destruction", "purge");
    dataRow("crypto_erase", "purge");
    dataRow("provider_deletion", "clear purge");
    dataRow("other", "clear purge");
    dataRow("shred", "");
    dataRow("degauss", "");
    dataRow("drill", "");
    QTest::addRow("data with a media type")
        << data << QStringLiteral("hdd") << QStringLiteral("crypto_erase") << QString();
}

void TestDisposalKinds::techniqueTable()
{
    QFETCH(QString, kind);
    QFETCH(QString, mediaType);
    QFETCH(QString, technique);
    QFETCH(QString, methods);
    const QStringList expected = methods.isEmpty() ? QStringList() : methods.split(QLatin1Char(' '));
    QCOMPARE(SanitisationTechniques::methodsAchieved(kind, mediaType, technique), expected);
    // The lists the dialog offers agree with the table.
    QCOMPARE(SanitisationTechniques::techniques(kind, mediaType).contains(technique), !expected.isEmpty());
    for (const QString &method : DisposalCodes::codes(DisposalCodes::List::Method))
        QCOMPARE(SanitisationTechniques::techniques(kind, mediaType, method).contains(technique),
                 expected.contains(method));
}

void TestDisposalKinds::drillingIsFlagged()
{
    QVERIFY(SanitisationTechniques::isFlagged(QStringLiteral("drill")));
    QVERIFY(SanitisationTechniques::caution(QStringLiteral("drill")).contains(QStringLiteral("not Destroy")));
    QVERIFY(!SanitisationTechniques::isFlagged(QStringLiteral("crush")));
    QVERIFY(SanitisationTechniques::caution(QStringLiteral("shred")).isEmpty());
}

void TestDisposalKinds::serviceRefusesTechniqueForMedia_data()
{
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("technique");
    QTest::addColumn<QString>("message"); // empty: recorded
    QTest::newRow("degauss on SSD") << "ssd"
                                    << "purge"
                                    << "degauss"
                                    << "Degauss does not sanitise Solid-state drive (SSD)";
    QTest::newRow("magnetic destruction on USB") << "usb_flash"
                                                 << "purge"
                                                 << "magnetic_destruction"
                                                 << "Magnetic destruction does not sanitise USB flash drive";
    QTest::newRow("overwrite as Purge on SSD") << "ssd"
                                               << "purge"
                                               << "overwrite"
                                               << "Overwrite on Solid-state drive (SSD) counts as Clear, not Purge";
    QTest::newRow("overwrite as Purge on HDD") << "hdd"
                                               << "purge"
                                               << "overwrite"
                                               << "";
    QTest::newRow("degauss on HDD") << "hdd"
                                    << "purge"
                                    << "degauss"
                                    << "";
    QTest::newRow("drilling as Destroy") << "hdd"
                                         << "destroy"
                                         << "drill"
                                         << "Drilling (punching holes) on Hard disk "
                                            "drive (HDD) counts as Clear, not Destroy";
    QTest::newRow("crushing an SSD") << "ssd"
                                     << "destroy"
                                     << "crush"
                                     << "";
    QTest::newRow("pulverising paper") << "paper"
                                       << "destroy"
                                       << "disintegrate"
                                       << "Disintegrate does not sanitise "
                                          "Paper";
    QTest::newRow("shredding paper") << "paper"
                                     << "destroy"
                                     << "shred"
                                     << "";
}

void TestDisposalKinds::serviceRefusesTechniqueForMedia()
{
    QFETCH(QString, mediaType);
    QFETCH(QString, method);
    QFETCH(QString, technique);
    QFETCH(QString, message);
    // Confidentiality 1, so that no minimum gets in the way of the technique rule.
    const qint64 id = createAsset(1);
    DisposalJob job = completed(*m_registry->disposal().draft({id}).value);
    job.items[0].mediaType = mediaType;
    job.method = method;
    job.technique = technique;
    job.destination = QStringLiteral("destroyed");
    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    if (message.isEmpty()) {
        QVERIFY2(recorded.ok(), qPrintable(recorded.error));
        return;
    }
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.problems.constFirst().field, QStringLiteral("technique"));
    QVERIFY2(recorded.error.contains(message), qPrintable(recorded.error));
    QCOMPARE(m_registry->assets().byId(id)->status, QStringLiteral("in_use"));
}

void TestDisposalKinds::mediaTypeIsRequired()
{
    const qint64 id = createAsset(1);
    DisposalJob job = completed(*m_registry->disposal().draft({id}).value);
    QVERIFY(job.items[0].mediaType.isEmpty());
    Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY(!recorded.ok());
    QVERIFY2(recorded.error.contains(QStringLiteral("choose the media type")), qPrintable(recorded.error));
    job.items[0].mediaType = QStringLiteral("other");
    recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.error.contains(QStringLiteral("Describe the medium")), qPrintable(recorded.error));
    job.items[0].mediaDescription = QStringLiteral("フロッピーディスク");
    recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QCOMPARE(m_registry->disposal().job(recorded.value->id)->items.at(0).mediaDescription,
             QStringLiteral("フロッピーディスク"));

    // A paper asset starts as paper.
    Asset paper = TestRegistry::validAsset(*m_registry, QStringLiteral("契約書原本"));
    paper.assetType = QStringLiteral("paper");
    paper.retentionUntil = QDate::currentDate().addYears(1);
    const Result<Asset> created = m_registry->assets().createAsset(paper);
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(m_registry->disposal().draft({created.value->id}).value->items.at(0).mediaType, QStringLiteral("paper"));
}

void TestDisposalKinds::kindMinimums_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("minimum");
    QTest::newRow("media C1") << "media" << 1 << "clear";
    QTest::newRow("media C2") << "media" << 2 << "purge";
    QTest::newRow("media C3") << "media" << 3 << "destroy";
    QTest::newRow("data C1") << "data" << 1 << "clear";
    QTest::newRow("data C2") << "data" << 2 << "purge";
    QTest::newRow("data C3") << "data" << 3 << "purge";
}

void TestDisposalKinds::kindMinimums()
{
    QFETCH(QString, kind);
    QFETCH(int, level);
    QFETCH(QString, minimum);
    QCOMPARE(DisposalRule().minimumMethod(kind, level, QStringLiteral("none"), QStringLiteral("destroyed")), minimum);
    const qint64 id = createAsset(level);
    DisposalJob job = *m_registry->disposal().draft({id}).value;
    job.kind = kind;
    job.destination = kind == QLatin1String("data") ? QString() : QStringLiteral("destroyed");
    m_registry->disposal().applyRule(&job);
    QCOMPARE(job.items.at(0).minimumMethod, minimum);
    // A data deletion's destination does not raise it: no medium leaves the organisation.
    QCOMPARE(
        DisposalRule().minimumMethod(QStringLiteral("data"), 1, QStringLiteral("none"), QStringLiteral("recycling")),
        QStringLiteral("clear"));
}

void TestDisposalKinds::cloudDataDeletionNeedsNoOverride()
{
    // Restricted data in a SaaS: the provider deletes it and certifies Purge; no override, no flag.
    const qint64 id = createAsset(3);
    DisposalJob job = completed(*m_registry->disposal().draft({id}).value);
    job.kind = QStringLiteral("data");
    job.destination.clear();
    job.method = QStringLiteral("purge");
    job.technique = QStringLiteral("provider_deletion");
    job.contractor = QStringLiteral("クラウド事業者株式会社");
    job.certificateNo = QStringLiteral("DEL-2026-0007");
    job.items[0].source = QStringLiteral("人事SaaS テナント hr-01");
    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QVERIFY(!recorded.value->hasOverride());
    const std::optional<DisposalJob> stored = m_registry->disposal().job(recorded.value->id);
    QCOMPARE(stored->kind, QStringLiteral("data"));
    QCOMPARE(stored->destination, QString());
    QCOMPARE(stored->items.at(0).minimumMethod, QStringLiteral("purge"));
    QCOMPARE(stored->items.at(0).mediaType, QString());
    // The same as a media sanitisation would need Destroy, i.e. an override.
    const qint64 other = createAsset(3);
    DisposalJob media = completed(*m_registry->disposal().draft({other}).value);
    media.items[0].mediaType = QStringLiteral("ssd");
    media.method = QStringLiteral("purge");
    media.technique = QStringLiteral("crypto_erase");
    QVERIFY(m_registry->disposal().overrides(media).size() == 1);
}

void TestDisposalKinds::dataDeletionNeedsEvidence()
{
    const qint64 id = createAsset(2);
    DisposalJob job = completed(*m_registry->disposal().draft({id}).value);
    job.kind = QStringLiteral("data");
    job.destination.clear();
    job.method = QStringLiteral("purge");
    job.technique = QStringLiteral("key_destruction");
    Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY(!recorded.ok());
    QVERIFY2(recorded.error.contains(QStringLiteral("deletion log")), qPrintable(recorded.error));
    QCOMPARE(m_registry->disposal().validate(job, 1).size(), 0);
    // The provider deleting it must be named.
    job.technique = QStringLiteral("provider_deletion");
    const QList<Problem> problems = m_registry->disposal().validate(job, 1);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, QStringLiteral("contractor"));
    job.technique = QStringLiteral("key_destruction");
    const EvidenceFile log{QStringLiteral("deletion-log.txt"), QStringLiteral("text/plain"),
                           QByteArrayLiteral("2026-12-01 DELETE tenant hr-01; key k-17 destroyed\n")};
    recorded = m_registry->disposal().record(job, {log});
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QCOMPARE(m_registry->disposal().evidence(recorded.value->id).size(), 1);
}

void TestDisposalKinds::dataDeletionRefusesMediaFields()
{
    const qint64 id = createAsset(1);
    DisposalJob job = completed(*m_registry->disposal().draft({id}).value);
    job.kind = QStringLiteral("data");
    job.certificateNo = QStringLiteral("LOG-1");
    job.contractor = QStringLiteral("事業者");
    job.method = QStringLiteral("destroy");
    job.technique = QStringLiteral("shred");
    job.items[0].mediaType = QStringLiteral("hdd");
    const QList<Problem> problems = m_registry->disposal().validate(job);
    QStringList fields;
    for (const Problem &problem : problems)
        fields << problem.field;
    QVERIFY2(fields.contains(QStringLiteral("destination")), qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY(fields.contains(QStringLiteral("method")));
    QVERIFY(fields.contains(QStringLiteral("media_type")));
    QVERIFY(fields.contains(QStringLiteral("technique")));
    job.kind = QStringLiteral("tape");
    QCOMPARE(m_registry->disposal().validate(job).constFirst().field, QStringLiteral("kind"));
}

void TestDisposalKinds::personalFloor_data()
{
    QTest::addColumn<QString>("personalInfo");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("media");
    QTest::addColumn<QString>("data");
    // With every level minimum at Clear only the floor remains (practice.md PI-5 defaults).
    QTest::newRow("my_number") << "my_number" << 3 << "destroy"
                               << "purge";
    QTest::newRow("sensitive") << "sensitive" << 3 << "destroy"
                               << "purge";
    QTest::newRow("personal") << "personal" << 2 << "purge"
                              << "purge";
    QTest::newRow("none") << "none" << 3 << "clear"
                          << "clear";
}

void TestDisposalKinds::personalFloor()
{
    QFETCH(QString, personalInfo);
    QFETCH(int, level);
    QFETCH(QString, media);
    QFETCH(QString, data);
    lowerLevelMinimums();
    const qint64 id = createAsset(level, personalInfo);
    DisposalJob job = *m_registry->disposal().draft({id}).value;
    QCOMPARE(job.items.at(0).personalInfo, personalInfo);
    QCOMPARE(job.items.at(0).minimumMethod, media);
    QCOMPARE(job.method, media);
    job.kind = QStringLiteral("data");
    job.destination.clear();
    m_registry->disposal().applyRule(&job);
    QCOMPARE(job.items.at(0).minimumMethod, data);
    // The stronger of the two wins: the defaults of both give Destroy for C3 media whatever the kind of data.
    QCOMPARE(DisposalRule().minimumMethod(QStringLiteral("media"), 1, personalInfo, QStringLiteral("destroyed")),
             DisposalRule::stronger(QStringLiteral("clear"), media));
    QCOMPARE(DisposalRule().minimumMethod(QStringLiteral("media"), 3, personalInfo, QStringLiteral("destroyed")),
             QStringLiteral("destroy"));
}

void TestDisposalKinds::floorSettingsAreAuditedAndOrdered()
{
    DisposalService &service = m_registry->disposal();
    QString error;
    QCOMPARE(service.rule().floor(QStringLiteral("media"), QStringLiteral("personal")), QStringLiteral("purge"));
    // Personal information may be raised to Destroy for media only once sensitive and My Number are there (they are).
    QVERIFY2(service.setPersonalFloor(QStringLiteral("media"), QStringLiteral("personal"), QStringLiteral("destroy"),
                                      &error),
             qPrintable(error));
    QCOMPARE(service.rule().floor(QStringLiteral("media"), QStringLiteral("personal")), QStringLiteral("destroy"));
    const QList<AuditEvent> events = m_registry->audit().eventsFor(
        QStringLiteral("setting"), DisposalRule::floorKey(QStringLiteral("media"), QStringLiteral("personal")));
    QCOMPARE(events.size(), 1);
    // My Number may not fall below personal information.
    QVERIFY(!service.setPersonalFloor(QStringLiteral("media"), QStringLiteral("my_number"), QStringLiteral("purge"),
                                      &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be weaker")), qPrintable(error));
    QVERIFY(
        !service.setPersonalFloor(QStringLiteral("media"), QStringLiteral("none"), QStringLiteral("purge"), &error));
    QVERIFY(
        !service.setPersonalFloor(QStringLiteral("tape"), QStringLiteral("personal"), QStringLiteral("purge"), &error));
    QVERIFY(
        !service.setPersonalFloor(QStringLiteral("media"), QStringLiteral("personal"), QStringLiteral("wipe"), &error));
    // Lowering My Number for data deletion to Clear needs personal information lowered first.
    QVERIFY(!service.setPersonalFloor(QStringLiteral("data"), QStringLiteral("my_number"), QStringLiteral("clear"),
                                      &error));
    QVERIFY(
        service.setPersonalFloor(QStringLiteral("data"), QStringLiteral("personal"), QStringLiteral("clear"), &error));
    QVERIFY(
        service.setPersonalFloor(QStringLiteral("data"), QStringLiteral("my_number"), QStringLiteral("clear"), &error));
    // The changed floor applies to new disposals.
    lowerLevelMinimums();
    const qint64 id = createAsset(3, QStringLiteral("my_number"));
    DisposalJob job = *service.draft({id}).value;
    job.kind = QStringLiteral("data");
    job.destination.clear();
    service.applyRule(&job);
    QCOMPARE(job.items.at(0).minimumMethod, QStringLiteral("clear"));
    // Settings survive reopening the registry.
    const QString path = m_registry->path();
    m_registry.reset();
    m_registry = TestRegistry::open(path);
    QCOMPARE(m_registry->disposal().rule().floor(QStringLiteral("data"), QStringLiteral("my_number")),
             QStringLiteral("clear"));
}

void TestDisposalKinds::dataMinimumCannotBeDestroy()
{
    QString error;
    QVERIFY(!m_registry->disposal().setMinimumMethod(QStringLiteral("data"), 3, QStringLiteral("destroy"), &error));
    QVERIFY2(error.contains(QStringLiteral("deleted, not destroyed")), qPrintable(error));
    QVERIFY(!m_registry->disposal().setPersonalFloor(QStringLiteral("data"), QStringLiteral("my_number"),
                                                     QStringLiteral("destroy"), &error));
    QCOMPARE(m_registry->disposal().rule().levelMinimum(QStringLiteral("data"), 3), QStringLiteral("purge"));
    // The media minimum keeps its own setting.
    QVERIFY(m_registry->disposal().setMinimumMethod(QStringLiteral("data"), 3, QStringLiteral("purge"), &error));
    QCOMPARE(m_registry->disposal().rule().levelMinimum(3), QStringLiteral("destroy"));
}

void TestDisposalKinds::migrationKeepsSchema3Records()
{
    const QString fixture = QStringLiteral(TEST_SOURCE_DIR "/../data/registries/schema-0003.sqlite");
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    const QString path = m_dir->filePath(QStringLiteral("schema3.sqlite"));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    QVERIFY(registry->schemaVersion() >= 6);
    const std::optional<DisposalJob> job = registry->disposal().jobByNo(QStringLiteral("D-000001"));
    QVERIFY(job);
    // The record is a media sanitisation with every value it had; "HDD" became the code, the text is kept.
    QCOMPARE(job->kind, QStringLiteral("media"));
    QCOMPARE(job->method, QStringLiteral("destroy"));
    QCOMPARE(job->technique, QStringLiteral("shred"));
    QCOMPARE(job->destination, QStringLiteral("destroyed"));
    QCOMPARE(job->performedBy.name, QStringLiteral("山田"));
    QCOMPARE(job->contractor, QStringLiteral("株式会社リサイクル"));
    QCOMPARE(job->certificateNo, QStringLiteral("C-123"));
    QCOMPARE(job->items.size(), 1);
    const DisposalItem &item = job->items.constFirst();
    QCOMPARE(item.assetNo, QStringLiteral("IA-000065"));
    QCOMPARE(item.mediaType, QStringLiteral("hdd"));
    QCOMPARE(item.mediaDescription, QStringLiteral("HDD"));
    QCOMPARE(item.personalInfo, QStringLiteral("none"));
    QCOMPARE(item.confidentiality, 3);
    QCOMPARE(item.minimumMethod, QStringLiteral("destroy"));
    QVERIFY(!job->hasOverride());
    // The history is intact and the record still final: the database refuses changes, a correction is an amendment.
    QVERIFY(registry->audit().verify().ok());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-migrated"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(!query.exec(QStringLiteral("UPDATE disposal_job SET method = 'clear'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM disposal_item")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE disposal_item SET media_type = 'ssd'")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("final")), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!query.next());
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-migrated"));
    const Result<DisposalAmendment> amended =
        registry->disposal().amend(job->id, item.id, QStringLiteral("media_description"),
                                   QStringLiteral("3.5インチ SATA 2TB"), QStringLiteral("型番を追記"));
    QVERIFY2(amended.ok(), qPrintable(amended.error));
    // New records of both kinds can be added to the migrated registry.
    Asset asset = TestRegistry::validAsset(*registry, QStringLiteral("移行後の資産"));
    asset.retentionUntil = QDate::currentDate().addYears(1);
    const Result<Asset> created = registry->assets().createAsset(asset);
    QVERIFY2(created.ok(), qPrintable(created.error));
    DisposalJob data = completed(*registry->disposal().draft({created.value->id}).value);
    data.kind = QStringLiteral("data");
    data.destination.clear();
    data.method = QStringLiteral("purge");
    data.technique = QStringLiteral("crypto_erase");
    data.certificateNo = QStringLiteral("LOG-7");
    data.contractor = QStringLiteral("社内情報システム課");
    const Result<DisposalJob> recorded = registry->disposal().record(data);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QCOMPARE(registry->disposal().job(recorded.value->id)->kind, QStringLiteral("data"));
}

QTEST_GUILESS_MAIN(TestDisposalKinds)
#include "test_disposalkinds.moc"
