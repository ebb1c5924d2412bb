// The baseline (DESIGN.md §4): rules from classification, personal information, asset type, the parties named on the
// asset (data provider, recipients, contractor) and its medium class to the controls an asset requires; the default
// baseline ships with the built-in catalogue.
#pragma once

#include "domain/baselinerule.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

class ClassificationScheme;
class RegistryContext;

class BaselineService final
{
public:
    explicit BaselineService(RegistryContext &context);

    // A read that fails sets *error (when given) and gives no rules.
    QList<BaselineRule> baseline(QString *error = nullptr) const;
    QList<Problem> validate(const QList<BaselineRule> &rules) const;
    Result<int> setBaseline(const QList<BaselineRule> &rules);
    // The baseline shipped with this build, for the controls of the built-in catalogue in force.
    Result<QList<BaselineRule>> defaultBaseline() const;
    // Replaces the baseline with the one shipped with this build.
    Result<int> resetBaseline();
    // The rules of the shipped default that the baseline does not have (none when it has them all), e.g. the rules
    // of a later version that a customised baseline did not receive.
    Result<QList<BaselineRule>> missingDefaultRules() const;
    // Adds those rules to the baseline and keeps every rule it has; returns the number of rules added.
    Result<int> addMissingDefaultRules();
    // Why the asset requires the control: one translated line per rule, e.g. "Confidentiality ≥ 2".
    QStringList requirementReasons(qint64 assetId, qint64 controlId, QString *error = nullptr) const;
    // The conditions of a rule in words, with the levels of the registry's scheme; "Every asset" for none.
    static QString describeConditions(const BaselineRule &rule, const ClassificationScheme &scheme);

private:
    QString ruleText(const BaselineRule &rule) const;

    RegistryContext &m_context;
};
