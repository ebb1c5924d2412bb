// Temporary registries for the tests.
#include "testregistry.h"

#include "testserver.h"

#include "domain/personalinforules.h"
#include "service/assetservice.h"
#include "service/syntheticassets.h"

#include <QDate>

#include <QTemporaryDir>

namespace TestRegistry {

QString location(const QString &filePath)
{
    return TestServer::isServerRun() ? TestServer::newRegistryLocation() : filePath;
}

std::unique_ptr<Registry> create(const QTemporaryDir &dir, int assets, const QString &scheme, const QString &name)
{
    Registry::CreateOptions options;
    options.scheme = scheme;
    options.organisation = QStringLiteral("Test City");
    QString error;
    // The same tests on a shared registry: a new database on the test server instead of the file.
    const QString where = location(dir.filePath(name));
    if (where.isEmpty())
        return nullptr;
    std::unique_ptr<Registry> registry = Registry::create(where, options, &error);
    if (!registry) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    registry->setActor(QStringLiteral("tester@test"));
    if (assets > 0) {
        const Result<int> added =
            registry->assets().createAssets(generated(assets, registry->scheme(), 7, QDate::currentDate()));
        if (!added.ok()) {
            qWarning("%s", qPrintable(added.error));
            return nullptr;
        }
    }
    return registry;
}

QList<Asset> generated(int count, const ClassificationScheme &scheme, quint32 seed, const QDate &today)
{
    QList<Asset> assets = SyntheticAssets::generate(count, scheme, seed, today);
    for (Asset &asset : assets) {
        const int required = PersonalInfoRules::requiredConfidentiality(asset.personalInfo, scheme);
        if (asset.confidentiality < required)
            asset.confidentiality = required;
        if (asset.confidentiality == scheme.highest(Objective::Confidentiality) &&
            asset.confidentialityRationale.isEmpty())
            asset.confidentialityRationale = QStringLiteral("個人情報を含むため");
        if (asset.retentionPermanent && asset.personalInfo == QLatin1String("my_number")) {
            asset.retentionPermanent = false;
            asset.retentionUntil = asset.registeredOn.addYears(7);
        }
        if (asset.retentionPermanent)
            asset.retentionBasis = QStringLiteral("文書管理規程");
    }
    return assets;
}

void conform(Asset *asset, const ClassificationScheme &scheme)
{
    const int required = PersonalInfoRules::requiredConfidentiality(asset->personalInfo, scheme);
    if (asset->confidentiality < required) {
        if (PersonalInfoRules::allowsOverride(asset->personalInfo)) {
            if (asset->personalInfoOverride.isEmpty())
                asset->personalInfoOverride = QStringLiteral("試験用の例外");
        } else {
            asset->confidentiality = required;
        }
    }
    if (asset->confidentiality == scheme.highest(Objective::Confidentiality) &&
        asset->confidentialityRationale.isEmpty())
        asset->confidentialityRationale = QStringLiteral("個人情報を含むため");
    if (asset->retentionPermanent && asset->personalInfo == QLatin1String("my_number")) {
        asset->retentionPermanent = false;
        asset->retentionUntil = QDate(2031, 3, 31);
    }
    if (asset->retentionPermanent && asset->retentionBasis.isEmpty())
        asset->retentionBasis = QStringLiteral("文書管理規程");
    if (!asset->retentionPermanent && !asset->retentionUntil.isValid())
        asset->retentionUntil = QDate(2031, 3, 31);
}

std::unique_ptr<Registry> open(const QString &path)
{
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(path, &error);
    if (!registry)
        qWarning("%s", qPrintable(error));
    return registry;
}

Asset validAsset(const Registry &registry, const QString &name)
{
    return asset(registry, name, QStringLiteral("総務部"), QStringLiteral("Owner One"));
}

Asset asset(const Registry &registry, const QString &name, const QString &department, const QString &owner)
{
    Asset result = registry.assets().newAsset();
    result.name = name;
    result.department = department;
    result.owner = owner;
    result.retentionUntil = QDate(2031, 3, 31);
    return result;
}

QStringList add(Registry &registry, const QList<Asset> &assets)
{
    QStringList numbers;
    for (Asset asset : assets) {
        conform(&asset, registry.scheme());
        const Result<Asset> result = registry.assets().createAsset(asset);
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.error));
            return {};
        }
        numbers << result.value->assetNo;
    }
    return numbers;
}

QStringList add(const QString &path, const QList<Asset> &assets)
{
    std::unique_ptr<Registry> registry = open(path);
    return registry ? add(*registry, assets) : QStringList();
}

} // namespace TestRegistry
