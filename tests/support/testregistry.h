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

// Synthetic assets (SyntheticAssets::generate) made to obey the personal-information and retention rules of
// design/practice.md: confidentiality raised to what the personal information calls for, a basis for a permanent
// retention, a date instead of permanent for My Number. The generator of this version predates those rules.
QList<Asset> generated(int count, const ClassificationScheme &scheme, quint32 seed, const QDate &today);

// Makes a test's asset obey the personal-information and retention rules without changing what the test is about:
// an override reason where the kind allows one (the levels stay), the highest confidentiality for My Number, a date
// instead of permanent for My Number, a basis for permanent, a retention date when none is set.
void conform(Asset *asset, const ClassificationScheme &scheme);

// Where a test's new registry lives: the file `filePath`, or, when the tests run against the server
// (ASSET_REGISTRY_TEST_BACKEND=postgresql), a new empty database on the test server.
QString location(const QString &filePath);

// Opens an existing registry file; nullptr after a warning saying why not.
std::unique_ptr<Registry> open(const QString &path);

// A valid asset that a test can save as it is (retention until 2031-03-31).
Asset validAsset(const Registry &registry, const QString &name = QStringLiteral("Payroll data"));

// An asset of the registry's defaults with the three required fields and a retention date set.
Asset asset(const Registry &registry, const QString &name, const QString &department, const QString &owner);

// Saves `assets` one by one through the service, each made to conform(); returns their asset numbers, or an empty list
// after a warning when one was refused.
QStringList add(Registry &registry, const QList<Asset> &assets);

// The same on the registry file at `path`, opened for this and closed again.
QStringList add(const QString &path, const QList<Asset> &assets);

} // namespace TestRegistry
