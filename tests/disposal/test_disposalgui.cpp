// The disposal windows on the offscreen platform: recording a job in the dialog (minimum method shown, a weaker method
// flagged and refused until a reason is given, a failed verification refused), the record view with evidence,
// amendments and the certificate, the due-for-disposal view, and the Disposal menu in the main window. Item models run
// under QAbstractItemModelTester. DISPOSAL_SCREENSHOTS=folder saves pictures of the windows for a person to look at.
#include "disposal/amendmentdialog.h"
#include "disposal/disposalactions.h"
#include "disposal/disposaldialog.h"
#include "disposal/disposalitemsmodel.h"
#include "disposal/disposalrecorddialog.h"
#include "disposal/dueassetsmodel.h"
#include "disposal/duedisposaldialog.h"
#include "disposal/evidencefolder.h"
#include "disposal/minimummethodsdialog.h"
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "service/assetservice.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"
#include "testregistry.h"
#include <QTreeWidget>

class TestDisposalGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dialogFlagsAndRefusesOverride();
    void dialogRefusesFailedVerification();
    void dialogChecksAsTheFormIsFilled();
    void dialogRemovesFailedMedium();
    void dialogAsksBeforeDiscardingInput();
    void itemsModel();
    void recordViewEvidenceAmendmentCertificate();
    void evidenceFolderIsPrivate();
    void evidenceReadErrorIsNotAMismatch();
    void dueView();
    void minimumMethods();
    void mainWindowMenu();

private:
    qint64 createAsset(const QString &name, int confidentiality, const QDate &retention = {});
    void fillPeople(DisposalDialog &dialog);
    void screenshot(QWidget *widget, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestDisposalGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    Registry::CreateOptions options;
    options.organisation = QStringLiteral("山田市 情報政策課");
    m_registry = Registry::create(m_dir->filePath(QStringLiteral("registry.sqlite")), options, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("kanri@pc-01"));
}

void TestDisposalGui::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

qint64 TestDisposalGui::createAsset(const QString &name, int confidentiality, const QDate &retention)
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = name;
    asset.department = QStringLiteral("人事課");
    asset.owner = QStringLiteral("山田 太郎");
    asset.assetType = QStringLiteral("media");
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("職員の人事情報");
    asset.retentionUntil = retention;
    TestRegistry::conform(&asset, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    return created.ok() ? created.value->id : 0;
}

void TestDisposalGui::fillPeople(DisposalDialog &dialog)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("performerName"))->setText(QStringLiteral("田中 一郎"));
    dialog.findChild<QLineEdit *>(QStringLiteral("performerTitle"))->setText(QStringLiteral("主任"));
    dialog.findChild<QLineEdit *>(QStringLiteral("validatorName"))->setText(QStringLiteral("鈴木 花子"));
    // Every medium of these tests is a hard disk.
    QAbstractItemModel *items = dialog.findChild<QTableView *>(QStringLiteral("itemsView"))->model();
    for (int row = 0; row < items->rowCount(); ++row) {
        items->setData(items->index(row, DisposalItemsModel::MediaType), QStringLiteral("hdd"));
        items->setData(items->index(row, DisposalItemsModel::Result), QStringLiteral("passed"));
    }
}

void TestDisposalGui::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DISPOSAL_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

