// The baseline: which controls an asset requires from its classification, personal information, type, the parties it
// names and its medium class.
#include "baselineservice.h"

#include "builtincatalog.h"
#include "changes.h"
#include "domain/assetcodes.h"
#include "registrycontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Changes;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ControlService", text);
}

QString joinParts(const QStringList &parts)
{
    if (parts.isEmpty())
        return {};
    QString result = parts.constFirst();
    for (int index = 1; index < parts.size(); ++index)
        result = translated(QT_TRANSLATE_NOOP("ControlService", "%1, %2")).arg(result, parts.at(index));
    return result;
}

} // namespace

BaselineService::BaselineService(RegistryContext &context)
    : m_context(context)
{
}

QList<BaselineRule> BaselineService::baseline(QString *error) const
{
    return m_context.controlStore().baselineRules(error);
}

QList<Problem> BaselineService::validate(const QList<BaselineRule> &rules) const
{
    QList<Problem> problems;
    for (int index = 0; index < rules.size(); ++index) {
        const BaselineRule &rule = rules.at(index);
        const QString field = QStringLiteral("rules[%1]").arg(index);
        QString error;
        const std::optional<Control> control = m_context.controlStore().controlById(rule.controlId, &error);
        if (!error.isEmpty()) {
            problems.append({field, error});
            return problems;
        }
        if (!control) {
            problems.append({field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 names a control that does "
                                                                                   "not exist. Choose a control."))
                                        .arg(index + 1)});
            continue;
        }
        for (const std::optional<int> &level :
             {rule.minConfidentiality, rule.minIntegrity, rule.minAvailability, rule.minImportance}) {
            if (level && (*level < 1 || *level > 3)) {
                problems.append({field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 (%2) has a level %3; "
                                                                                       "levels are 1 to 3."))
                                            .arg(index + 1)
                                            .arg(control->code)
                                            .arg(*level)});
                break;
            }
        }
        if (!rule.personalInfo.isEmpty() && (rule.personalInfo == QLatin1String("none") ||
                                             !AssetCodes::personalInfoKinds().contains(rule.personalInfo)))
            problems.append(
                {field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 (%2): '%3' is not a kind of "
                                                                       "personal information a rule can "
                                                                       "require."))
                            .arg(index + 1)
                            .arg(control->code, rule.personalInfo)});
        if (!rule.assetType.isEmpty() && !AssetCodes::assetTypes().contains(rule.assetType))
            problems.append({field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 (%2): '%3' is not an asset "
                                                                                   "type."))
                                        .arg(index + 1)
                                        .arg(control->code, rule.assetType)});
        if (!rule.mediumClass.isEmpty() && !AssetCodes::mediumClasses().contains(rule.mediumClass))
            problems.append(
                {field,
                 translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 (%2): '%3' is not a medium class. "
                                                                "Choose one of: %4."))
                     .arg(index + 1)
                     .arg(control->code, rule.mediumClass, AssetCodes::mediumClasses().join(QStringLiteral(", ")))});
        for (int earlier = 0; earlier < index; ++earlier) {
            if (rules.at(earlier) == rule) {
                problems.append({field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 repeats rule %2 (%3). "
                                                                                       "Remove one of them."))
                                            .arg(index + 1)
                                            .arg(earlier + 1)
                                            .arg(control->code)});
                break;
            }
        }
    }
    return problems;
}

QString BaselineService::ruleText(const BaselineRule &rule) const
{
    // Called inside setBaseline's unit of work, which commits nothing after a read that failed.
    const std::optional<Control> control = m_context.controlStore().controlById(rule.controlId, nullptr);
    QStringList parts;
    if (rule.minConfidentiality)
        parts << QStringLiteral("confidentiality>=%1").arg(*rule.minConfidentiality);
    if (rule.minIntegrity)
        parts << QStringLiteral("integrity>=%1").arg(*rule.minIntegrity);
    if (rule.minAvailability)
        parts << QStringLiteral("availability>=%1").arg(*rule.minAvailability);
    if (rule.minImportance)
        parts << QStringLiteral("importance>=%1").arg(*rule.minImportance);
    if (!rule.personalInfo.isEmpty())
        parts << QStringLiteral("personal_info=%1").arg(rule.personalInfo);
    if (!rule.assetType.isEmpty())
        parts << QStringLiteral("asset_type=%1").arg(rule.assetType);
    if (rule.hasProvider)
        parts << QStringLiteral("has_provider");
    if (rule.hasRecipients)
        parts << QStringLiteral("has_recipients");
    if (rule.hasContractor)
        parts << QStringLiteral("has_contractor");
    if (!rule.mediumClass.isEmpty())
        parts << QStringLiteral("medium_class=%1").arg(rule.mediumClass);
    const QString name =
        control ? control->catalogKey + QLatin1Char('/') + control->code : QString::number(rule.controlId);
    return name + QStringLiteral(": ") + (parts.isEmpty() ? QStringLiteral("all") : parts.join(QStringLiteral(", ")));
}

