// Synthetic data that look like a real ledger (practice.md §7), measured rather than judged by eye: the mix of 10,000
// generated assets under each scheme, every asset valid under the registry's validation and obeying the rules of
// practice.md §1–§2, reproducible from its seed; and a generated registry with assignments in every state and a few
// disposals with their records.
#include "domain/review.h"
#include "service/assetarchetypes.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/disposalservice.h"
#include "service/syntheticrecords.h"
#include "testregistry.h"

#include <QSet>

class TestSyntheticAssets final : public QObject
{
    Q_OBJECT

private slots:
    void mixOfTenThousand_data();
    void mixOfTenThousand();
    void archetypesAreConsistent();
    void sameSeedSameAssets();
    void generatedRegistryLooksUsed();

private:
    QTemporaryDir m_dir;
    const QDate m_today = QDate(2026, 4, 1);
};

void TestSyntheticAssets::mixOfTenThousand_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("IPA") << QStringLiteral("ipa");
    QTest::newRow("Government") << QStringLiteral("government");
    QTest::newRow("FIPS 199") << QStringLiteral("fips199");
}

void TestSyntheticAssets::mixOfTenThousand()
{
    QFETCH(QString, scheme);
    std::unique_ptr<Registry> registry =
        TestRegistry::create(m_dir, 0, scheme, QStringLiteral("mix-%1.sqlite").arg(scheme));
    QVERIFY(registry);
    registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(m_today)));
    const ClassificationScheme &levels = registry->scheme();
    const int count = 10000;
    const QList<Asset> assets = SyntheticAssets::generate(count, levels, 1, m_today);
    QCOMPARE(assets.size(), count);

    int personal = 0;
    int sensitive = 0;
    int myNumber = 0;
    int importance3 = 0;
    int overdue = 0;
    const int topC = levels.highest(Objective::Confidentiality);
    for (const Asset &asset : assets) {
        // Valid under the registry's own validation, as an import or the window would check it.
        const QList<Problem> problems = registry->assets().validate(asset);
        if (!problems.isEmpty())
            QFAIL(qPrintable(asset.name + QStringLiteral(": ") + problems.constFirst().message));
        // practice.md §1: My Number and sensitive data at the top, personal data at least at the middle level;
        // My Number with a retention date; every asset with a retention date or permanent.
        if (asset.personalInfo == QLatin1String("my_number")) {
            ++myNumber;
            QCOMPARE(asset.confidentiality, topC);
            QVERIFY(asset.retentionUntil.isValid());
            QVERIFY(!asset.retentionPermanent);
        } else if (asset.personalInfo == QLatin1String("sensitive")) {
            ++sensitive;
            QCOMPARE(asset.confidentiality, topC);
        } else if (asset.personalInfo == QLatin1String("personal")) {
            ++personal;
            QVERIFY(asset.confidentiality >= 2);
        }
        if (asset.personalInfo != QLatin1String("none"))
            QVERIFY(asset.subjectCount && *asset.subjectCount > 0);
        else
            QVERIFY(!asset.subjectCount);
        QVERIFY(asset.retentionUntil.isValid() != asset.retentionPermanent);
        // practice.md §2: the next review is the default from the last review (or registration), never in the past
        // of a review, and the review took place before today.
        QVERIFY(asset.registeredOn <= m_today);
        QVERIFY(!asset.lastReviewedOn.isValid() || asset.lastReviewedOn <= m_today);
        QVERIFY(!asset.lastReviewedOn.isValid() || asset.lastReviewedOn >= asset.registeredOn);
        QCOMPARE(asset.reviewedBy.isEmpty(), !asset.lastReviewedOn.isValid());
        QCOMPARE(asset.nextReview,
                 Review::defaultNextReview(
                     levels.reviewImportance(asset.confidentiality, asset.integrity, asset.availability),
                     Review::reviewBase(asset.lastReviewedOn, asset.registeredOn)));
        if (asset.importance() == 3)
            ++importance3;
        if (Review::isOverdue(asset.nextReview, asset.status, m_today))
            ++overdue;
        QVERIFY(asset.status != QLatin1String("disposed"));
    }
    auto percent = [&](int n) { return 100.0 * n / count; };
    qInfo("%s: personal %.1f %%, sensitive %.1f %%, My Number %.1f %%, importance 3 %.1f %%, overdue %.1f %%",
          qPrintable(scheme), percent(personal), percent(sensitive), percent(myNumber), percent(importance3),
          percent(overdue));
    // The target mix of practice.md §7.
    QVERIFY2(percent(personal) >= 25 && percent(personal) <= 35, "personal ≈ 30 %");
    QVERIFY2(percent(sensitive) >= 3 && percent(sensitive) <= 5, "要配慮個人情報 3–5 %");
    QVERIFY2(percent(myNumber) >= 2 && percent(myNumber) <= 5, "My Number 2–5 %");
    QVERIFY2(percent(importance3) >= 20 && percent(importance3) <= 30, "importance 3 in 20–30 %");
    QVERIFY2(percent(overdue) >= 10 && percent(overdue) <= 15, "10–15 % overdue for review");

    // And the registry takes them all, as generate does.
    const Result<int> added = registry->assets().createAssets(assets);
    QVERIFY2(added, qPrintable(added.error));
    AssetFilter late;
    late.overdueForReview = true;
    QString error;
    QCOMPARE(registry->assets().count(late, &error), qint64(overdue));
}

