// Synthetic asset generator. The word lists are plain data; they are not shown as UI text.
#include "syntheticassets.h"

#include <QRandomGenerator>
#include <QStringList>

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

namespace SyntheticAssets {

QList<Asset> generate(int count, const ClassificationScheme &scheme, quint32 seed, const QDate &today)
{
    static const QStringList departments =
        list({"総務部", "人事部", "経理部", "情報システム部", "営業部", "企画部", "法務部", "データ連携推進室",
              "市民サービス課", "健康福祉課", "Information Security Office", "Research & Development"});
    static const QStringList categories = list({"人事管理", "給与計算", "会計", "契約管理", "顧客対応", "データ提供",
                                                "広報", "情報システム運用", "Procurement", "Customer support"});
    static const QStringList subjects = list({"職員名簿",
                                              "給与明細データ",
                                              "契約書原本",
                                              "顧客台帳",
                                              "住民基本台帳連携データ",
                                              "健康診断結果",
                                              "来庁者受付記録",
                                              "オープンデータ公開用統計",
                                              "入札参加資格申請書",
                                              "会議議事録",
                                              "業務委託契約書",
                                              "Customer master data",
                                              "Sensor readings archive",
                                              "Partner API credentials",
                                              "Backup tapes",
                                              "Payroll ledger",
                                              "Board meeting minutes",
                                              "人流データ",
                                              "防災情報配信システム",
                                              "ファイルサーバ"});
    static const QStringList qualifiers = list(
        {"（本番）", "（控え）", "2025年度", "2026年度", "（共有用）", "", "", " v2", " (archive)", "（東京拠点）"});
    static const QStringList owners = list({"山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健", "渡辺 由紀",
                                            "伊藤 翔", "髙橋 誠", "山﨑 葵", "Emily Clark", "John Smith"});
    static const QStringList storages =
        list({"ファイルサーバ \\\\fs01\\share", "業務システムDB", "クラウドストレージ", "書庫 A-3 キャビネット",
              "ノートPC", "USBメモリ（暗号化）", "LTO テープ", "SaaS (kintone)", "Data center rack 12"});
    static const QStringList scopes = list({"全職員", "部署内", "特定者", "委託先を含む", "All staff"});
    static const QStringList providers =
        list({"", "", "", "○○市", "民間事業者A社", "国土交通省オープンデータ", "Partner Inc."});
    static const QStringList contractors =
        list({"", "", "", "株式会社データ処理センター", "㈱セキュア保守", "Cloud Ops Ltd."});
    static const QStringList remarks =
        list({"", "", "年1回棚卸し対象", "個人情報を含むため持出禁止", "バックアップは週次でテープへ",
              "Replicated nightly to DR site", "提供先との覚書あり（～2027年3月）"});
    static const QStringList types = {QStringLiteral("information"), QStringLiteral("paper"),
                                      QStringLiteral("software"),    QStringLiteral("hardware"),
                                      QStringLiteral("media"),       QStringLiteral("service"),
                                      QStringLiteral("facility"),    QStringLiteral("other")};
    static const QStringList personal = {QStringLiteral("none"), QStringLiteral("none"), QStringLiteral("personal"),
                                         QStringLiteral("sensitive"), QStringLiteral("my_number")};
    static const QStringList statuses = {QStringLiteral("in_use"), QStringLiteral("in_use"), QStringLiteral("in_use"),
                                         QStringLiteral("stored"), QStringLiteral("disposal_pending")};

    QRandomGenerator random(seed);
    auto pick = [&random](const QStringList &values) { return values.at(random.bounded(int(values.size()))); };
    auto level = [&random, &scheme](Objective objective) {
        const QList<int> ordinals = scheme.ordinals(objective);
        return ordinals.at(random.bounded(int(ordinals.size())));
    };
    QList<Asset> assets;
    assets.reserve(count);
    for (int index = 0; index < count; ++index) {
        Asset asset;
        asset.name = pick(subjects) + pick(qualifiers);
        asset.businessCategory = pick(categories);
        asset.department = pick(departments);
        asset.owner = pick(owners);
        asset.userScope = pick(scopes);
        asset.assetType = types.at(index % types.size());
        asset.storage = pick(storages);
        asset.personalInfo = pick(personal);
        if (asset.personalInfo != QLatin1String("none"))
            asset.subjectCount = random.bounded(1, 50000);
        asset.confidentiality = level(Objective::Confidentiality);
        asset.integrity = level(Objective::Integrity);
        asset.availability = level(Objective::Availability);
        if (asset.confidentiality == scheme.highest(Objective::Confidentiality))
            asset.confidentialityRationale = QStringLiteral("漏えいすると本人や取引先に重大な影響があるため");
        if (asset.integrity == scheme.highest(Objective::Integrity))
            asset.integrityRationale = QStringLiteral("改ざんされると業務判断を誤るおそれがあるため");
        if (asset.availability == scheme.highest(Objective::Availability))
            asset.availabilityRationale = QStringLiteral("停止すると窓口業務が止まるため");
        asset.provider = pick(providers);
        if (!asset.provider.isEmpty())
            asset.receiptTerms = QStringLiteral("目的外利用禁止・第三者提供不可");
        asset.contractor = pick(contractors);
        asset.remarks = pick(remarks);
        asset.registeredOn = today.addDays(-random.bounded(2000));
        if (random.bounded(5) == 0)
            asset.retentionPermanent = true;
        else
            asset.retentionUntil = asset.registeredOn.addYears(random.bounded(1, 11));
        asset.status = pick(statuses);
        assets.append(asset);
    }
    return assets;
}

} // namespace SyntheticAssets
