// The kinds of disposal and the media types in the windows, on the offscreen platform: the recording dialog offers only
// the techniques allowed on the media chosen (no degauss for an SSD), only Clear and Purge for a data deletion, which
// has no destination and no media type; drilling shows its caution; the minimum-methods dialog edits the minimums of
// both kinds and the personal-information floors; the record list and view show the kind. DISPOSAL_SCREENSHOTS=folder
// saves pictures of the windows in English and Japanese for a person to look at.
#include "testfiles.h"
#include "testregistry.h"

#include "disposal/disposaldialog.h"
#include "disposal/disposalitemsmodel.h"
#include "disposal/disposalrecorddialog.h"
#include "disposal/disposalrecordsdialog.h"
#include "disposal/minimummethodsdialog.h"
#include "i18n/language.h"
#include "service/disposalservice.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeWidget>

class TestDisposalKindsGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void techniquesFollowTheMediaType();
    void dataDeletionInTheDialog();
    void drillingShowsItsCaution();
    void minimumMethodsOfBothKindsAndFloors();
    void recordsShowTheKind();

private:
    qint64 createAsset(int confidentiality, const QString &personalInfo = QStringLiteral("none"));
    static QStringList codes(const QComboBox *combo);
    static QAbstractItemModel *items(DisposalDialog &dialog);
    void screenshot(QWidget *widget, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestDisposalKindsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
}

void TestDisposalKindsGui::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_registry.reset();
    m_dir.reset();
}

qint64 TestDisposalKindsGui::createAsset(int confidentiality, const QString &personalInfo)
{
    Asset asset = TestRegistry::validAsset(*m_registry, QStringLiteral("人事評価データ"));
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("職員の人事情報");
    asset.personalInfo = personalInfo;
    if (personalInfo != QLatin1String("none"))
        asset.subjectCount = 300;
    asset.retentionUntil = QDate::currentDate().addYears(1);
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created.ok())
        qFatal("%s", qPrintable(created.error));
    return created.value->id;
}

QStringList TestDisposalKindsGui::codes(const QComboBox *combo)
{
    QStringList result;
    for (int index = 0; index < combo->count(); ++index)
        result << combo->itemData(index).toString();
    return result;
}

QAbstractItemModel *TestDisposalKindsGui::items(DisposalDialog &dialog)
{
    return dialog.findChild<QTableView *>(QStringLiteral("itemsView"))->model();
}

void TestDisposalKindsGui::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DISPOSAL_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        Language::instance().setLanguage(language, false);
        widget->show();
        // Rows made again after the language changed are shown by queued events.
        QTest::qWait(100);
        widget->grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, language)));
    }
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestDisposalKindsGui::techniquesFollowTheMediaType()
{
    const qint64 id = createAsset(2);
    DisposalDialog dialog(*m_registry, {id});
    QVERIFY(dialog.loadError().isEmpty());
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    auto *technique = dialog.findChild<QComboBox *>(QStringLiteral("technique"));
    QCOMPARE(kind->currentData().toString(), QStringLiteral("media"));
    QCOMPARE(codes(method), (QStringList{QStringLiteral("clear"), QStringLiteral("purge"), QStringLiteral("destroy")}));
    QCOMPARE(method->currentData().toString(), QStringLiteral("purge"));

    // An SSD: no degaussing, no overwrite as Purge.
    QAbstractItemModel *model = items(dialog);
    QVERIFY(model->setData(model->index(0, DisposalItemsModel::MediaType), QStringLiteral("ssd")));
    QCOMPARE(model->index(0, DisposalItemsModel::MediaType).data().toString(),
             QStringLiteral("Solid-state drive (SSD)"));
    QVERIFY(!codes(technique).contains(QStringLiteral("degauss")));
    QVERIFY(!codes(technique).contains(QStringLiteral("overwrite")));
    QVERIFY(codes(technique).contains(QStringLiteral("block_erase")));
    QVERIFY(codes(technique).contains(QStringLiteral("crypto_erase")));
    // A hard disk: degaussing and overwriting purge it.
    QVERIFY(model->setData(model->index(0, DisposalItemsModel::MediaType), QStringLiteral("Hard disk drive (HDD)")));
    QVERIFY(codes(technique).contains(QStringLiteral("degauss")));
    QVERIFY(codes(technique).contains(QStringLiteral("overwrite")));
    QVERIFY(!codes(technique).contains(QStringLiteral("block_erase")));
    // Paper: only Destroy techniques, and only 裁断, 溶解, 焼却.
    QVERIFY(model->setData(model->index(0, DisposalItemsModel::MediaType), QStringLiteral("paper")));
    QVERIFY(codes(technique).isEmpty());
    method->setCurrentIndex(method->findData(QStringLiteral("destroy")));
    QCOMPARE(codes(technique),
             (QStringList{QStringLiteral("shred"), QStringLiteral("melt"), QStringLiteral("incinerate")}));
    QVERIFY(!model->setData(model->index(0, DisposalItemsModel::MediaType), QStringLiteral("floppy")));
    screenshot(&dialog, QStringLiteral("disposal-media-paper"));
}

