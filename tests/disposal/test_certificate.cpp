// The certificate of sanitisation as a PDF, read back with poppler's pdftotext: every field group, the override flag,
// the evidence list with SHA-256, amendments beside the original values and the signature lines, in English and in
// Japanese (whose text must come out of the PDF exactly as printed). Also a certificate for one item of a job. Every
// printed phrase comes from the translation catalogue of the language chosen for the certificate, whatever the UI
// speaks: the Japanese certificate uses the catalogue's terms, and neither language's certificate holds a phrase of
// the other.
#include "pdftext.h"

#include "i18n/language.h"
#include "printing/certificate.h"
#include "printing/pagedtablerenderer.h"
#include "service/assetservice.h"
#include "service/disposalservice.h"
#include "service/registry.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestCertificate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fieldsInBothLanguages_data();
    void fieldsInBothLanguages();
    void oneItemOfAJob();
    void withoutOverrideSaysSo();
    void portraitA4();
    void dataDeletionCertificate_data();
    void dataDeletionCertificate();
    void japaneseTermsAreTheCatalogues();
    void noPhraseOutsideTheCatalogue_data();
    void noPhraseOutsideTheCatalogue();

private:
    QString pdfText(const CertificateData &data);
    std::optional<CertificateData> collect(qint64 itemId, const QString &language);
    QStringList m_data; // every text of the record that the certificate prints as entered
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    DisposalJob m_job;
    QString m_evidenceHash;
};

void TestCertificate::initTestCase()
{
    if (!PdfText::available())
        QFAIL("pdftotext (poppler-utils) is needed to read the certificates back");
}

void TestCertificate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // To look at the certificates: KEEP_CERTIFICATES=1 keeps the folder and names it.
    if (qEnvironmentVariableIsSet("KEEP_CERTIFICATES")) {
        m_dir->setAutoRemove(false);
        qInfo("certificates in %s", qPrintable(m_dir->path()));
    }
    QString error;
    Registry::CreateOptions options;
    options.organisation = QStringLiteral("山田市 情報政策課");
    m_registry = Registry::create(m_dir->filePath(QStringLiteral("registry.sqlite")), options, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("kanri@pc-01"));

    QList<qint64> ids;
    const QList<QPair<QString, int>> assets = {{QStringLiteral("人事評価データ"), 3}, {QStringLiteral("会議録"), 2}};
    for (const auto &entry : assets) {
        Asset asset = m_registry->assets().newAsset();
        asset.retentionUntil = QDate(2031, 3, 31);
        asset.name = entry.first;
        asset.department = QStringLiteral("人事課");
        asset.owner = QStringLiteral("山田 太郎");
        asset.confidentiality = entry.second;
        asset.confidentialityRationale = QStringLiteral("職員の人事情報");
        const Result<Asset> created = m_registry->assets().createAsset(asset);
        QVERIFY2(created.ok(), qPrintable(created.error));
        ids << created.value->id;
    }
    DisposalJob job = *m_registry->disposal().draft(ids).value;
    job.method = QStringLiteral("purge");
    job.technique = QStringLiteral("crypto_erase");
    job.tool = QStringLiteral("SecureErase Pro");
    job.toolVersion = QStringLiteral("4.2");
    job.verification = QStringLiteral("sampling");
    job.destination = QStringLiteral("recycling");
    job.overrideReason = QStringLiteral("リース契約により物理破壊できないため");
    job.performedBy = {QStringLiteral("田中 一郎"), QStringLiteral("主任"), QStringLiteral("情報政策課"),
                       QDate::currentDate().addDays(-2)};
    job.validatedBy = {QStringLiteral("鈴木 花子"), QStringLiteral("課長"), QStringLiteral("情報政策課"),
                       QDate::currentDate()};
    job.contractor = QStringLiteral("株式会社データ消去サービス");
    job.certificateNo = QStringLiteral("DS-2026-0042");
    job.items[0].mediaType = QStringLiteral("ssd");
    job.items[0].mediaDescription = QStringLiteral("2.5インチ SATA 512GB");
    job.items[0].make = QStringLiteral("Acme");
    job.items[0].model = QStringLiteral("X-500");
    job.items[0].serialNo = QStringLiteral("SN-AAA-001");
    job.items[0].propertyNo = QStringLiteral("備品-77");
    job.items[0].source = QStringLiteral("PC-0042（山田）");
    job.items[0].backup = QStringLiteral("yes");
    job.items[0].backupLocation = QStringLiteral("NAS-02");
    job.items[1].mediaType = QStringLiteral("hdd");
    job.items[1].serialNo = QStringLiteral("SN-BBB-002");
    job.items[1].backup = QStringLiteral("no");
    const EvidenceFile evidence{QStringLiteral("消去証明書_委託先.pdf"), {}, QByteArrayLiteral("%PDF-1.4 contractor")};
    m_evidenceHash = DisposalService::sha256(evidence.content);
    const Result<DisposalJob> recorded = m_registry->disposal().record(job, {evidence});
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    m_job = *recorded.value;
    m_data = QStringList{options.organisation,
                         m_job.jobNo,
                         job.tool,
                         job.toolVersion,
                         job.overrideReason,
                         job.contractor,
                         job.certificateNo,
                         job.performedBy.name,
                         job.performedBy.title,
                         job.performedBy.organisation,
                         job.validatedBy.name,
                         job.validatedBy.title,
                         job.validatedBy.organisation,
                         m_registry->actor(),
                         evidence.originalName,
                         QStringLiteral("SN-BBB-020"),
                         QStringLiteral("転記ミス"),
                         m_evidenceHash,
                         QDateTime::currentDateTime().toString(QStringLiteral("t"))};
    for (const DisposalItem &item : std::as_const(m_job.items))
        m_data << item.assetNo << item.assetName << item.mediaDescription << item.make << item.model << item.serialNo
               << item.propertyNo << item.source << item.backupLocation;
    for (const DisposalEvidence &file : m_registry->disposal().evidence(m_job.id))
        m_data << file.mimeType;
    const Result<DisposalAmendment> amended =
        m_registry->disposal().amend(m_job.id, m_job.items.at(1).id, QStringLiteral("serial_no"),
                                     QStringLiteral("SN-BBB-020"), QStringLiteral("転記ミス"));
    QVERIFY2(amended.ok(), qPrintable(amended.error));
}

