// The personal-information and retention rules in the windows: the editor flags 漏えい時に報告対象 and an override live
// and warns about an unrecorded number of data subjects; an asset made before the rules cannot be saved until it is
// fixed; the asset table marks the flagged cells and filters 保存期限未設定; Asset → Check Rules… lists the breaches
// and opens each in the editor; the settings dialog edits the My Number threshold; the printed ledger shows the flags.
#include "dialogs/registrysettingsdialog.h"
#include "editor/asseteditor.h"
#include "editor/levelselector.h"
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "models/assettablemodel.h"
#include "printing/ledgerdocument.h"
#include "rules/ruleactions.h"
#include "rules/rulecheckdialog.h"
#include "service/assetflags.h"
#include "service/assetservice.h"
#include "service/settingsservice.h"
#include "testregistry.h"
#include "widgets/filterbar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

namespace {

template <typename T> T *field(const AssetEditor &editor, AssetField::Id id)
{
    return qobject_cast<T *>(editor.fieldWidget(AssetField::byId(id).keyString()));
}

// Types into a line edit as a user would, whatever the characters.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->insert(text);
    emit edit->textEdited(edit->text());
}

} // namespace

class TestPersonalInfoGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editorFlagsLive();
    void editorSavesOverrideAndBasis();
    void oldAssetNeedsFixing();
    void tableMarksFlagsAndFilters();
    void ruleCheckWindowOpensEditor();
    void settingsDialogEditsThreshold();
    void ledgerPrintsFlags();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestPersonalInfoGui::initTestCase()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestPersonalInfoGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
}

void TestPersonalInfoGui::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

void TestPersonalInfoGui::editorFlagsLive()
{
    AssetEditor editor(*m_registry, m_registry->assets().newAsset());
    editor.show();
    QVERIFY(!editor.flagsLabel()->isVisibleTo(&editor) ||
            editor.flagsLabel()->text().contains(QStringLiteral("Retention not set")));
    auto *personal = field<QComboBox>(editor, AssetField::PersonalInfo);
    personal->setCurrentIndex(personal->findData(QStringLiteral("sensitive")));
    QVERIFY(editor.flagsLabel()->isVisibleTo(&editor));
    QVERIFY2(editor.flagsLabel()->text().contains(QStringLiteral("Reportable if leaked")),
             qPrintable(editor.flagsLabel()->text()));
    // PI-4: the number of data subjects is expected.
    QVERIFY(editor.flagsLabel()->text().contains(QStringLiteral("Data subjects is not recorded")));
    type(field<QLineEdit>(editor, AssetField::SubjectCount), QStringLiteral("20"));
    QVERIFY(!editor.flagsLabel()->text().contains(QStringLiteral("Data subjects is not recorded")));
    QVERIFY(!editor.flagsLabel()->text().contains(QStringLiteral("Confidentiality override")));
    type(field<QLineEdit>(editor, AssetField::PersonalInfoOverride), QStringLiteral("Totals only"));
    QVERIFY2(editor.flagsLabel()->text().contains(QStringLiteral("Confidentiality override (personal information)")),
             qPrintable(editor.flagsLabel()->text()));
}

void TestPersonalInfoGui::editorSavesOverrideAndBasis()
{
    AssetEditor editor(*m_registry, m_registry->assets().newAsset());
    editor.show();
    type(field<QLineEdit>(editor, AssetField::Name), QStringLiteral("Senior staff list"));
    field<QComboBox>(editor, AssetField::Department)->setEditText(QStringLiteral("General Affairs"));
    type(field<QLineEdit>(editor, AssetField::Owner), QStringLiteral("Sato"));
    auto *personal = field<QComboBox>(editor, AssetField::PersonalInfo);
    personal->setCurrentIndex(personal->findData(QStringLiteral("personal")));
    type(field<QLineEdit>(editor, AssetField::SubjectCount), QStringLiteral("30"));

    // No retention and personal information at level 1: both refused, each field marked.
    QVERIFY(!editor.save());
    QVERIFY(editor.markedFields().contains(QStringLiteral("confidentiality")));
    QVERIFY(editor.markedFields().contains(QStringLiteral("retention_until")));
    QVERIFY(editor.problemsLabel()->text().contains(QStringLiteral("override reason")));

    type(field<QLineEdit>(editor, AssetField::PersonalInfoOverride), QStringLiteral("公表済みの役職者名簿"));
    editor.retentionMode()->setCurrentIndex(AssetEditor::RetentionPermanent);
    QVERIFY(!editor.save());
    QCOMPARE(editor.markedFields(), QStringList{QStringLiteral("retention_basis")});
    type(field<QLineEdit>(editor, AssetField::RetentionBasis), QStringLiteral("Records management rules"));
    QVERIFY2(editor.save(), qPrintable(editor.problemsLabel()->text()));
    const Asset saved = *m_registry->assets().byId(editor.savedAsset().id);
    QCOMPARE(saved.personalInfoOverride, QStringLiteral("公表済みの役職者名簿"));
    QCOMPARE(saved.retentionBasis, QStringLiteral("Records management rules"));
    QVERIFY(m_registry->assets().hasPersonalInfoOverride(saved));
}