void TestSyntheticAssets::archetypesAreConsistent()
{
    // The table itself, so that a new row cannot break the rules the generator would otherwise have to repair.
    const QStringList mediumClasses = {
        QStringLiteral("paper"),  QStringLiteral("portable"), QStringLiteral("office_pc"), QStringLiteral("mobile"),
        QStringLiteral("onprem"), QStringLiteral("cloud"),    QStringLiteral("facility")};
    QSet<QString> kinds;
    for (const AssetArchetype &archetype : AssetArchetypes::all()) {
        const QString name = QString::fromUtf8(archetype.name);
        const QString kind = QString::fromUtf8(archetype.personalInfo);
        kinds << kind;
        QVERIFY2(mediumClasses.contains(QString::fromLatin1(archetype.mediumClass)), qPrintable(name));
        QVERIFY2(archetype.weight > 0, qPrintable(name));
        QVERIFY2(*archetype.retentionBasis, qPrintable(name));
        QVERIFY2((kind == QLatin1String("none")) == (archetype.subjectsMax == 0), qPrintable(name));
        QVERIFY2(archetype.subjectsMin <= archetype.subjectsMax, qPrintable(name));
        if (kind == QLatin1String("my_number"))
            QVERIFY2(archetype.retentionYears > 0, qPrintable(name));
        if (kind == QLatin1String("my_number") || kind == QLatin1String("sensitive"))
            QVERIFY2(archetype.confidentiality == 3, qPrintable(name));
        if (kind == QLatin1String("personal"))
            QVERIFY2(archetype.confidentiality >= 2, qPrintable(name));
        if (*archetype.recipients == 0)
            QVERIFY2(*archetype.usageTerms == 0, qPrintable(name));
    }
    QCOMPARE(kinds.size(), 4);
}

void TestSyntheticAssets::sameSeedSameAssets()
{
    const ClassificationScheme scheme = ClassificationScheme::preset(ClassificationScheme::Preset::Ipa);
    auto fingerprint = [](const QList<Asset> &assets) {
        QStringList rows;
        for (const Asset &asset : assets)
            rows << asset.name + asset.department + asset.owner + asset.personalInfo +
                        QString::number(asset.confidentiality * 100 + asset.integrity * 10 + asset.availability) +
                        asset.nextReview.toString(Qt::ISODate) + asset.retentionUntil.toString(Qt::ISODate);
        return rows;
    };
    const QStringList first = fingerprint(SyntheticAssets::generate(500, scheme, 42, m_today));
    QCOMPARE(fingerprint(SyntheticAssets::generate(500, scheme, 42, m_today)), first);
    QVERIFY(fingerprint(SyntheticAssets::generate(500, scheme, 43, m_today)) != first);
}

void TestSyntheticAssets::generatedRegistryLooksUsed()
{
    std::unique_ptr<Registry> registry =
        TestRegistry::create(m_dir, 0, QStringLiteral("ipa"), QStringLiteral("used.sqlite"));
    QVERIFY(registry);
    // The organisation's own asset, registered before: generating must not touch it.
    Asset own = TestRegistry::validAsset(*registry, QStringLiteral("旧契約書（紙）"));
    own.assetType = QStringLiteral("paper");
    own.status = QStringLiteral("disposal_pending");
    const Result<Asset> ownAsset = registry->assets().createAsset(own);
    QVERIFY(ownAsset);
    QVERIFY(registry->assets().createAssets(
        SyntheticAssets::generate(400, registry->scheme(), 5, registry->clock().today())));
    QString error;
    QVERIFY2(SyntheticRecords::add(*registry, ownAsset->id, &error), qPrintable(error));
    QCOMPARE(registry->assets().byId(ownAsset->id)->status, QStringLiteral("disposal_pending"));
    const Result<QList<AssetControl>> ownControls = registry->assignments().controlsOfAsset(ownAsset->id);
    QVERIFY(ownControls);
    for (const AssetControl &control : *ownControls)
        QVERIFY(!control.assignment);

    AssetFilter first;
    const QList<Asset> assets = registry->assets().page(first, AssetSort(), 1, 1, &error);
    QCOMPARE(assets.size(), 1);
    QVERIFY(assets.constFirst().id > ownAsset->id);
    const Result<QList<AssetControl>> controls = registry->assignments().controlsOfAsset(assets.constFirst().id);
    QVERIFY2(controls, qPrintable(controls.error));
    QSet<QString> states;
    for (const AssetControl &control : *controls) {
        if (!control.assignment)
            continue;
        states << (control.assignment->applicable ? control.assignment->implementation
                                                  : QStringLiteral("not_applicable"));
    }
    QCOMPARE(states,
             (QSet<QString>{QStringLiteral("implemented"), QStringLiteral("partial"), QStringLiteral("not_implemented"),
                            QStringLiteral("unknown"), QStringLiteral("not_applicable")}));

    AssetFilter disposed;
    disposed.status = QStringLiteral("disposed");
    const qint64 gone = registry->assets().count(disposed, &error);
    QVERIFY(gone >= 1);
    QVERIFY(gone <= SyntheticRecords::kMaxDisposed);
    const QList<DisposalJob> jobs = registry->disposal().jobs(0, 10, &error);
    QCOMPARE(jobs.size(), 1);
    const std::optional<DisposalJob> job = registry->disposal().job(jobs.constFirst().id);
    QVERIFY(job);
    QCOMPARE(job->items.size(), int(gone));
    QVERIFY(registry->audit().verify().ok());
}

QTEST_GUILESS_MAIN(TestSyntheticAssets)

#include "test_syntheticassets.moc"