void TestDisposalKindsGui::dataDeletionInTheDialog()
{
    // Restricted data in a cloud service: Purge by the provider meets the data-deletion minimum, no override.
    const qint64 id = createAsset(3);
    DisposalDialog dialog(*m_registry, {id});
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    auto *technique = dialog.findChild<QComboBox *>(QStringLiteral("technique"));
    auto *destination = dialog.findChild<QComboBox *>(QStringLiteral("destination"));
    auto *banner = dialog.findChild<QLabel *>(QStringLiteral("ruleBanner"));
    QCOMPARE(method->currentData().toString(), QStringLiteral("destroy"));
    QAbstractItemModel *model = items(dialog);
    QVERIFY(model->setData(model->index(0, DisposalItemsModel::MediaType), QStringLiteral("ssd")));

    kind->setCurrentIndex(kind->findData(QStringLiteral("data")));
    QCOMPARE(codes(method), (QStringList{QStringLiteral("clear"), QStringLiteral("purge")}));
    QCOMPARE(method->currentData().toString(), QStringLiteral("purge"));
    QVERIFY(!destination->isEnabled());
    QCOMPARE(destination->currentIndex(), -1);
    QVERIFY2(!banner->text().contains(QStringLiteral("Override")), qPrintable(banner->text()));
    QCOMPARE(codes(technique), (QStringList{QStringLiteral("crypto_erase"), QStringLiteral("key_destruction"),
                                            QStringLiteral("provider_deletion"), QStringLiteral("other")}));
    // The media type chosen before no longer applies, and cannot be chosen.
    QVERIFY(model->index(0, DisposalItemsModel::MediaType).data().toString().isEmpty());
    QVERIFY(!(model->flags(model->index(0, DisposalItemsModel::MediaType)) & Qt::ItemIsEditable));

    technique->setCurrentIndex(technique->findData(QStringLiteral("provider_deletion")));
    dialog.findChild<QLineEdit *>(QStringLiteral("performerName"))->setText(QStringLiteral("田中 一郎"));
    dialog.findChild<QLineEdit *>(QStringLiteral("validatorName"))->setText(QStringLiteral("鈴木 花子"));
    dialog.findChild<QLineEdit *>(QStringLiteral("contractor"))->setText(QStringLiteral("クラウド事業者株式会社"));
    QVERIFY(model->setData(model->index(0, DisposalItemsModel::Result), QStringLiteral("passed")));
    // Without the provider's certificate or the deletion log the dialog says what is missing.
    dialog.record();
    const QString problems = dialog.findChild<QLabel *>(QStringLiteral("problems"))->text();
    QVERIFY2(problems.contains(QStringLiteral("deletion log")), qPrintable(problems));
    QVERIFY(dialog.addEvidenceFile(
        TestFiles::write(*m_dir, QStringLiteral("削除証明書.pdf"), QByteArrayLiteral("%PDF-1.4 provider"))));
    screenshot(&dialog, QStringLiteral("disposal-data-deletion"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.record();
    QVERIFY2(dialog.recordedJob(), qPrintable(dialog.findChild<QLabel *>(QStringLiteral("problems"))->text()));
    const std::optional<DisposalJob> stored = m_registry->disposal().job(dialog.recordedJob()->id);
    QCOMPARE(stored->kind, QStringLiteral("data"));
    QCOMPARE(stored->destination, QString());
    QCOMPARE(stored->technique, QStringLiteral("provider_deletion"));
    QVERIFY(!stored->hasOverride());
}

void TestDisposalKindsGui::drillingShowsItsCaution()
{
    const qint64 id = createAsset(1);
    DisposalDialog dialog(*m_registry, {id});
    auto *technique = dialog.findChild<QComboBox *>(QStringLiteral("technique"));
    auto *caution = dialog.findChild<QLabel *>(QStringLiteral("techniqueCaution"));
    QAbstractItemModel *model = items(dialog);
    QVERIFY(model->setData(model->index(0, DisposalItemsModel::MediaType), QStringLiteral("hdd")));
    QVERIFY(caution->isHidden());
    QVERIFY(codes(technique).contains(QStringLiteral("drill")));
    technique->setCurrentIndex(technique->findData(QStringLiteral("drill")));
    QVERIFY(!caution->isHidden());
    QVERIFY2(caution->text().contains(QStringLiteral("not Destroy")), qPrintable(caution->text()));
    // Drilling is no Destroy technique: it is not offered for Destroy.
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("destroy")));
    QVERIFY(!codes(technique).contains(QStringLiteral("drill")));
    QVERIFY(codes(technique).contains(QStringLiteral("crush")));
}

