// The ledger, import, export and settings actions of the application window, driven as a user would: the File menu
// entries, the import window's dry run and import, the export and print dialogs answered through their seams, and
// the registry settings saved with an audit event.
#include "testfiles.h"

#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/ledgeractions.h"
#include "dialogs/ledgerprintdialog.h"
#include "dialogs/registrysettingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "printing/printfonts.h"
#include "service/assetimport.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/settingsservice.h"
#include "service/syntheticassets.h"
#include "testregistry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// Answers the next modal dialog of type T once it is shown.
template <typename T> void whenShown(std::function<void(T *)> answer)
{
    QTimer::singleShot(0, [answer] {
        for (int attempt = 0; attempt < 200; ++attempt) {
            if (T *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                answer(dialog);
                return;
            }
            QTest::qWait(10);
        }
        qWarning("the expected dialog was not shown");
    });
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestLedgerActions final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void menuEntries();
    void importWindow();
    void exportThroughTheDialog();
    void ledgerPdfThroughTheDialog();
    void settingsAreSavedAndAudited();

private:
    QString writeFile(const QString &name, const QString &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    LedgerActions *m_actions = nullptr;
    Registry *m_registry = nullptr;
};

void TestLedgerActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    Registry::CreateOptions options;
    options.organisation = QString::fromUtf8("株式会社サンプル");
    auto registry = Registry::create(m_dir->filePath(QStringLiteral("registry.sqlite")), options, &error);
    QVERIFY2(registry, qPrintable(error));
    registry->setActor(QStringLiteral("tester@workstation"));
    QVERIFY(
        registry->assets().createAssets(TestRegistry::generated(40, registry->scheme(), 9, QDate::currentDate())).ok());
    m_registry = registry.get();
    m_window = std::make_unique<MainWindow>();
    m_window->setRegistry(std::move(registry));
    m_actions = new LedgerActions(m_window.get());
}

void TestLedgerActions::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestLedgerActions::writeFile(const QString &name, const QString &text)
{
    return TestFiles::writeText(*m_dir, name, text);
}

void TestLedgerActions::menuEntries()
{
    const QList<QAction *> actions = m_window->fileMenu()->actions();
    for (QAction *action : {m_actions->printAction(), m_actions->previewAction(), m_actions->pdfAction(),
                            m_actions->importAction(), m_actions->exportAction(), m_actions->settingsAction()}) {
        QVERIFY(actions.contains(action));
        QVERIFY(action->isEnabled());
        QVERIFY(!action->text().isEmpty());
    }
    QCOMPARE(m_actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    // Closing the registry disables them.
    m_window->setRegistry(nullptr);
    QVERIFY(!m_actions->printAction()->isEnabled());
    QVERIFY(!m_actions->importAction()->isEnabled());
}

void TestLedgerActions::importWindow()
{
    const QString bad =
        writeFile(QStringLiteral("bad.csv"),
                  QString::fromUtf8("情報資産管理台帳,,,\r\n管理番号,情報資産名称,管理部署,管理責任者,機密性\r\n"
                                    ",顧客台帳,営業部,佐藤,2\r\n,,営業部,佐藤,4\r\n"));
    ImportDialog dialog(*m_registry);
    QVERIFY(dialog.loadFile(bad));
    QCOMPARE(dialog.columnsTable()->rowCount(), 5);
    QCOMPARE(dialog.previewTable()->rowCount(), 2);
    QVERIFY(!dialog.check());
    // Both problems of row 4: the level and the missing name.
    QCOMPARE(dialog.problemCount(), 2);
    QCOMPARE(dialog.problemsTable()->item(0, 0)->text(), QStringLiteral("4"));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importRows());
    const qint64 before = m_registry->assets().totalCount();

    const QString good = writeFile(QStringLiteral("good.csv"),
                                   QString::fromUtf8("資産,管理部署,管理責任者,機密性\r\n顧客台帳,営業部,佐藤,2\r\n"
                                                     "契約書,法務部,鈴木,1\r\n"));
    QVERIFY(dialog.loadFile(good));
    // "資産" is no heading the importer knows: the user maps it.
    QVERIFY(!dialog.check());
    dialog.setColumnField(0, AssetField::Name);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.check());
    QVERIFY(dialog.importButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(dialog.importRows());
    QCOMPARE(dialog.importedCount(), 2);
    QCOMPARE(m_registry->assets().totalCount(), before + 2);
}

