// A small risk register for the tests of the dashboard, the printed risk documents and the export: three assets of
// three departments and importances with their candidates, one entry assessed high and planned for reduction with a
// control, one transferred, one accepted by its owner, and one asset whose review is overdue. Built through the
// services as a user would.
#pragma once

#include "domain/clock.h"
#include "service/assetservice.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "testregistry.h"

#include <QTest>

namespace RiskScenario {

struct Entries
{
    QString high;        // 住民基本台帳データ × T-INT-01, 9 大, reduce with TEC-01
    QString transferred; // 税務システム × T-INT-03, transfer
    QString accepted;    // 会議室予約表 × T-NEG-03, 小, accepted by the owner
    qint64 residentsId = 0;
};

inline QString entryOf(Registry &registry, qint64 assetId, const QString &threat)
{
    RiskFilter filter;
    filter.assetId = assetId;
    filter.threatId = registry.threats().byCode(threat)->id;
    const Result<QList<Risk>> found = registry.risks().list(filter);
    return found && !found->isEmpty() ? found->constFirst().riskNo : QString();
}

inline bool assess(Registry &registry, const QString &riskNo, int likelihood, int vulnerability)
{
    RiskService::Assessment assessment;
    assessment.likelihood = likelihood;
    assessment.likelihoodRationale = QStringLiteral("過去の事例から");
    assessment.vulnerability = vulnerability;
    assessment.vulnerabilityRationale = QStringLiteral("点検結果による");
    const Result<Risk> done = registry.risks().assess(riskNo, assessment);
    if (!done)
        qWarning("%s", qPrintable(done.error));
    return done.ok();
}

inline Entries build(Registry &registry)
{
    Entries entries;
    registry.setClock(std::make_shared<FixedClock>(FixedClock::noonOf(QDate(2026, 4, 1))));
    struct Source
    {
        const char *name;
        const char *department;
        const char *owner;
        int confidentiality;
    };
    const Source sources[] = {{"住民基本台帳データ", "総務部", "総務課長 髙橋", 3},
                              {"税務システム", "税務課", "税務課長 山﨑", 2},
                              {"会議室予約表", "施設課", "施設課長 佐藤", 1}};
    QList<qint64> ids;
    for (const Source &source : sources) {
        Asset asset = TestRegistry::asset(registry, QString::fromUtf8(source.name),
                                          QString::fromUtf8(source.department), QString::fromUtf8(source.owner));
        asset.confidentiality = source.confidentiality;
        asset.confidentialityRationale = QStringLiteral("漏えい時の影響");
        TestRegistry::conform(&asset, registry.scheme());
        const Result<Asset> created = registry.assets().createAsset(asset);
        if (!created) {
            qWarning("%s", qPrintable(created.error));
            return {};
        }
        ids << created->id;
    }
    entries.residentsId = ids.at(0);
    if (!registry.risks().generateCandidates(ids))
        return {};

    entries.high = entryOf(registry, ids.at(0), QStringLiteral("T-INT-01"));
    if (!assess(registry, entries.high, 3, 3))
        return {};
    RiskService::Treatment reduce;
    reduce.treatment = QStringLiteral("reduce");
    reduce.plan = QStringLiteral("多要素認証を導入する");
    reduce.controls = {{registry.catalogs().findControl(QStringLiteral("TEC-01"), QStringLiteral("builtin"))->id,
                        QStringLiteral("情報システム課 鈴木"), QDate(2026, 9, 30)}};
    reduce.due = QDate(2026, 12, 31);
    const Result<Risk> planned = registry.risks().planTreatment(entries.high, reduce);
    if (!planned) {
        qWarning("%s", qPrintable(planned.error));
        return {};
    }

    entries.transferred = entryOf(registry, ids.at(1), QStringLiteral("T-INT-03"));
    if (!assess(registry, entries.transferred, 2, 2))
        return {};
    RiskService::Treatment transfer;
    transfer.treatment = QStringLiteral("transfer");
    transfer.plan = QStringLiteral("回線事業者のDDoS対策サービスを契約する");
    transfer.transferTo = QStringLiteral("回線事業者");
    transfer.due = QDate(2026, 6, 30);
    if (!registry.risks().planTreatment(entries.transferred, transfer))
        return {};

    entries.accepted = entryOf(registry, ids.at(2), QStringLiteral("T-NEG-03"));
    if (!assess(registry, entries.accepted, 2, 2))
        return {};
    const RiskAcceptance acceptance{QStringLiteral("施設課長 佐藤"),
                                    QStringLiteral("施設課長"),
                                    QStringLiteral("owner"),
                                    QDate(2026, 4, 1),
                                    QStringLiteral("影響が小さく対策費用に見合わない"),
                                    QDate(2027, 3, 31)};
    const Result<Risk> accepted = registry.risks().accept(entries.accepted, acceptance);
    if (!accepted) {
        qWarning("%s", qPrintable(accepted.error));
        return {};
    }
    return entries;
}

} // namespace RiskScenario
