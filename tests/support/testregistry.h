// Temporary registries for the tests: a fresh registry in a temporary folder, optionally filled with synthetic
// assets, valid assets to save, and fixtures added through the service as the application would.
#pragma once

#include "domain/asset.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"

#include <QList>
#include <QString>
#include <QStringList>
// What a test that sets up a registry also needs; the GUI tests rely on them through this header.
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestRegistry {

// A new registry `name` in `dir` with the organisation "Test City" and the actor "tester@test", holding `assets`
// synthetic assets (seed 7); nullptr after a warning saying why not.
std::unique_ptr<Registry> create(const QTemporaryDir &dir, int assets = 0,
                                 const QString &scheme = QStringLiteral("ipa"),
                                 const QString &name = QStringLiteral("registry.sqlite"));

// Opens an existing registry file; nullptr after a warning saying why not.
std::unique_ptr<Registry> open(const QString &path);

// A valid asset that a test can save as it is.
Asset validAsset(const Registry &registry, const QString &name = QStringLiteral("Payroll data"));

// An asset of the registry's defaults with the three required fields set.
Asset asset(const Registry &registry, const QString &name, const QString &department, const QString &owner);

// Saves `assets` one by one through the service; returns their asset numbers, or an empty list after a warning
// when one was refused.
QStringList add(Registry &registry, const QList<Asset> &assets);

// The same on the registry file at `path`, opened for this and closed again.
QStringList add(const QString &path, const QList<Asset> &assets);

} // namespace TestRegistry