void TestCertificate::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_registry.reset();
    m_dir.reset();
}

std::optional<CertificateData> TestCertificate::collect(qint64 itemId, const QString &language)
{
    QString error;
    std::optional<CertificateData> data =
        CertificateData::collect(*m_registry, m_registry->disposal(), m_job.id, itemId, language, &error);
    if (!data)
        qWarning("%s", qPrintable(error));
    return data;
}

QString TestCertificate::pdfText(const CertificateData &data)
{
    const QString pdf = m_dir->filePath(QStringLiteral("certificate-%1.pdf").arg(data.language));
    QString error;
    if (!SanitisationCertificate::writePdf(data, pdf, &error))
        qWarning("%s", qPrintable(error));
    return PdfText::text(pdf, {});
}

void TestCertificate::fieldsInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    const QStringList common = {
        QStringLiteral("山田市 情報政策課"), QStringLiteral("D-000001"),
        QStringLiteral("人事評価データ"),    QStringLiteral("会議録"),
        QStringLiteral("SN-AAA-001"),        QStringLiteral("備品-77"),
        QStringLiteral("PC-0042（山田）"),   QStringLiteral("NAS-02"),
        QStringLiteral("SecureErase Pro"),   QStringLiteral("田中 一郎"),
        QStringLiteral("鈴木 花子"),         QStringLiteral("株式会社データ消去サービス"),
        QStringLiteral("DS-2026-0042"),      QStringLiteral("消去証明書_委託先.pdf"),
        QStringLiteral("SN-BBB-002"),        QStringLiteral("SN-BBB-020"),
        QStringLiteral("転記ミス"),          QStringLiteral("リース契約により物理破壊できないため"),
        QStringLiteral("kanri@pc-01")};
    QTest::newRow("English") << "en"
                             << common + QStringList{QStringLiteral("Certificate of Sanitisation"),
                                                     QStringLiteral("Purge"),
                                                     QStringLiteral("Cryptographic erase"),
                                                     QStringLiteral("Quick sampling"),
                                                     QStringLiteral("Recycling"),
                                                     QStringLiteral("OVERRIDE"),
                                                     QStringLiteral("Destroy (override)"),
                                                     QStringLiteral("Passed"),
                                                     QStringLiteral("Restricted"),
                                                     QStringLiteral("Signature"),
                                                     QStringLiteral("Performed by"),
                                                     QStringLiteral("Validated by"),
                                                     QStringLiteral("Amendments"),
                                                     QStringLiteral("Kind of disposal"),
                                                     QStringLiteral("Media sanitisation"),
                                                     QStringLiteral("Solid-state drive (SSD)"),
                                                     QStringLiteral("Hard disk drive (HDD)"),
                                                     QStringLiteral("2.5インチ SATA 512GB")};
    QTest::newRow("Japanese") << "ja"
                              << common + QStringList{QStringLiteral("データ消去証明書"),
                                                      QStringLiteral("パージ"),
                                                      QStringLiteral("暗号化消去"),
                                                      QStringLiteral("抜き取り検証"),
                                                      QStringLiteral("リサイクル"),
                                                      QStringLiteral("例外"),
                                                      QStringLiteral("破壊（例外）"),
                                                      QStringLiteral("合格"),
                                                      QStringLiteral("関係者限り"),
                                                      QStringLiteral("署名"),
                                                      QStringLiteral("実施者"),
                                                      QStringLiteral("確認者"),
                                                      QStringLiteral("訂正記録"),
                                                      QStringLiteral("消去の方法"),
                                                      QStringLiteral("証跡ファイル"),
                                                      QStringLiteral("消去方式"),
                                                      QStringLiteral("消去技術"),
                                                      QStringLiteral("消去後の処分先"),
                                                      QStringLiteral("最低限の消去方式"),
                                                      QStringLiteral("消去前の格付け"),
                                                      QStringLiteral("廃棄の区分"),
                                                      QStringLiteral("媒体の消去・破壊"),
                                                      QStringLiteral("媒体種別"),
                                                      QStringLiteral("ソリッドステートドライブ（SSD）"),
                                                      QStringLiteral("ハードディスク（HDD）")};
}