void TestPersonalInfoGui::oldAssetNeedsFixing()
{
    // As imported from an old ledger: no retention.
    Asset old = TestRegistry::validAsset(*m_registry, QStringLiteral("旧台帳の資産"));
    old.retentionUntil = {};
    QVERIFY(m_registry->assets().createAssets({old}).ok());
    const Asset stored = *m_registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    AssetEditor editor(*m_registry, stored);
    editor.show();
    QVERIFY(editor.flagsLabel()->text().contains(QStringLiteral("Retention not set")));
    type(field<QLineEdit>(editor, AssetField::Storage), QStringLiteral("Archive room"));
    QVERIFY(!editor.save());
    QCOMPARE(editor.markedFields(), QStringList{QStringLiteral("retention_until")});
    editor.retentionMode()->setCurrentIndex(AssetEditor::RetentionDate);
    QVERIFY(!editor.flagsLabel()->text().contains(QStringLiteral("Retention not set")));
    QVERIFY2(editor.save(), qPrintable(editor.problemsLabel()->text()));
}

void TestPersonalInfoGui::tableMarksFlagsAndFilters()
{
    Asset sensitive = TestRegistry::validAsset(*m_registry, QStringLiteral("健康診断結果"));
    sensitive.personalInfo = QStringLiteral("sensitive");
    sensitive.subjectCount = 50;
    sensitive.confidentiality = 2;
    sensitive.personalInfoOverride = QStringLiteral("匿名化済み");
    Asset old = TestRegistry::validAsset(*m_registry, QStringLiteral("旧台帳の資産"));
    old.retentionUntil = {};
    QVERIFY(m_registry->assets().createAssets({sensitive, old}).ok());

    MainWindow window;
    window.setRegistry(std::move(m_registry));
    AssetTableModel *model = window.assetModel();
    QCOMPARE(model->rowCount(), 2);
    const int personalColumn = AssetField::PersonalInfo;
    const int confidentialityColumn = AssetField::Confidentiality;
    const int retentionColumn = AssetField::RetentionUntil;
    const int flags0 = model->data(model->index(0, 0), AssetTableModel::FlagsRole).toInt();
    QCOMPARE(flags0, AssetFlags::ReportableIfLeaked | AssetFlags::PersonalInfoOverride);
    QVERIFY(model->data(model->index(0, personalColumn), Qt::BackgroundRole).isValid());
    QVERIFY(model->data(model->index(0, confidentialityColumn), Qt::BackgroundRole).isValid());
    QVERIFY(model->data(model->index(0, confidentialityColumn), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Confidentiality override")));
    QVERIFY(!model->data(model->index(0, retentionColumn), Qt::BackgroundRole).isValid());
    QCOMPARE(model->data(model->index(1, retentionColumn)).toString(), QStringLiteral("Retention not set"));
    QVERIFY(model->data(model->index(1, retentionColumn), Qt::BackgroundRole).isValid());
    QVERIFY(!model->data(model->index(1, personalColumn), Qt::BackgroundRole).isValid());

    window.filterBar()->retentionUnsetCheck()->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, AssetField::Name)).toString(), QStringLiteral("旧台帳の資産"));
    window.filterBar()->clear();
    QCOMPARE(model->rowCount(), 2);
}