void TestDisposalGui::dialogFlagsAndRefusesOverride()
{
    const qint64 restricted = createAsset(QStringLiteral("人事評価データ"), 3);
    const qint64 open = createAsset(QStringLiteral("公開資料"), 1);
    DisposalDialog dialog(*m_registry, {restricted, open});
    QVERIFY(dialog.loadError().isEmpty());
    auto *banner = dialog.findChild<QLabel *>(QStringLiteral("ruleBanner"));
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    auto *technique = dialog.findChild<QComboBox *>(QStringLiteral("technique"));
    QCOMPARE(method->currentData().toString(), QStringLiteral("destroy"));
    QVERIFY2(!banner->text().contains(QStringLiteral("Override")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Destroy")));

    // A weaker method is flagged at once and only techniques of that method are offered.
    method->setCurrentIndex(method->findData(QStringLiteral("purge")));
    QVERIFY2(banner->text().contains(QStringLiteral("Override")), qPrintable(banner->text()));
    const auto items = dialog.findChild<QTableView *>(QStringLiteral("itemsView"))->model();
    QVERIFY(items->index(0, DisposalItemsModel::MinimumMethod).data(DisposalItemsModel::OverrideRole).toBool());
    QVERIFY(!items->index(1, DisposalItemsModel::MinimumMethod).data(DisposalItemsModel::OverrideRole).toBool());
    QVERIFY(technique->findData(QStringLiteral("shred")) < 0);
    QVERIFY(technique->findData(QStringLiteral("crypto_erase")) >= 0);
    technique->setCurrentIndex(technique->findData(QStringLiteral("crypto_erase")));
    fillPeople(dialog);
    items->setData(items->index(0, DisposalItemsModel::SerialNo), QStringLiteral("SN-001"));
    items->setData(items->index(1, DisposalItemsModel::SerialNo), QStringLiteral("SN-002"));
    screenshot(&dialog, QStringLiteral("record-dialog-override"));

    // Recording without a reason is refused in the dialog, which stays open and says why.
    const int asked = MessageBox::count();
    dialog.record();
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().contains(QStringLiteral("reason")), qPrintable(problems->text()));
    QCOMPARE(MessageBox::count(), asked);
    QVERIFY(!dialog.recordedJob());

    dialog.findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"))
        ->setPlainText(QStringLiteral("リース品のため物理破壊できない"));
    QVERIFY(banner->text().contains(QStringLiteral("flagged")));
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.record();
    QVERIFY2(!dialog.recordedJob(), "the confirmation was declined");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.record();
    QVERIFY2(dialog.recordedJob(), qPrintable(problems->text()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.recordedJob()->hasOverride());
    QCOMPARE(m_registry->assets().byId(restricted)->status, QStringLiteral("disposed"));
    QCOMPARE(m_registry->assets().byId(open)->status, QStringLiteral("disposed"));
    const std::optional<DisposalJob> stored = m_registry->disposal().job(dialog.recordedJob()->id);
    QCOMPARE(stored->items.at(1).serialNo, QStringLiteral("SN-002"));
    QCOMPARE(stored->performedBy.title, QStringLiteral("主任"));

    // A disposed asset cannot be disposed of again: the dialog says so before anything is typed.
    DisposalDialog again(*m_registry, {restricted});
    QVERIFY(!again.loadError().isEmpty());
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("recordButton"))->isEnabled());
}

void TestDisposalGui::dialogRefusesFailedVerification()
{
    const qint64 id = createAsset(QStringLiteral("USBメモリ"), 2);
    DisposalDialog dialog(*m_registry, {id});
    fillPeople(dialog);
    QAbstractItemModel *items = dialog.findChild<QTableView *>(QStringLiteral("itemsView"))->model();
    QVERIFY(items->setData(items->index(0, DisposalItemsModel::Result), QStringLiteral("failed")));
    dialog.record();
    QVERIFY(!dialog.recordedJob());
    const QString problems = dialog.findChild<QLabel *>(QStringLiteral("problems"))->text();
    QVERIFY2(problems.contains(QStringLiteral("failed")), qPrintable(problems));
    QCOMPARE(m_registry->assets().byId(id)->status, QStringLiteral("in_use"));
}

