// Recipients, receipt and use terms and medium class in the window: entered in the asset editor, saved and shown
// again; an asset of an earlier version shows no medium class; the table's columns and the printed ledger carry them.
// The baseline window shows and edits the conditions on parties and medium, and offers the default rules that a
// customised baseline lacks.
#include "controls/baselinedialog.h"
#include "domain/assetcodes.h"
#include "editor/asseteditor.h"
#include "i18n/language.h"
#include "models/assettablemodel.h"
#include "printing/ledgerdocument.h"
#include "service/assetservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "testregistry.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace {

template <typename T> T *field(const AssetEditor &editor, AssetField::Id id)
{
    return qobject_cast<T *>(editor.fieldWidget(AssetField::byId(id).keyString()));
}

} // namespace

class TestRecipientsGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editorRoundTrip();
    void earlierAssetHasNoMediumClass();
    void tableAndLedgerColumns();
    void baselineDialogShowsAndEditsConditions();
    void baselineDialogOffersMissingDefaults();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Registry> m_registry;
};

void TestRecipientsGui::initTestCase()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestRecipientsGui::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
}

void TestRecipientsGui::cleanup()
{
    m_registry.reset();
    delete m_dir;
    m_dir = nullptr;
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestRecipientsGui::editorRoundTrip()
{
    Asset draft = TestRegistry::validAsset(*m_registry, QStringLiteral("人流データ（統計）"));
    draft.retentionUntil = QDate(2031, 3, 31);
    auto editor = std::make_unique<AssetEditor>(*m_registry, draft);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
    // The labels name the fields as the ledger does.
    QCOMPARE(editor->fieldLabel(QStringLiteral("recipients"))->text(), QStringLiteral("Recipients:"));
    QCOMPARE(editor->fieldLabel(QStringLiteral("receipt_terms"))->text(), QStringLiteral("Receipt terms:"));
    QCOMPARE(editor->fieldLabel(QStringLiteral("use_terms"))->text(), QStringLiteral("Use terms:"));
    QCOMPARE(editor->fieldLabel(QStringLiteral("medium_class"))->text(), QStringLiteral("Medium class:"));
    QCOMPARE(editor->group(2)->title(), QStringLiteral("Data provision and outsourcing"));

    // Japanese text arrives as input-method commits, not key presses.
    field<QLineEdit>(*editor, AssetField::Provider)->insert(QStringLiteral("民間事業者"));
    field<QPlainTextEdit>(*editor, AssetField::ReceiptTerms)->insertPlainText(QStringLiteral("二次利用可"));
    field<QLineEdit>(*editor, AssetField::Recipients)->insert(QStringLiteral("△△大学"));
    field<QPlainTextEdit>(*editor, AssetField::UseTerms)->insertPlainText(QStringLiteral("研究目的に限る"));
    field<QLineEdit>(*editor, AssetField::Contractor)->insert(QStringLiteral("株式会社分析"));
    auto *medium = field<QComboBox>(*editor, AssetField::MediumClass);
    QVERIFY(medium);
    QCOMPARE(medium->currentText(), QStringLiteral("Not set"));
    QCOMPARE(medium->count(), 1 + int(AssetCodes::mediumClasses().size()));
    medium->setCurrentIndex(medium->findData(QStringLiteral("cloud")));
    QCOMPARE(medium->currentText(), QStringLiteral("External server or cloud service"));
    QVERIFY(editor->isModified());
    QVERIFY(editor->save());

    const Asset stored = *m_registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    QCOMPARE(stored.provider, QStringLiteral("民間事業者"));
    QCOMPARE(stored.receiptTerms, QStringLiteral("二次利用可"));
    QCOMPARE(stored.recipients, QStringLiteral("△△大学"));
    QCOMPARE(stored.useTerms, QStringLiteral("研究目的に限る"));
    QCOMPARE(stored.contractor, QStringLiteral("株式会社分析"));
    QCOMPARE(stored.mediumClass, QStringLiteral("cloud"));

    // Opened again, the editor shows what was saved and nothing counts as changed.
    editor = std::make_unique<AssetEditor>(*m_registry, stored);
    QCOMPARE(field<QLineEdit>(*editor, AssetField::Recipients)->text(), QStringLiteral("△△大学"));
    QCOMPARE(field<QPlainTextEdit>(*editor, AssetField::UseTerms)->toPlainText(), QStringLiteral("研究目的に限る"));
    QCOMPARE(field<QPlainTextEdit>(*editor, AssetField::ReceiptTerms)->toPlainText(), QStringLiteral("二次利用可"));
    QCOMPARE(field<QComboBox>(*editor, AssetField::MediumClass)->currentData().toString(), QStringLiteral("cloud"));
    QVERIFY(!editor->isModified());
    // Back to no medium class.
    field<QComboBox>(*editor, AssetField::MediumClass)->setCurrentIndex(0);
    QVERIFY(editor->isModified());
    QVERIFY(editor->save());
    QVERIFY(m_registry->assets().byAssetNo(QStringLiteral("IA-000001"))->mediumClass.isEmpty());

    // In Japanese, with the names of the code list.
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    QCoreApplication::processEvents(); // LanguageChange reaches the widgets through the event queue
    QCOMPARE(editor->fieldLabel(QStringLiteral("recipients"))->text(), QStringLiteral("提供先・利用者:"));
    auto *japaneseMedium = field<QComboBox>(*editor, AssetField::MediumClass);
    QCOMPARE(japaneseMedium->itemText(japaneseMedium->findData(QStringLiteral("cloud"))),
             QStringLiteral("社外サーバ・クラウド"));
}

void TestRecipientsGui::earlierAssetHasNoMediumClass()
{
    const Result<Asset> created = m_registry->assets().createAsset(TestRegistry::validAsset(*m_registry));
    QVERIFY(created.ok());
    AssetEditor editor(*m_registry, *created.value);
    QCOMPARE(field<QComboBox>(editor, AssetField::MediumClass)->currentIndex(), 0);
    QVERIFY(field<QComboBox>(editor, AssetField::MediumClass)->currentData().toString().isEmpty());
    QVERIFY(!editor.isModified());
    // Saving without touching it keeps it empty: the field is optional.
    field<QLineEdit>(editor, AssetField::Recipients)->setText(QStringLiteral("○○市"));
    QVERIFY(editor.save());
    const Asset stored = *m_registry->assets().byId(created.value->id);
    QVERIFY(stored.mediumClass.isEmpty());
    QCOMPARE(stored.recipients, QStringLiteral("○○市"));
}

void TestRecipientsGui::tableAndLedgerColumns()
{
    Asset asset = TestRegistry::validAsset(*m_registry, QStringLiteral("観光動態データ"));
    asset.recipients = QStringLiteral("○○観光協会");
    asset.useTerms = QStringLiteral("統計目的に限る");
    asset.receiptTerms = QStringLiteral("出典明記");
    asset.mediumClass = QStringLiteral("cloud");
    QVERIFY(m_registry->assets().createAsset(asset).ok());

    AssetTableModel model;
    model.setRegistry(m_registry.get());
    QCOMPARE(model.columnCount(), int(AssetField::Count));
    QCOMPARE(model.headerData(AssetField::Recipients, Qt::Horizontal).toString(), QStringLiteral("Recipients"));
    QCOMPARE(model.headerData(AssetField::MediumClass, Qt::Horizontal).toString(), QStringLiteral("Medium class"));
    QCOMPARE(model.data(model.index(0, AssetField::Recipients)).toString(), QStringLiteral("○○観光協会"));
    QCOMPARE(model.data(model.index(0, AssetField::UseTerms)).toString(), QStringLiteral("統計目的に限る"));
    QCOMPARE(model.data(model.index(0, AssetField::ReceiptTerms)).toString(), QStringLiteral("出典明記"));
    QCOMPARE(model.data(model.index(0, AssetField::MediumClass)).toString(),
             QStringLiteral("External server or cloud service"));
    // Sorting by the new columns runs in SQL like the others.
    model.sort(AssetField::MediumClass, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 1);

    LedgerOptions options;
    options.language = QStringLiteral("ja");
    QString error;
    QVERIFY(LedgerDocument::parseColumns(QStringLiteral("asset_no,提供先・利用者,受領条件,利用条件,媒体・保存先区分"),
                                         &options.columns, &error));
    QCOMPARE(options.columns,
             (QList<AssetField::Id>{AssetField::AssetNo, AssetField::Recipients, AssetField::ReceiptTerms,
                                    AssetField::UseTerms, AssetField::MediumClass}));
    PagedDocument document;
    QVERIFY2(LedgerDocument::build(*m_registry, options, &document, &error), qPrintable(error));
    QCOMPARE(document.tables.size(), 1);
    const PagedTable &table = document.tables.constFirst();
    QStringList headings;
    for (const PagedColumn &column : table.columns)
        headings << column.heading;
    QCOMPARE(headings,
             (QStringList{QStringLiteral("管理番号"), QStringLiteral("提供先・利用者"), QStringLiteral("受領条件"),
                          QStringLiteral("利用条件"), QStringLiteral("媒体・保存先区分")}));
    bool found = false;
    for (const PagedRow &row : table.rows) {
        if (row.cells.value(0) == QLatin1String("IA-000001")) {
            found = true;
            QCOMPARE(row.cells,
                     (QStringList{QStringLiteral("IA-000001"), QStringLiteral("○○観光協会"), QStringLiteral("出典明記"),
                                  QStringLiteral("統計目的に限る"), QStringLiteral("社外サーバ・クラウド")}));
        }
    }
    QVERIFY(found);
}

void TestRecipientsGui::baselineDialogShowsAndEditsConditions()
{
    BaselineDialog dialog(*m_registry);
    const QList<BaselineRule> stored = m_registry->baseline().baseline();
    QCOMPARE(dialog.table()->rowCount(), stored.size());
    QCOMPARE(dialog.table()->columnCount(), int(BaselineDialog::ColumnCount));
    QCOMPARE(dialog.table()->horizontalHeaderItem(BaselineDialog::HasContractor)->text(), QStringLiteral("Contractor"));
    QCOMPARE(dialog.table()->horizontalHeaderItem(BaselineDialog::MediumClass)->text(), QStringLiteral("Medium class"));
    // The table shows the stored conditions as they are.
    QCOMPARE(dialog.rules(), stored);
    int contractorRows = 0;
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        if (dialog.conditionCombo(row, BaselineDialog::HasContractor)->currentData().toBool()) {
            ++contractorRows;
            QCOMPARE(dialog.conditionCombo(row, BaselineDialog::HasContractor)->currentText(), QStringLiteral("Named"));
        }
    }
    QCOMPARE(contractorRows, 6);
    QVERIFY(!dialog.missingDefaultsLabel()->isVisible());
    QVERIFY(!dialog.isModified());

    // A new rule: PHY-04 for assets kept in the cloud that name a contractor and a data provider.
    const Control control = m_registry->catalogs().findControl(QStringLiteral("PHY-04")).value.value();
    dialog.addRules({control.id});
    const int row = dialog.table()->rowCount() - 1;
    QComboBox *medium = dialog.conditionCombo(row, BaselineDialog::MediumClass);
    medium->setCurrentIndex(medium->findData(QStringLiteral("cloud")));
    QComboBox *contractor = dialog.conditionCombo(row, BaselineDialog::HasContractor);
    contractor->setCurrentIndex(contractor->findData(true));
    QComboBox *provider = dialog.conditionCombo(row, BaselineDialog::HasProvider);
    provider->setCurrentIndex(provider->findData(true));
    QVERIFY(dialog.save());

    BaselineRule expected;
    expected.controlId = control.id;
    expected.mediumClass = QStringLiteral("cloud");
    expected.hasContractor = true;
    expected.hasProvider = true;
    QVERIFY(m_registry->baseline().baseline().contains(expected));

    // Switching the language keeps every choice and changes nothing.
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.conditionCombo(row, BaselineDialog::MediumClass)->currentText(),
             QStringLiteral("社外サーバ・クラウド"));
    QCOMPARE(dialog.table()->horizontalHeaderItem(BaselineDialog::HasRecipients)->text(),
             QStringLiteral("提供先・利用者"));
    const QList<BaselineRule> shown = dialog.rules();
    const QList<BaselineRule> saved = m_registry->baseline().baseline();
    QCOMPARE(shown.size(), saved.size());
    for (const BaselineRule &rule : saved)
        QVERIFY(shown.contains(rule));
    QVERIFY(!dialog.isModified());
}

void TestRecipientsGui::baselineDialogOffersMissingDefaults()
{
    // A baseline without its rules on recipients, as a customised one of an earlier version would be.
    QList<BaselineRule> rules;
    for (const BaselineRule &rule : m_registry->baseline().baseline()) {
        if (!rule.hasRecipients)
            rules << rule;
    }
    QVERIFY(m_registry->baseline().setBaseline(rules).ok());
    BaselineDialog dialog(*m_registry);
    dialog.show();
    QVERIFY(dialog.missingDefaultsLabel()->isVisible());
    QVERIFY2(dialog.missingDefaultsLabel()->text().startsWith(QStringLiteral("4 rules of the default baseline")),
             qPrintable(dialog.missingDefaultsLabel()->text()));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("addDefaultsButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(dialog.table()->rowCount(), rules.size() + 4);
    QVERIFY(!dialog.missingDefaultsLabel()->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(dialog.isModified());
    QVERIFY(dialog.save());
    QVERIFY(m_registry->baseline().missingDefaultRules().value->isEmpty());
    QCOMPARE(m_registry->baseline().baseline().size(), rules.size() + 4);
}

QTEST_MAIN(TestRecipientsGui)
#include "tst_recipientsgui.moc"