void TestDisposalKindsGui::minimumMethodsOfBothKindsAndFloors()
{
    MinimumMethodsDialog dialog(*m_registry);
    QComboBox *dataTop = dialog.levelCombo(QStringLiteral("data"), 3);
    QVERIFY(dataTop);
    QCOMPARE(dataTop->currentData().toString(), QStringLiteral("purge"));
    QCOMPARE(codes(dataTop), (QStringList{QStringLiteral("clear"), QStringLiteral("purge")}));
    QCOMPARE(dialog.levelCombo(3)->currentData().toString(), QStringLiteral("destroy"));
    QComboBox *myNumber = dialog.floorCombo(QStringLiteral("media"), QStringLiteral("my_number"));
    QCOMPARE(myNumber->currentData().toString(), QStringLiteral("destroy"));
    QCOMPARE(dialog.floorCombo(QStringLiteral("data"), QStringLiteral("my_number"))->currentData().toString(),
             QStringLiteral("purge"));
    QCOMPARE(dialog.floorCombo(QStringLiteral("media"), QStringLiteral("personal"))->currentData().toString(),
             QStringLiteral("purge"));
    screenshot(&dialog, QStringLiteral("minimum-methods"));

    // Raising personal information to Destroy and lowering data C2 to Clear at once.
    QComboBox *personal = dialog.floorCombo(QStringLiteral("media"), QStringLiteral("personal"));
    personal->setCurrentIndex(personal->findData(QStringLiteral("destroy")));
    QComboBox *dataTwo = dialog.levelCombo(QStringLiteral("data"), 2);
    dataTwo->setCurrentIndex(dataTwo->findData(QStringLiteral("clear")));
    dialog.save();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const DisposalRule rule = m_registry->disposal().rule();
    QCOMPARE(rule.floor(QStringLiteral("media"), QStringLiteral("personal")), QStringLiteral("destroy"));
    QCOMPARE(rule.levelMinimum(QStringLiteral("data"), 2), QStringLiteral("clear"));

    // My Number below personal information is refused and the dialog stays open.
    MinimumMethodsDialog second(*m_registry);
    QComboBox *lower = second.floorCombo(QStringLiteral("media"), QStringLiteral("my_number"));
    lower->setCurrentIndex(lower->findData(QStringLiteral("purge")));
    second.save();
    QVERIFY(second.result() != int(QDialog::Accepted));
    QVERIFY(!second.findChild<QLabel *>(QStringLiteral("problems"))->isHidden());
    QCOMPARE(m_registry->disposal().rule().floor(QStringLiteral("media"), QStringLiteral("my_number")),
             QStringLiteral("destroy"));
}

void TestDisposalKindsGui::recordsShowTheKind()
{
    const qint64 id = createAsset(2, QStringLiteral("personal"));
    DisposalJob job = *m_registry->disposal().draft({id}).value;
    QCOMPARE(job.items.at(0).minimumMethod, QStringLiteral("purge"));
    job.items[0].mediaType = QStringLiteral("hdd");
    job.method = QStringLiteral("clear");
    job.technique = QStringLiteral("drill");
    job.overrideReason = QStringLiteral("穴あけのみ実施");
    job.performedBy = {QStringLiteral("田中"), {}, {}, QDate::currentDate()};
    job.validatedBy = {QStringLiteral("山本"), {}, {}, QDate::currentDate()};
    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));

    DisposalRecordsDialog list(*m_registry);
    auto *tree = list.findChild<QTreeWidget *>(QStringLiteral("recordsTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Media sanitisation"));
    QVERIFY2(tree->topLevelItem(0)->text(5).contains(QStringLiteral("Hard disk drive (HDD)")),
             qPrintable(tree->topLevelItem(0)->text(5)));
    QVERIFY(tree->topLevelItem(0)->text(9).contains(QStringLiteral("Override")));
    QVERIFY(tree->topLevelItem(0)->text(9).contains(QStringLiteral("Drilling")));

    DisposalRecordDialog view(*m_registry, recorded.value->id);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("value_kind"))->text(), QStringLiteral("Media sanitisation"));
    const QString banner = view.findChild<QLabel *>(QStringLiteral("overrideBanner"))->text();
    QVERIFY2(banner.contains(QStringLiteral("not Destroy")), qPrintable(banner));
    QAbstractItemModel *model = view.findChild<QTableView *>(QStringLiteral("itemsView"))->model();
    QVERIFY(model->index(0, DisposalItemsModel::Classification).data().toString().contains(QStringLiteral("Personal")));
    screenshot(&view, QStringLiteral("disposal-record-drilled"));
}

QTEST_MAIN(TestDisposalKindsGui)
#include "test_disposalkindsgui.moc"