void TestDisposalGui::dialogChecksAsTheFormIsFilled()
{
    const qint64 id = createAsset(QStringLiteral("USBメモリ"), 2);
    DisposalDialog dialog(*m_registry, {id});
    dialog.resize(1180, 820);
    dialog.show();
    QAbstractItemModel *items = dialog.findChild<QTableView *>(QStringLiteral("itemsView"))->model();
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
    auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("warnings"));
    // The verification result is an explicit choice: it starts empty, and recording without it is refused.
    QVERIFY(items->index(0, DisposalItemsModel::Result).data(Qt::EditRole).toString().isEmpty());
    QVERIFY(dialog.job().items.at(0).result.isEmpty());
    items->setData(items->index(0, DisposalItemsModel::MediaType), QStringLiteral("hdd"));
    auto *performer = dialog.findChild<QLineEdit *>(QStringLiteral("performerName"));
    auto *validator = dialog.findChild<QLineEdit *>(QStringLiteral("validatorName"));
    performer->setText(QStringLiteral("田中 一郎"));
    dialog.record();
    QVERIFY(!dialog.recordedJob());
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().contains(QStringLiteral("verification result")), qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(QStringLiteral("validated")), qPrintable(problems->text()));
    QCoreApplication::processEvents();
    QWidget *media = dialog.findChild<QTableView *>(QStringLiteral("itemsView"))->parentWidget();
    const QRect mediaBefore = media->geometry();
    const int problemsHeight = problems->height();

    // Each problem disappears as soon as it is fixed, and the form does not jump when the last one goes.
    items->setData(items->index(0, DisposalItemsModel::Result), QStringLiteral("passed"));
    QVERIFY2(!problems->text().contains(QStringLiteral("verification result")), qPrintable(problems->text()));
    QVERIFY(problems->text().contains(QStringLiteral("validated")));
    validator->setText(QStringLiteral("鈴木 花子"));
    QVERIFY(problems->isHidden());
    QCoreApplication::processEvents();
    QCOMPARE(media->geometry(), mediaBefore);
    QCOMPARE(problems->height(), problemsHeight);

    // The same person as validator is a warning from the service, not a refusal; so is a disposal without evidence.
    QVERIFY(!warnings->isHidden());
    QVERIFY2(warnings->text().contains(QStringLiteral("No evidence file")), qPrintable(warnings->text()));
    QVERIFY(!warnings->text().contains(QStringLiteral("both performed and validated")));
    validator->setText(QStringLiteral("田中　一郎"));
    QVERIFY2(warnings->text().contains(QStringLiteral("both performed and validated")), qPrintable(warnings->text()));
    validator->setText(QStringLiteral("鈴木 花子"));
    QVERIFY(!warnings->text().contains(QStringLiteral("both performed and validated")));
    QVERIFY(dialog.addEvidenceFile(TestFiles::write(*m_dir, QStringLiteral("写真.png"), QByteArrayLiteral("PNG"))));
    QVERIFY(warnings->isHidden());

    // The warnings are asked about once more before the record is made.
    validator->setText(QStringLiteral("田中 一郎"));
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.record();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("both performed and validated")));
    QVERIFY(!dialog.recordedJob());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.record();
    QVERIFY2(dialog.recordedJob(), qPrintable(problems->text()));
}

