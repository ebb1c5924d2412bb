// Shared set-up of the GUI tests: a fresh registry in a temporary folder, optionally filled with synthetic assets.
#pragma once

#include "service/assetservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestRegistry {

inline std::unique_ptr<Registry> create(const QTemporaryDir &dir, int assets = 0,
                                        const QString &scheme = QStringLiteral("ipa"),
                                        const QString &name = QStringLiteral("registry.sqlite"))
{
    Registry::CreateOptions options;
    options.scheme = scheme;
    options.organisation = QStringLiteral("Test City");
    QString error;
    std::unique_ptr<Registry> registry = Registry::create(dir.filePath(name), options, &error);
    if (!registry) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    registry->setActor(QStringLiteral("tester@test"));
    if (assets > 0) {
        const Result<int> added = registry->assets().createAssets(
            SyntheticAssets::generate(assets, registry->scheme(), 7, QDate::currentDate()));
        if (!added.ok()) {
            qWarning("%s", qPrintable(added.error));
            return nullptr;
        }
    }
    return registry;
}

// A valid asset that a test can save as it is.
inline Asset validAsset(const Registry &registry, const QString &name = QStringLiteral("Payroll data"))
{
    Asset asset = registry.assets().newAsset();
    asset.name = name;
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("Owner One");
    return asset;
}

} // namespace TestRegistry