void TestCertificate::fieldsInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const std::optional<CertificateData> data = collect(0, language);
    QVERIFY(data);
    const QString text = pdfText(*data);
    QVERIFY(!text.isEmpty());
    // Cells wrap, so compare with the line breaks and the spaces of the layout taken out.
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &wanted : expected) {
        QString flatWanted = wanted;
        flatWanted.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(flat.contains(flatWanted), qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(wanted, text)));
    }
    QVERIFY2(flat.contains(m_evidenceHash), "the SHA-256 of the evidence file");
    // Japanese stays Japanese: no Kangxi radicals or compatibility forms in place of the characters printed.
    if (language == QLatin1String("ja"))
        QVERIFY(!text.contains(QChar(0x2F2D)) && !text.contains(QChar(0x2F65)));
    else
        QVERIFY2(!text.contains(QStringLiteral("データ消去証明書")), "English certificate with Japanese headings");
}

void TestCertificate::oneItemOfAJob()
{
    const std::optional<CertificateData> data = collect(m_job.items.at(1).id, QStringLiteral("en"));
    QVERIFY(data);
    QString flat = pdfText(*data);
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY(flat.contains(QStringLiteral("会議録")));
    QVERIFY(flat.contains(QStringLiteral("item2of2")));
    QVERIFY2(!flat.contains(QStringLiteral("人事評価データ")), "the other item of the job");
    QVERIFY(!flat.contains(QStringLiteral("SN-AAA-001")));
    QVERIFY(flat.contains(QStringLiteral("SN-BBB-020")));
    QCOMPARE(SanitisationCertificate::suggestedFileName(*data),
             QStringLiteral("D-000001_%1_certificate.pdf").arg(m_job.items.at(1).assetNo));
    QCOMPARE(SanitisationCertificate::suggestedFileName(*collect(m_job.items.at(1).id, QStringLiteral("ja"))),
             QStringLiteral("D-000001_%1_データ消去証明書.pdf").arg(m_job.items.at(1).assetNo));
    // The item whose minimum the method meets carries no override mark; the job-level flag stays for the other.
    QVERIFY(!flat.contains(QStringLiteral("Purge(override)")));

    // An item of another job is refused.
    QString error;
    QVERIFY(
        !CertificateData::collect(*m_registry, m_registry->disposal(), m_job.id, 999, QStringLiteral("en"), &error));
    QVERIFY(!error.isEmpty());
}

void TestCertificate::dataDeletionCertificate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("English") << "en"
                             << QStringList{QStringLiteral("Data deletion in a system or service"),
                                            QStringLiteral("Deletion by the service provider"),
                                            QStringLiteral("None (data in a system or service)"),
                                            QStringLiteral("The data listed below were deleted"),
                                            QStringLiteral("Specific personal information (My Number)"),
                                            QStringLiteral("クラウド事業者株式会社"),
                                            QStringLiteral("DEL-0099"),
                                            QStringLiteral("The method meets the minimum for every asset."),
                                            QStringLiteral("Data deleted")}
                             << QStringList{QStringLiteral("OVERRIDE"), QStringLiteral("media listed below")};
    QTest::newRow("Japanese") << "ja"
                              << QStringList{QStringLiteral("システム・サービス内のデータ消去"),
                                             QStringLiteral("事業者による削除"),
                                             QStringLiteral("なし（システム・サービス内のデータ）"),
                                             QStringLiteral("特定個人情報"),
                                             QStringLiteral("クラウド事業者株式会社"),
                                             QStringLiteral("DEL-0099"),
                                             QStringLiteral("対象データ")}
                              << QStringList{QStringLiteral("Data deletion"), QStringLiteral("例外"),
                                             QStringLiteral("対象媒体")};
}