void TestDisposalGui::dialogRemovesFailedMedium()
{
    const qint64 good = createAsset(QStringLiteral("ノートPC"), 2);
    const qint64 bad = createAsset(QStringLiteral("外付けHDD"), 2);
    DisposalDialog dialog(*m_registry, {good, bad});
    fillPeople(dialog);
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("itemsView"));
    QAbstractItemModel *items = view->model();
    QVERIFY(items->setData(items->index(1, DisposalItemsModel::Result), QStringLiteral("failed")));
    dialog.record();
    QVERIFY(!dialog.recordedJob());
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeItem"));
    QVERIFY(!remove->isEnabled());
    view->setCurrentIndex(items->index(1, DisposalItemsModel::Result));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QCOMPARE(items->rowCount(), 1);
    QCOMPARE(dialog.job().items.at(0).assetId, good);
    // The failure left with its medium, and the last asset cannot be removed.
    QVERIFY2(!dialog.findChild<QLabel *>(QStringLiteral("problems"))->text().contains(QStringLiteral("failed")),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("problems"))->text()));
    QVERIFY(!dialog.removeItem(0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.record();
    QVERIFY(dialog.recordedJob());
    QCOMPARE(m_registry->assets().byId(good)->status, QStringLiteral("disposed"));
    QCOMPARE(m_registry->assets().byId(bad)->status, QStringLiteral("in_use"));
}

void TestDisposalGui::dialogAsksBeforeDiscardingInput()
{
    const qint64 id = createAsset(QStringLiteral("USBメモリ"), 2);
    {
        // Nothing typed: Esc closes without asking.
        DisposalDialog dialog(*m_registry, {id});
        dialog.show();
        const int asked = MessageBox::count();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(MessageBox::count(), asked);
        QVERIFY(dialog.isHidden());
    }
    DisposalDialog dialog(*m_registry, {id});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("performerName")), QStringLiteral("Tanaka"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not been saved")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
    QVERIFY(dialog.isHidden());

    // A value chosen in the media table counts as input too.
    DisposalDialog table(*m_registry, {id});
    table.show();
    QAbstractItemModel *items = table.findChild<QTableView *>(QStringLiteral("itemsView"))->model();
    items->setData(items->index(0, DisposalItemsModel::SerialNo), QStringLiteral("SN-9"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    table.reject();
    QVERIFY(table.isVisible());
}

void TestDisposalGui::itemsModel()
{
    const qint64 first = createAsset(QStringLiteral("A"), 3);
    const qint64 second = createAsset(QStringLiteral("B"), 1);
    DisposalService &service = m_registry->disposal();
    DisposalItemsModel model(m_registry.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(service.draft({first, second}).value->items);
    model.setMethod(QStringLiteral("clear"));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, DisposalItemsModel::MinimumMethod).data().toString().contains(QStringLiteral("override")));
    QVERIFY(!(model.flags(model.index(0, DisposalItemsModel::AssetNo)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, DisposalItemsModel::SerialNo)) & Qt::ItemIsEditable);
    QVERIFY(!model.setData(model.index(0, DisposalItemsModel::Backup), QStringLiteral("maybe")));
    QVERIFY(model.setData(model.index(0, DisposalItemsModel::Backup), QStringLiteral("yes")));
    QCOMPARE(model.items().at(0).backup, QStringLiteral("yes"));
    model.setEditable(false);
    QVERIFY(!(model.flags(model.index(0, DisposalItemsModel::SerialNo)) & Qt::ItemIsEditable));
    model.setMinimumMethods({QStringLiteral("clear"), QStringLiteral("clear")});
    QVERIFY(!model.index(0, DisposalItemsModel::MinimumMethod).data(DisposalItemsModel::OverrideRole).toBool());
}

void TestDisposalGui::recordViewEvidenceAmendmentCertificate()
{
    const qint64 first = createAsset(QStringLiteral("人事評価データ"), 3);
    const qint64 second = createAsset(QStringLiteral("会議録"), 2);
    DisposalService &service = m_registry->disposal();
    DisposalJob job = *service.draft({first, second}).value;
    for (DisposalItem &item : job.items)
        item.mediaType = QStringLiteral("hdd");
    job.performedBy = {QStringLiteral("田中 一郎"), QStringLiteral("主任"), QStringLiteral("情報政策課"),
                       QDate::currentDate()};
    job.validatedBy = {QStringLiteral("鈴木 花子"), QStringLiteral("課長"), QStringLiteral("情報政策課"),
                       QDate::currentDate()};
    job.items[0].serialNo = QStringLiteral("SN-AAA");
    job.items[1].serialNo = QStringLiteral("SN-BBB");
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4 contractor certificate");
    const Result<DisposalJob> recorded = service.record(job, {{QStringLiteral("委託先証明書.pdf"), {}, pdf}});
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));

    DisposalRecordDialog dialog(*m_registry, recorded.value->id);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("evidenceTree"))->topLevelItemCount(), 1);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("heading"))->text().contains(recorded.value->jobNo));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("overrideBanner"))->isHidden());

    // The evidence opens as a private copy of exactly the bytes kept.
    const QString copy = dialog.exportEvidenceToTemporaryFile(0);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    QVERIFY(copy.startsWith(EvidenceFolder::instance().path() + QLatin1Char('/')));

    // An amendment: the original value stays, the corrected one is shown and marked.
    AmendmentDialog amendment(service, dialog.effectiveJob(), &dialog);
    QVERIFY(amendment.select(recorded.value->items.at(1).id, QStringLiteral("serial_no")));
    amendment.setNewValue(QStringLiteral("SN-BBB-2"));
    amendment.save();
    QCOMPARE(amendment.result(), int(QDialog::Rejected));
    QVERIFY(!amendment.findChild<QLabel *>(QStringLiteral("problems"))->isHidden()); // no reason given
    amendment.setReason(QStringLiteral("転記ミス"));
    amendment.save();
    QCOMPARE(amendment.result(), int(QDialog::Accepted));
    QVERIFY(amendment.select(0, QStringLiteral("contractor")));
    amendment.setNewValue(QStringLiteral("株式会社データ消去サービス"));
    amendment.setReason(QStringLiteral("記入漏れ"));
    amendment.save();
    dialog.reload();
    QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("amendmentTree"))->topLevelItemCount(), 2);
    auto *contractor = dialog.findChild<QLabel *>(QStringLiteral("value_contractor"));
    QVERIFY2(contractor->text().contains(QStringLiteral("株式会社データ消去サービス")), qPrintable(contractor->text()));
    QVERIFY(contractor->text().contains(QStringLiteral("amended")));
    QCOMPARE(service.job(recorded.value->id)->contractor, QString());
    const QAbstractItemModel *items = dialog.findChild<QTableView *>(QStringLiteral("itemsView"))->model();
    QVERIFY(items->index(1, DisposalItemsModel::SerialNo).data().toString().contains(QStringLiteral("SN-BBB-2")));
    screenshot(&dialog, QStringLiteral("record-view"));

    // The certificate is saved as a PDF through the file dialog seam, in the chosen language.
    const QString pdfPath = m_dir->filePath(QStringLiteral("certificate.pdf"));
    dialog.setCertificateLanguage(QStringLiteral("ja"));
    FileDialog::setNextFileName(pdfPath);
    dialog.saveCertificate();
    QFile certificate(pdfPath);
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    QVERIFY(certificate.read(5) == "%PDF-");
}