void TestPersonalInfoGui::ruleCheckWindowOpensEditor()
{
    m_registry.reset();
    const QString path = m_dir->filePath(QStringLiteral("schema-0003.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_SOURCE_DIR "/../data/registries/schema-0003.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    auto *actions = new RuleActions(&window);
    QVERIFY(!actions->checkRulesAction()->isEnabled());
    QVERIFY(window.openRegistry(path));
    QVERIFY(actions->checkRulesAction()->isEnabled());
    actions->checkRulesAction()->trigger();
    RuleCheckDialog *dialog = actions->dialog();
    QVERIFY(dialog);
    QTreeWidget *list = dialog->list();
    QVERIFY(list->topLevelItemCount() >= 6);
    QTreeWidgetItem *pi2 = nullptr;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = list->topLevelItem(row);
        QVERIFY(item->text(0) != QStringLiteral("IA-000065"));
        if (item->text(0) == QStringLiteral("IA-000062"))
            pi2 = item;
    }
    QVERIFY(pi2);
    QVERIFY2(pi2->text(2).contains(QStringLiteral("PI-2")), qPrintable(pi2->text(2)));
    QCOMPARE(pi2->text(3), QStringLiteral("Confidentiality"));
    QVERIFY(dialog->summary()->text().contains(QStringLiteral("break a personal-information or retention rule")));

    // Activating the row opens the editor; saving it fixed takes the asset off the list.
    AssetEditor *editor = nullptr;
    list->setCurrentItem(pi2);
    emit list->itemActivated(pi2, 0);
    editor = window.findChild<AssetEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->assetFromFields().assetNo, QStringLiteral("IA-000062"));
    QVERIFY(!editor->save());
    QVERIFY(editor->markedFields().contains(QStringLiteral("confidentiality")));
    type(field<QLineEdit>(*editor, AssetField::PersonalInfoOverride), QStringLiteral("Totals only"));
    type(field<QLineEdit>(*editor, AssetField::SubjectCount), QStringLiteral("40"));
    editor->accept();
    QTRY_VERIFY(!window.findChild<AssetEditor *>());
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        QVERIFY(list->topLevelItem(row)->text(0) != QStringLiteral("IA-000062"));
}

void TestPersonalInfoGui::settingsDialogEditsThreshold()
{
    RegistrySettingsDialog dialog(*m_registry);
    QCOMPARE(dialog.myNumberThresholdSpin()->value(), 100);
    dialog.myNumberThresholdSpin()->setValue(30);
    QVERIFY(dialog.save());
    QCOMPARE(m_registry->settings().myNumberReportThreshold(), 30);
    Asset asset = TestRegistry::validAsset(*m_registry);
    asset.personalInfo = QStringLiteral("my_number");
    asset.confidentiality = 3;
    asset.subjectCount = 31;
    QVERIFY(m_registry->assets().isReportableIfLeaked(asset));
}

void TestPersonalInfoGui::ledgerPrintsFlags()
{
    Asset sensitive = TestRegistry::validAsset(*m_registry, QStringLiteral("健康診断結果"));
    sensitive.personalInfo = QStringLiteral("sensitive");
    sensitive.subjectCount = 50;
    sensitive.confidentiality = 2;
    sensitive.personalInfoOverride = QStringLiteral("匿名化済み");
    Asset old = TestRegistry::validAsset(*m_registry, QStringLiteral("旧台帳の資産"));
    old.retentionUntil = {};
    QVERIFY(m_registry->assets().createAssets({sensitive, old}).ok());
    LedgerOptions options;
    options.language = QStringLiteral("en");
    PagedDocument document;
    QString error;
    QVERIFY2(LedgerDocument::build(*m_registry, options, &document, &error), qPrintable(error));
    QStringList cells;
    for (const PagedTable &table : std::as_const(document.tables)) {
        for (const PagedRow &row : table.rows)
            cells << row.cells;
    }
    QVERIFY2(cells.contains(QStringLiteral("2 (override)")), qPrintable(cells.join(QLatin1Char('|'))));
    QVERIFY(std::any_of(cells.cbegin(), cells.cend(),
                        [](const QString &cell) { return cell.contains(QStringLiteral("reportable if leaked")); }));
    QVERIFY(cells.contains(QStringLiteral("Retention not set")));
}

QTEST_MAIN(TestPersonalInfoGui)
#include "tst_personalinfogui.moc"