void TestCertificate::dataDeletionCertificate()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    // My Number data in a cloud service, deleted by the provider: Purge is its data-deletion floor, so no override.
    Asset asset = m_registry->assets().newAsset();
    asset.name = QStringLiteral("給与・源泉徴収データ");
    asset.department = QStringLiteral("人事課");
    asset.owner = QStringLiteral("人事 花子");
    asset.personalInfo = QStringLiteral("my_number");
    asset.subjectCount = 450;
    asset.confidentiality = 3;
    asset.confidentialityRationale = QStringLiteral("特定個人情報");
    asset.retentionUntil = QDate::currentDate().addYears(7);
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    QVERIFY2(created.ok(), qPrintable(created.error));
    DisposalJob job = *m_registry->disposal().draft({created.value->id}).value;
    job.kind = QStringLiteral("data");
    job.destination.clear();
    job.method = QStringLiteral("purge");
    job.technique = QStringLiteral("provider_deletion");
    job.contractor = QStringLiteral("クラウド事業者株式会社");
    job.certificateNo = QStringLiteral("DEL-0099");
    job.performedBy = {QStringLiteral("人事 花子"), {}, {}, QDate::currentDate()};
    job.validatedBy = {QStringLiteral("人事 次郎"), {}, {}, QDate::currentDate()};
    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QString error;
    const std::optional<CertificateData> data =
        CertificateData::collect(*m_registry, m_registry->disposal(), recorded.value->id, 0, language, &error);
    QVERIFY2(data, qPrintable(error));
    QString flat = pdfText(*data);
    const QString text = flat;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &wanted : expected) {
        QString flatWanted = wanted;
        flatWanted.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(flat.contains(flatWanted), qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(wanted, text)));
    }
    for (const QString &unwanted : absent) {
        QString flatUnwanted = unwanted;
        flatUnwanted.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(!flat.contains(flatUnwanted), qPrintable(QStringLiteral("'%1' in:\n%2").arg(unwanted, text)));
    }
}

void TestCertificate::withoutOverrideSaysSo()
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("公開パンフレット原稿");
    asset.department = QStringLiteral("広報課");
    asset.owner = QStringLiteral("広報 太郎");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    QVERIFY(created.ok());
    DisposalJob job = *m_registry->disposal().draft({created.value->id}).value;
    for (DisposalItem &item : job.items)
        item.mediaType = QStringLiteral("hdd");
    job.performedBy = {QStringLiteral("広報 太郎"), {}, {}, QDate::currentDate()};
    job.validatedBy = {QStringLiteral("広報 次郎"), {}, {}, QDate::currentDate()};
    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QString error;
    const std::optional<CertificateData> data = CertificateData::collect(
        *m_registry, m_registry->disposal(), recorded.value->id, 0, QStringLiteral("ja"), &error);
    QVERIFY2(data, qPrintable(error));
    const QString text = pdfText(*data);
    QVERIFY(!text.contains(QStringLiteral("例外")));
    QVERIFY(text.contains(QStringLiteral("最低限の消去方式を満たしています")));
    QVERIFY(text.contains(QStringLiteral("一般"))); // handling label of confidentiality 1 in a new registry
}

void TestCertificate::portraitA4()
{
    QString error;
    const std::optional<CertificateData> data = collect(0, QStringLiteral("en"));
    QVERIFY(data);
    const PagedDocument document = SanitisationCertificate::document(*data);
    QCOMPARE(document.pageLayout.pageSize().id(), QPageSize::A4);
    QCOMPARE(document.pageLayout.orientation(), QPageLayout::Portrait);
    const QString pdf = m_dir->filePath(QStringLiteral("size.pdf"));
    QVERIFY(SanitisationCertificate::writePdf(*data, pdf, &error));
    const QString output = PdfText::info(pdf);
    QVERIFY2(output.contains(QStringLiteral("(A4)")), qPrintable(output));
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(output));
}