void TestDisposalGui::evidenceFolderIsPrivate()
{
    constexpr QFileDevice::Permissions everyone = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;
    QString removedPath;
    {
        EvidenceFolder folder;
        QVERIFY(folder.isValid());
        removedPath = folder.path();
        QCOMPARE(QFileInfo(folder.path()).permissions() & everyone, QFileDevice::Permissions());
        QString error;
        const QString first = folder.write(7, QStringLiteral("証明書.pdf"), QByteArrayLiteral("first"), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("証明書.pdf"));
        QCOMPARE(QFileInfo(first).permissions() & everyone, QFileDevice::Permissions());
        QVERIFY(QFileInfo(first).permissions() & QFileDevice::ReadOwner);
        QCOMPARE(QFileInfo(QFileInfo(first).path()).permissions() & everyone, QFileDevice::Permissions());
        // Two files of the same name stay apart; a name with a path stays inside the folder.
        const QString second = folder.write(8, QStringLiteral("証明書.pdf"), QByteArrayLiteral("second"), &error);
        QVERIFY(second != first);
        const QString escaped = folder.write(9, QStringLiteral("../../../etc/x.pdf"), QByteArrayLiteral("x"), &error);
        QCOMPARE(escaped, folder.path() + QStringLiteral("/9/x.pdf"));
        QCOMPARE(folder.write(10, QStringLiteral(".."), QByteArrayLiteral("x"), &error),
                 folder.path() + QStringLiteral("/10/evidence"));
        // A copy changed in a viewer is written again with the recorded bytes.
        {
            QFile changed(first);
            QVERIFY(changed.open(QIODevice::WriteOnly));
            changed.write("changed in the viewer");
        }
        QCOMPARE(folder.write(7, QStringLiteral("証明書.pdf"), QByteArrayLiteral("first"), &error), first);
        QFile reread(first);
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll(), QByteArrayLiteral("first"));
        // A failure is reported, not passed over: here the name is taken by a folder, which no one can remove as a
        // file (not even root, as CI runs).
        QVERIFY(QDir().mkpath(folder.path() + QStringLiteral("/11/blocked.pdf/inside")));
        error.clear();
        QVERIFY(folder.write(11, QStringLiteral("blocked.pdf"), QByteArrayLiteral("x"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("blocked.pdf")), qPrintable(error));
    }
    // The folder goes with its owner (the application's goes when it ends).
    QVERIFY(!QFileInfo::exists(removedPath));
}

