// Synthetic asset generator: an archetype per asset by weight, then the varying parts (department, owner, year, number
// of data subjects, dates). The word lists are plain data; they are not shown as UI text.
#include "syntheticassets.h"

#include "assetarchetypes.h"
#include "domain/review.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

// An archetype's level (IPA 1–3) on the scheme: itself where the objective has it, else on a two-level objective
// the top for 3 (要保全・要安定) and the lowest otherwise.
int schemeLevel(const ClassificationScheme &scheme, Objective objective, int level)
{
    if (scheme.isLevel(objective, level))
        return level;
    return level >= 3 ? scheme.highest(objective) : scheme.lowest(objective);
}

// An archetype's texts as QString, converted once: a million assets should not convert them a million times.
struct ArchetypeText
{
    const AssetArchetype *data;
    QString name;
    QString businessCategory;
    QStringList departments;
    QString assetType;
    QString storage;
    QString userScope;
    QString personalInfo;
    QString provider;
    QString receiptTerms;
    QString contractor;
    QString confidentialityRationale;
    QString mediumClass;
    QString recipients;
    QString useTerms;
    QString retentionBasis;
};

const QList<ArchetypeText> &archetypeTexts()
{
    static const QList<ArchetypeText> texts = [] {
        QList<ArchetypeText> result;
        for (const AssetArchetype &archetype : AssetArchetypes::all())
            result.append({&archetype, QString::fromUtf8(archetype.name), QString::fromUtf8(archetype.businessCategory),
                           QString::fromUtf8(archetype.departments).split(QLatin1Char('|')),
                           QString::fromUtf8(archetype.assetType), QString::fromUtf8(archetype.storage),
                           QString::fromUtf8(archetype.userScope), QString::fromUtf8(archetype.personalInfo),
                           QString::fromUtf8(archetype.provider), QString::fromUtf8(archetype.receiptTerms),
                           QString::fromUtf8(archetype.contractor),
                           QString::fromUtf8(archetype.confidentialityRationale),
                           QString::fromUtf8(archetype.mediumClass), QString::fromUtf8(archetype.recipients),
                           QString::fromUtf8(archetype.usageTerms), QString::fromUtf8(archetype.retentionBasis)});
        return result;
    }();
    return texts;
}

// Picks an archetype with the probability of its weight.
const ArchetypeText &pickArchetype(QRandomGenerator &random)
{
    int ticket = int(random.bounded(AssetArchetypes::totalWeight()));
    for (const ArchetypeText &archetype : archetypeTexts()) {
        ticket -= archetype.data->weight;
        if (ticket < 0)
            return archetype;
    }
    return archetypeTexts().constLast();
}

} // namespace