void TestCertificate::japaneseTermsAreTheCatalogues()
{
    // The texts the window shows for the same things, read from the catalogue itself.
    QTranslator catalogue;
    QVERIFY(catalogue.load(QStringLiteral(":/i18n/asset-registry_ja.qm")));
    const std::optional<CertificateData> data = collect(0, QStringLiteral("ja"));
    QVERIFY(data);
    QString flat = pdfText(*data);
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    const QList<QPair<const char *, const char *>> phrases = {
        {"Certificate", "Certificate of Sanitisation"},
        {"Certificate", "Sanitisation"},
        {"Certificate", "Performed and validated by"},
        {"Certificate", "Media"},
        {"Certificate", "Evidence files"},
        {"Certificate", "Amendments"},
        {"Certificate", "Signatures"},
        {"Certificate", "Classification before"},
        {"Certificate", "OVERRIDE: a method weaker than the minimum was used"},
        {"DisposalField", "Method"},
        {"DisposalField", "Technique"},
        {"DisposalField", "Verification"},
        {"DisposalField", "Destination after sanitisation"},
        {"DisposalField", "Minimum method"},
        {"DisposalField", "Performed by"},
        {"DisposalField", "Validated by"},
        {"DisposalField", "Source (user / host)"},
        {"DisposalCodes", "Purge"},
        {"DisposalCodes", "Cryptographic erase"},
        {"DisposalCodes", "Quick sampling"},
        {"DisposalCodes", "Recycling"},
        {"DisposalCodes", "Passed"},
        {"Classification", "Restricted"},
        {"DisposalRecordDialog", "Evidence files (%1)"},
    };
    for (const auto &[context, source] : phrases) {
        QString japanese = catalogue.translate(context, source);
        QVERIFY2(!japanese.isEmpty(), source);
        japanese.remove(QStringLiteral("（%1）")).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(flat.contains(japanese), qPrintable(QStringLiteral("'%1' (%2) is not printed as the catalogue says")
                                                         .arg(japanese, QString::fromUtf8(source))));
    }
    // The terms of the practice (one term per concept), and none of the texts that had drifted from them.
    for (const char *term : {"データ消去証明書", "消去方式", "消去技術", "消去後の処分先", "最低限の消去方式",
                             "証跡ファイル", "訂正記録", "【最低基準の例外】"})
        QVERIFY2(flat.contains(QString::fromUtf8(term)), term);
    for (const char *drifted : {"証拠ファイル", "消去前の分類", "訂正の記録", "例外:", "最低基準を下回る理由"})
        QVERIFY2(!flat.contains(QString::fromUtf8(drifted)), drifted);
}

void TestCertificate::noPhraseOutsideTheCatalogue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("ui");
    QTest::newRow("English while the UI is Japanese") << "en"
                                                      << "ja";
    QTest::newRow("Japanese while the UI is English") << "ja"
                                                      << "en";
    QTest::newRow("Japanese while the UI is Japanese") << "ja"
                                                       << "ja";
}

void TestCertificate::noPhraseOutsideTheCatalogue()
{
    QFETCH(QString, language);
    QFETCH(QString, ui);
    QVERIFY(Language::instance().setLanguage(ui, false));
    const std::optional<CertificateData> data = collect(0, language);
    QVERIFY(data);
    QString text = pdfText(*data);
    QVERIFY(!text.isEmpty());
    QCOMPARE(Language::instance().current(), ui); // the window's language is back
    // What is left once the record's own texts are taken out is the certificate's wording.
    QStringList printedData = m_data;
    std::sort(printedData.begin(), printedData.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (QString value : std::as_const(printedData)) {
        value.remove(QRegularExpression(QStringLiteral("\\s")));
        if (!value.isEmpty())
            text.remove(value);
    }
    if (language == QLatin1String("en")) {
        // Kana, kanji, Japanese punctuation and full-width forms.
        static const QRegularExpression japanese(
            QStringLiteral("[\\x{3000}-\\x{30FF}\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]+"));
        const QRegularExpressionMatch match = japanese.match(text);
        QVERIFY2(
            !match.hasMatch(),
            qPrintable(QStringLiteral("Japanese '%1' in the English certificate:\n%2").arg(match.captured(), text)));
    } else {
        // Latin words left are English phrases; the certificate has none but the names of standards and units.
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
        // HDD and SSD are how Japanese names those media too.
        const QStringList allowed = {QStringLiteral("SHA"), QStringLiteral("No"), QStringLiteral("HDD"),
                                     QStringLiteral("SSD")};
        for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
            const QString found = it.next().captured();
            QVERIFY2(allowed.contains(found),
                     qPrintable(QStringLiteral("English '%1' in the Japanese certificate:\n%2").arg(found, text)));
        }
    }
}

QTEST_MAIN(TestCertificate)
#include "test_certificate.moc"