void TestDisposalGui::evidenceReadErrorIsNotAMismatch()
{
    const qint64 id = createAsset(QStringLiteral("人事評価データ"), 1);
    DisposalService &service = m_registry->disposal();
    DisposalJob job = *service.draft({id}).value;
    for (DisposalItem &item : job.items)
        item.mediaType = QStringLiteral("hdd");
    job.performedBy = {QStringLiteral("田中 一郎"), {}, {}, QDate::currentDate()};
    job.validatedBy = {QStringLiteral("鈴木 花子"), {}, {}, QDate::currentDate()};
    const Result<DisposalJob> recorded =
        service.record(job, {{QStringLiteral("委託先証明書.pdf"), {}, QByteArrayLiteral("%PDF-1.4 certificate")}});
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    DisposalRecordDialog dialog(*m_registry, recorded.value->id);
    QVERIFY(dialog.isValid());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.verifyEvidence();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("match")), qPrintable(MessageBox::lastText()));

    // The content can no longer be read at all (its column is gone), while the list of files still can.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
        db.setDatabaseName(m_registry->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE disposal_evidence RENAME COLUMN content TO moved")),
                 qPrintable(query.lastError().text()));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("break"));
    dialog.reload();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.verifyEvidence();
    const QString verified = MessageBox::lastText();
    QVERIFY2(verified.contains(QStringLiteral("could not be read")), qPrintable(verified));
    QVERIFY2(verified.contains(QStringLiteral("Could not read an evidence file")), qPrintable(verified));
    QVERIFY2(!verified.contains(QStringLiteral("no longer match")), qPrintable(verified));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(dialog.exportEvidenceToTemporaryFile(0).isEmpty());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Could not read an evidence file")),
             qPrintable(MessageBox::lastText()));
}

void TestDisposalGui::dueView()
{
    const QDate today = QDate::currentDate();
    createAsset(QStringLiteral("期限切れ"), 1, today.addDays(-5));
    createAsset(QStringLiteral("来週まで"), 1, today.addDays(7));
    createAsset(QStringLiteral("来年まで"), 1, today.addDays(300));
    DueDisposalDialog dialog(m_registry.get());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->withinDays(), 30);
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(dialog.model()->index(0, DueAssetsModel::Name).data().toString(), QStringLiteral("期限切れ"));
    dialog.setWithinDays(0);
    QCOMPARE(dialog.model()->rowCount(), 1);
    dialog.setWithinDays(365);
    QCOMPARE(dialog.model()->rowCount(), 3);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QLatin1Char('3')));
    dialog.model()->setLimit(2);
    dialog.refresh();
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(dialog.model()->totalCount(), 3);

    QList<qint64> requested;
    connect(&dialog, &DueDisposalDialog::recordDisposalRequested, this,
            [&requested](const QList<qint64> &ids) { requested = ids; });
    dialog.view()->selectRow(1);
    dialog.findChild<QPushButton *>(QStringLiteral("recordButton"))->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst(), dialog.model()->index(1, 0).data(DueAssetsModel::AssetIdRole).toLongLong());
    screenshot(&dialog, QStringLiteral("due-view"));
}