Result<int> BaselineService::setBaseline(const QList<BaselineRule> &rules)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<int>::failure(work.error());
    const QList<Problem> problems = validate(rules);
    if (!problems.isEmpty())
        return Result<int>::invalid(problems);
    QString error;
    const QList<BaselineRule> current = m_context.controlStore().baselineRules(&error);
    if (!error.isEmpty())
        return Result<int>::failure(error);
    QStringList before, after;
    for (const BaselineRule &rule : current)
        before << ruleText(rule);
    for (const BaselineRule &rule : rules)
        after << ruleText(rule);
    QStringList removed, added;
    for (const QString &text : std::as_const(before)) {
        if (!after.contains(text))
            removed << text;
    }
    for (const QString &text : std::as_const(after)) {
        if (!before.contains(text))
            added << text;
    }
    if (removed.isEmpty() && added.isEmpty() && before.size() == after.size())
        return Result<int>::success(int(rules.size()));
    QJsonObject changes;
    if (!added.isEmpty())
        changes.insert(QStringLiteral("added"), QJsonArray{QJsonValue(), jsonList(added)});
    if (!removed.isEmpty())
        changes.insert(QStringLiteral("removed"), QJsonArray{jsonList(removed), QJsonValue()});
    changes.insert(QStringLiteral("rules"), QJsonArray{int(before.size()), int(after.size())});
    QList<BaselineRule> stored = rules;
    if (!m_context.controlStore().replaceBaseline(&stored, &error) ||
        !m_context.appendAudit(QStringLiteral("update"), QStringLiteral("baseline"), QStringLiteral("baseline"),
                               changes, &error)) {
        return Result<int>::failure(error);
    }
    if (!work.commit(&error))
        return Result<int>::failure(error);
    return Result<int>::success(int(rules.size()));
}

Result<QList<BaselineRule>> BaselineService::defaultBaseline() const
{
    QString error;
    const std::optional<BuiltInCatalog> shipped = BuiltInCatalog::load(&error);
    if (!shipped)
        return Result<QList<BaselineRule>>::failure(error);
    const std::optional<ControlCatalog> builtin =
        m_context.controlStore().catalogByKey(QStringLiteral("builtin"), &error);
    if (!error.isEmpty())
        return Result<QList<BaselineRule>>::failure(error);
    if (!builtin)
        return Result<QList<BaselineRule>>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The registry has no built-in catalogue.")));
    QList<BaselineRule> rules;
    for (const BuiltInCatalog::Rule &shippedRule : shipped->baseline) {
        const std::optional<Control> control =
            m_context.controlStore().controlByCode(builtin->id, shippedRule.controlCode, &error);
        if (!error.isEmpty())
            return Result<QList<BaselineRule>>::failure(error);
        if (!control || control->retired)
            continue;
        BaselineRule rule = shippedRule.rule;
        rule.controlId = control->id;
        rules.append(rule);
    }
    return Result<QList<BaselineRule>>::success(rules);
}

Result<QList<BaselineRule>> BaselineService::missingDefaultRules() const
{
    Result<QList<BaselineRule>> shipped = defaultBaseline();
    if (!shipped.ok())
        return shipped;
    const QList<BaselineRule> current = baseline();
    QList<BaselineRule> missing;
    for (const BaselineRule &rule : *shipped.value) {
        if (!current.contains(rule) && !missing.contains(rule))
            missing.append(rule);
    }
    return Result<QList<BaselineRule>>::success(missing);
}

Result<int> BaselineService::addMissingDefaultRules()
{
    const Result<QList<BaselineRule>> missing = missingDefaultRules();
    if (!missing.ok())
        return Result<int>::failure(missing.error);
    if (missing.value->isEmpty())
        return Result<int>::success(0);
    Result<int> saved = setBaseline(baseline() + *missing.value);
    if (!saved.ok())
        return saved;
    return Result<int>::success(int(missing.value->size()));
}

Result<int> BaselineService::resetBaseline()
{
    const Result<QList<BaselineRule>> rules = defaultBaseline();
    if (!rules.ok())
        return Result<int>::failure(rules.error);
    return setBaseline(*rules.value);
}

QStringList BaselineService::requirementReasons(qint64 assetId, qint64 controlId, QString *error) const
{
    QStringList reasons;
    const QList<QPair<qint64, qint64>> requiring = m_context.controlStore().requiringRules(assetId, error);
    QSet<qint64> ruleIds;
    for (const QPair<qint64, qint64> &pair : requiring) {
        if (pair.first == controlId)
            ruleIds.insert(pair.second);
    }
    if (ruleIds.isEmpty())
        return reasons;
    const QList<BaselineRule> rules = m_context.controlStore().baselineRules(error);
    for (const BaselineRule &rule : rules) {
        if (ruleIds.contains(rule.id))
            reasons << describeConditions(rule, m_context.scheme());
    }
    return reasons;
}

QString BaselineService::describeConditions(const BaselineRule &rule, const ClassificationScheme &scheme)
{
    QStringList parts;
    auto level = [&scheme](Objective objective, int ordinal) {
        return scheme.isLevel(objective, ordinal) ? scheme.levelLabel(objective, ordinal) : QString::number(ordinal);
    };
    if (rule.minConfidentiality)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Confidentiality ≥ %1"))
                     .arg(level(Objective::Confidentiality, *rule.minConfidentiality));
    if (rule.minIntegrity)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Integrity ≥ %1"))
                     .arg(level(Objective::Integrity, *rule.minIntegrity));
    if (rule.minAvailability)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Availability ≥ %1"))
                     .arg(level(Objective::Availability, *rule.minAvailability));
    if (rule.minImportance)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Importance ≥ %1"))
                     .arg(scheme.importanceLabel(*rule.minImportance));
    if (rule.personalInfo == QLatin1String("personal"))
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Any personal information"));
    else if (!rule.personalInfo.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Personal information: %1"))
                     .arg(AssetCodes::personalInfoName(rule.personalInfo));
    if (!rule.assetType.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Asset type: %1"))
                     .arg(AssetCodes::assetTypeName(rule.assetType));
    if (rule.hasProvider)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Data provider named"));
    if (rule.hasRecipients)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Recipients named"));
    if (rule.hasContractor)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Contractor named"));
    if (!rule.mediumClass.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Medium class: %1"))
                     .arg(AssetCodes::mediumClassName(rule.mediumClass));
    if (parts.isEmpty())
        return translated(QT_TRANSLATE_NOOP("ControlService", "Every asset"));
    return joinParts(parts);
}
