// Validation of assets in the service layer: each rule names the field at fault and says how to fix it.
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"

#include <QTemporaryDir>
#include <QTest>

class TestAssetValidation final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rules_data();
    void rules();
    void rationaleRequiredAtHighestLevel_data();
    void rationaleRequiredAtHighestLevel();
    void validAssetHasNoProblems();
    void invalidAssetIsNotStored();

private:
    Asset validAsset() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestAssetValidation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry = Registry::create(m_dir->filePath(QStringLiteral("registry.sqlite")), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
}

void TestAssetValidation::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

Asset TestAssetValidation::validAsset() const
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("職員名簿");
    asset.department = QStringLiteral("人事部");
    asset.owner = QStringLiteral("山田 太郎");
    return asset;
}

void TestAssetValidation::rules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemField");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("name empty") << "name"
                                << ""
                                << "name"
                                << "Asset name is required";
    QTest::newRow("name blank") << "name"
                                << "   "
                                << "name"
                                << "Asset name is required";
    QTest::newRow("name too long") << "name" << QString(201, QChar(0x8cc7)) << "name"
                                   << "201 characters";
    QTest::newRow("department empty") << "department"
                                      << ""
                                      << "department"
                                      << "Managing department is required";
    QTest::newRow("owner empty") << "owner"
                                 << ""
                                 << "owner"
                                 << "Owner is required";
    QTest::newRow("type unknown") << "asset_type"
                                  << "spreadsheet"
                                  << "asset_type"
                                  << "'spreadsheet' is not an asset type";
    QTest::newRow("personal unknown") << "personal_info"
                                      << "maybe"
                                      << "personal_info"
                                      << "not a kind of personal information";
    QTest::newRow("subjects negative") << "subject_count"
                                       << "-1"
                                       << "subject_count"
                                       << "cannot be negative";
    QTest::newRow("subjects without personal info") << "subject_count"
                                                    << "120"
                                                    << "subject_count"
                                                    << "personal information is 'None'";
    QTest::newRow("confidentiality 4") << "confidentiality"
                                       << "4"
                                       << "confidentiality"
                                       << "level 4 does not exist";
    QTest::newRow("availability 0") << "availability"
                                    << "0"
                                    << "availability"
                                    << "level 0 does not exist";
    QTest::newRow("status disposed") << "status"
                                     << "disposed"
                                     << "status"
                                     << "set only by recording a disposal";
    QTest::newRow("status unknown") << "status"
                                    << "lost"
                                    << "status"
                                    << "'lost' is not a status";
}

void TestAssetValidation::rules()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problemField);
    QFETCH(QString, messagePart);

    Asset asset = validAsset();
    if (field == QLatin1String("name"))
        asset.name = value;
    else if (field == QLatin1String("department"))
        asset.department = value;
    else if (field == QLatin1String("owner"))
        asset.owner = value;
    else if (field == QLatin1String("asset_type"))
        asset.assetType = value;
    else if (field == QLatin1String("personal_info"))
        asset.personalInfo = value;
    else if (field == QLatin1String("subject_count"))
        asset.subjectCount = value.toLongLong();
    else if (field == QLatin1String("confidentiality"))
        asset.confidentiality = value.toInt();
    else if (field == QLatin1String("availability"))
        asset.availability = value.toInt();
    else if (field == QLatin1String("status"))
        asset.status = value;

    const QList<Problem> problems = m_registry->assets().validate(asset);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, problemField);
    QVERIFY2(problems.constFirst().message.contains(messagePart), qPrintable(problems.constFirst().message));
}

void TestAssetValidation::rationaleRequiredAtHighestLevel_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("objective");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<bool>("required");

    QTest::newRow("ipa C3") << "ipa" << 0 << 3 << true;
    QTest::newRow("ipa C2") << "ipa" << 0 << 2 << false;
    QTest::newRow("ipa I3") << "ipa" << 1 << 3 << true;
    QTest::newRow("ipa A3") << "ipa" << 2 << 3 << true;
    QTest::newRow("government I2 (ordinal 3)") << "government" << 1 << 3 << true;
    QTest::newRow("government I1") << "government" << 1 << 1 << false;
    QTest::newRow("fips C High") << "fips199" << 0 << 3 << true;
    QTest::newRow("fips C Moderate") << "fips199" << 0 << 2 << false;
    QTest::newRow("fips C N/A") << "fips199" << 0 << 0 << false;
}

void TestAssetValidation::rationaleRequiredAtHighestLevel()
{
    QFETCH(QString, scheme);
    QFETCH(int, objective);
    QFETCH(int, ordinal);
    QFETCH(bool, required);

    m_registry.reset();
    QString error;
    Registry::CreateOptions options;
    options.scheme = scheme;
    m_registry = Registry::create(m_dir->filePath(scheme + QStringLiteral(".sqlite")), options, &error);
    QVERIFY2(m_registry, qPrintable(error));

    Asset asset = validAsset();
    int *levels[] = {&asset.confidentiality, &asset.integrity, &asset.availability};
    *levels[objective] = ordinal;
    QList<Problem> problems = m_registry->assets().validate(asset);
    QCOMPARE(problems.size(), required ? 1 : 0);
    if (required) {
        static const char *const keys[] = {"confidentiality_rationale", "integrity_rationale",
                                           "availability_rationale"};
        QCOMPARE(problems.constFirst().field, QString::fromLatin1(keys[objective]));
        QVERIFY(problems.constFirst().message.contains(QLatin1String("Enter the rationale")));
        QString *rationales[] = {&asset.confidentialityRationale, &asset.integrityRationale,
                                 &asset.availabilityRationale};
        *rationales[objective] = QStringLiteral("漏えい時の影響が重大なため");
        QVERIFY(m_registry->assets().validate(asset).isEmpty());
    }
}

void TestAssetValidation::validAssetHasNoProblems()
{
    QVERIFY(m_registry->assets().validate(validAsset()).isEmpty());
}

void TestAssetValidation::invalidAssetIsNotStored()
{
    Asset asset = validAsset();
    asset.name.clear();
    asset.confidentiality = 3;
    const Result<Asset> result = m_registry->assets().createAsset(asset);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(m_registry->assets().totalCount(), 0);
    QCOMPARE(m_registry->audit().count(), 0);
}

QTEST_GUILESS_MAIN(TestAssetValidation)
#include "test_assetvalidation.moc"