namespace SyntheticAssets {

QList<Asset> generate(int count, const ClassificationScheme &scheme, quint32 seed, const QDate &today)
{
    static const QStringList owners = list({"山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健", "渡辺 由紀",
                                            "伊藤 翔", "髙橋 誠", "山﨑 葵", "中村 陽子", "小林 大輔"});
    static const QStringList reviewers =
        list({"情報セキュリティ担当 木村 真理", "情報セキュリティ担当 斎藤 剛", "監査担当 松本 恵"});
    static const QStringList qualifiers =
        list({"", "", "", "", "（2024年度）", "（2025年度）", "（2026年度）", "（控え）", "（旧システム分）"});
    static const QStringList remarks =
        list({"", "", "", "", "年1回棚卸し対象", "持出禁止", "バックアップは週次", "提供元との覚書あり"});
    static const QString genericConfidentiality = QStringLiteral("漏えいすると本人や取引先に深刻な影響があるため");
    static const QString genericIntegrity =
        QStringLiteral("改ざんされると業務判断や対外的な説明を誤るおそれがあるため");
    static const QString genericAvailability = QStringLiteral("停止すると業務や住民サービスが止まるため");
    const int middle = 2; // the middle confidentiality ordinal of every scheme (IPA 2, 機密性2, Moderate)

    QRandomGenerator random(seed);
    auto pick = [&random](const QStringList &values) { return values.at(int(random.bounded(int(values.size())))); };
    QList<Asset> assets;
    assets.reserve(count);
    for (int index = 0; index < count; ++index) {
        const ArchetypeText &text = pickArchetype(random);
        const AssetArchetype &type = *text.data;
        Asset asset;
        asset.assetType = text.assetType;
        const QString &name = text.name;
        if (asset.assetType == QLatin1String("hardware") || asset.assetType == QLatin1String("media"))
            asset.name = QStringLiteral("%1（No.%2）").arg(name).arg(random.bounded(1, 1000), 3, 10, QLatin1Char('0'));
        else if (asset.assetType == QLatin1String("information") || asset.assetType == QLatin1String("paper"))
            asset.name = name + pick(qualifiers);
        else
            asset.name = name;
        asset.businessCategory = text.businessCategory;
        asset.department = pick(text.departments);
        asset.owner = pick(owners);
        asset.userScope = text.userScope;
        asset.storage = text.storage;
        asset.remarks = pick(remarks);
        asset.personalInfo = text.personalInfo;
        if (type.subjectsMax > 0)
            asset.subjectCount = random.bounded(type.subjectsMin, type.subjectsMax + 1);

        asset.confidentiality = schemeLevel(scheme, Objective::Confidentiality, type.confidentiality);
        asset.integrity = schemeLevel(scheme, Objective::Integrity, type.integrity);
        asset.availability = schemeLevel(scheme, Objective::Availability, type.availability);
        // practice.md §1 whatever the table says: My Number and sensitive data at the top, personal at least middle.
        if (asset.personalInfo == QLatin1String("my_number") || asset.personalInfo == QLatin1String("sensitive"))
            asset.confidentiality = scheme.highest(Objective::Confidentiality);
        else if (asset.personalInfo == QLatin1String("personal"))
            asset.confidentiality = std::max(asset.confidentiality, middle);
        if (asset.confidentiality == scheme.highest(Objective::Confidentiality))
            asset.confidentialityRationale =
                text.confidentialityRationale.isEmpty() ? genericConfidentiality : text.confidentialityRationale;
        if (asset.integrity == scheme.highest(Objective::Integrity))
            asset.integrityRationale = genericIntegrity;
        if (asset.availability == scheme.highest(Objective::Availability))
            asset.availabilityRationale = genericAvailability;

        asset.provider = text.provider;
        asset.receiptTerms = text.receiptTerms;
        asset.contractor = text.contractor;
        asset.mediumClass = text.mediumClass;
        asset.recipients = text.recipients;
        if (!asset.recipients.isEmpty())
            asset.useTerms = text.useTerms;

        // Retention: a date within the archetype's period (a few just past, due for disposal), or permanent; never
        // permanent for My Number (practice.md PI-6).
        if (type.retentionYears == 0 && asset.personalInfo != QLatin1String("my_number")) {
            asset.retentionPermanent = true;
            asset.retentionBasis = text.retentionBasis.isEmpty() ? QStringLiteral("文書管理規程") : text.retentionBasis;
        } else
            asset.retentionUntil = today.addDays(random.bounded(-30, std::max(1, type.retentionYears) * 365 + 1));

        // Reviews: most assets reviewed within their interval, about one in eight overdue. The next review counts
        // from the last review, or from registration for an asset never reviewed yet.
        const int reviewImportance =
            scheme.reviewImportance(asset.confidentiality, asset.integrity, asset.availability);
        const int months = Review::intervalMonths(reviewImportance);
        const bool overdue = int(random.bounded(1000)) < kOverduePerMille;
        const QDate intervalAgo = today.addMonths(-months);
        // Overdue: the last review (or registration) more than an interval ago, by 5 days to a year.
        // On time: within the last interval, leaving at least 3 days to the next review.
        const QDate base = overdue ? intervalAgo.addDays(-random.bounded(5, 366))
                                   : intervalAgo.addDays(random.bounded(3, int(intervalAgo.daysTo(today)) + 1));
        asset.registeredOn = today.addDays(-random.bounded(0, 6 * 365));
        if (asset.registeredOn >= base) {
            asset.registeredOn = base; // registered then and never reviewed since
        } else {
            asset.lastReviewedOn = base;
            asset.reviewedBy = random.bounded(2) == 0 ? asset.owner : pick(reviewers);
        }
        asset.nextReview = Review::defaultNextReview(reviewImportance, base);

        const int status = int(random.bounded(100));
        const bool kept = asset.assetType == QLatin1String("paper") || asset.assetType == QLatin1String("media");
        if (status < (kept ? 20 : 6))
            asset.status = QStringLiteral("stored");
        else if (status >= 96)
            asset.status = QStringLiteral("disposal_pending");
        assets.append(asset);
    }
    return assets;
}

} // namespace SyntheticAssets