void TestDisposalGui::minimumMethods()
{
    MinimumMethodsDialog dialog(*m_registry);
    // Raising level 2 to Destroy and level 1 to Purge at once is applied in an order the rule accepts.
    dialog.levelCombo(2)->setCurrentIndex(dialog.levelCombo(2)->findData(QStringLiteral("destroy")));
    dialog.levelCombo(1)->setCurrentIndex(dialog.levelCombo(1)->findData(QStringLiteral("purge")));
    dialog.save();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const DisposalRule rule = m_registry->disposal().rule();
    QCOMPARE(rule.levelMinimum(1), QStringLiteral("purge"));
    QCOMPARE(rule.levelMinimum(2), QStringLiteral("destroy"));

    // Level 3 weaker than level 2 is refused and stays open.
    MinimumMethodsDialog second(*m_registry);
    second.levelCombo(3)->setCurrentIndex(second.levelCombo(3)->findData(QStringLiteral("clear")));
    second.save();
    QVERIFY(second.result() != int(QDialog::Accepted));
    QCOMPARE(m_registry->disposal().rule().levelMinimum(3), QStringLiteral("destroy"));
}

void TestDisposalGui::mainWindowMenu()
{
    const qint64 id = createAsset(QStringLiteral("旧ファイルサーバ"), 2);
    MainWindow window;
    // The window remembers "show disposed assets"; this test starts from the default.
    window.showDisposedAction()->setChecked(false);
    auto *actions = new DisposalActions(&window);
    window.setRegistry(std::move(m_registry));
    Registry *registry = window.registry();
    QVERIFY(window.menuBar()->actions().contains(actions->menu()->menuAction()));
    QVERIFY(window.assetMenu()->actions().contains(actions->recordAction()));
    QVERIFY(actions->dueAction()->isEnabled());
    QVERIFY(window.selectAsset(id));
    actions->updateActions();
    QVERIFY(actions->recordAction()->isEnabled());
    QVERIFY(!actions->showRecordAction()->isEnabled());

    // Record the disposal through the service, as the dialog does; the window then shows the asset as disposed.
    DisposalService &service = registry->disposal();
    DisposalJob job = *service.draft({id}).value;
    for (DisposalItem &item : job.items)
        item.mediaType = QStringLiteral("hdd");
    job.performedBy = {QStringLiteral("田中"), {}, {}, QDate::currentDate()};
    job.validatedBy = {QStringLiteral("鈴木"), {}, {}, QDate::currentDate()};
    QVERIFY(service.record(job).ok());
    window.reload();
    // Disposed assets leave the active list.
    QVERIFY(!window.selectAsset(id));
    window.showDisposedAction()->trigger();
    QVERIFY(window.selectAsset(id));
    actions->updateActions();
    QVERIFY(!actions->recordAction()->isEnabled());
    QVERIFY(actions->showRecordAction()->isEnabled());

    // The menu follows the language: after a switch it shows the translation of the new language.
    QCOMPARE(actions->menu()->title(), QStringLiteral("&Disposal"));
    Language::instance().setLanguage(QStringLiteral("ja"), false);
    QCoreApplication::processEvents();
    QCOMPARE(actions->menu()->title(), QCoreApplication::translate("DisposalActions", "&Disposal"));
    QCOMPARE(actions->dueAction()->text(), QCoreApplication::translate("DisposalActions", "Assets &Due for Disposal…"));
    Language::instance().setLanguage(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
    QCOMPARE(actions->menu()->title(), QStringLiteral("&Disposal"));
    window.showDisposedAction()->setChecked(false);
    m_registry = nullptr;
}

QTEST_MAIN(TestDisposalGui)
#include "test_disposalgui.moc"