void TestLedgerActions::exportThroughTheDialog()
{
    const QString path = m_dir->filePath(QStringLiteral("assets.xlsx"));
    FileDialog::setNextFileName(path);
    whenShown<ExportDialog>([](ExportDialog *dialog) {
        QCOMPARE(dialog->options().format, AssetExport::Format::Xlsx);
        dialog->accept();
    });
    m_actions->exportAssets();
    QVERIFY(QFile::exists(path));
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    QCOMPARE(import.dataRowCount(), int(m_registry->assets().count(m_window->currentFilter(), nullptr)));

    // CSV in Shift_JIS.
    const QString csv = m_dir->filePath(QStringLiteral("assets.csv"));
    FileDialog::setNextFileName(csv);
    whenShown<ExportDialog>([](ExportDialog *dialog) {
        dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(AssetExport::Format::Csv)));
        dialog->encodingCombo()->setCurrentIndex(dialog->encodingCombo()->findData(int(TextEncoding::Encoding::Cp932)));
        dialog->accept();
    });
    m_actions->exportAssets();
    QVERIFY(import.load(csv, &error));
    QCOMPARE(import.sourceDescription(), QStringLiteral("Shift_JIS (CP932)"));
}

void TestLedgerActions::ledgerPdfThroughTheDialog()
{
    if (PrintFonts::sourceFamily().isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("needs fonts-noto-cjk and poppler-utils");
    const QString path = m_dir->filePath(QStringLiteral("ledger.pdf"));
    FileDialog::setNextFileName(path);
    whenShown<LedgerPrintDialog>([](LedgerPrintDialog *dialog) {
        auto *grouping = dialog->findChild<QComboBox *>(QStringLiteral("grouping"));
        grouping->setCurrentIndex(grouping->findData(int(LedgerOptions::Grouping::Department)));
        dialog->findChild<QPushButton *>(QStringLiteral("pdfButton"))->click();
    });
    m_actions->printLedger(LedgerPrintDialog::Output::Pdf);
    QVERIFY(QFile::exists(path));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QString::fromUtf8("株式会社サンプル")));
    QVERIFY(text.contains(QStringLiteral("IA-000040")));
    // The grouping is remembered for the next print.
    QCOMPARE(LedgerPrintDialog::remembered().grouping, LedgerOptions::Grouping::Department);
}

void TestLedgerActions::settingsAreSavedAndAudited()
{
    const qint64 events = m_registry->audit().count();
    RegistrySettingsDialog dialog(*m_registry);
    dialog.organisationEdit()->setText(QString::fromUtf8("○○市 情報政策課"));
    dialog.labelEdit(3)->setText(QString::fromUtf8("極秘"));
    // The registry's own handling restrictions, one per line; blank lines are dropped.
    dialog.ownRestrictionsEdit()->setPlainText(QString::fromUtf8("印刷禁止\n\n FAX 送信禁止 \n"));
    QVERIFY(dialog.save());
    QCOMPARE(m_registry->settings().organisation(), QString::fromUtf8("○○市 情報政策課"));
    QCOMPARE(m_registry->settings().handlingLabel(3), QString::fromUtf8("極秘"));
    QCOMPARE(m_registry->settings().ownHandlingRestrictions(),
             (QStringList{QString::fromUtf8("印刷禁止"), QString::fromUtf8("FAX 送信禁止")}));
    QCOMPARE(m_registry->audit().count(), events + 3);
    // Saving again without changes writes nothing; clearing a label brings back the standard one.
    RegistrySettingsDialog again(*m_registry);
    QCOMPARE(again.labelEdit(3)->text(), QString::fromUtf8("極秘"));
    QCOMPARE(again.ownRestrictionsEdit()->toPlainText(), QString::fromUtf8("印刷禁止\nFAX 送信禁止"));
    QVERIFY(again.save());
    QCOMPARE(m_registry->audit().count(), events + 3);
    // A built-in name in the own list is refused and nothing is saved.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    again.ownRestrictionsEdit()->setPlainText(QString::fromUtf8("複製禁止"));
    QVERIFY(!again.save());
    QCOMPARE(m_registry->settings().ownHandlingRestrictions().size(), 2);
    again.ownRestrictionsEdit()->setPlainText(QString::fromUtf8("印刷禁止\nFAX 送信禁止"));
    again.labelEdit(3)->clear();
    QVERIFY(again.save());
    QCOMPARE(m_registry->settings().handlingLabel(3), m_registry->settings().defaultHandlingLabel(3));
}

QTEST_MAIN(TestLedgerActions)
#include "test_ledgeractions.moc"
