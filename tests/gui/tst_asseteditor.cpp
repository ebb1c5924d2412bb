// The asset editor as a user drives it: fields filled with the keyboard, Save, Enter and Ctrl+Enter; problems shown
// beside the fields; importance, handling label and next review following the levels live; a second editor of the
// same asset refused without overwriting the first save; disposed assets read-only.
#include "editor/asseteditor.h"
#include "editor/levelselector.h"
#include "editor/restrictionselector.h"
#include "service/assetservice.h"
#include "service/settingsservice.h"
#include "testregistry.h"
#include "widgets/messagebox.h"

#include "i18n/language.h"
#include "service/auditlog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

template <typename T> T *field(const AssetEditor &editor, AssetField::Id id)
{
    return qobject_cast<T *>(editor.fieldWidget(AssetField::byId(id).keyString()));
}

QString key(AssetField::Id id)
{
    return AssetField::byId(id).keyString();
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAssetEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsAssetThroughEditor();
    void editsAsset();
    void suggestsExistingValues();
    void enterInMultiLineFieldStartsNewLine();
    void problemsMarkFieldsAndFocusFirst();
    void restrictionsAreEdited();
    void classificationFollowsLevels_data();
    void classificationFollowsLevels();
    void nextReviewFollowsImportance();
    void secondEditorIsRefused();
    void escapeAsksBeforeDiscarding();
    void statusCannotBeSetToDisposed();
    void disposedAssetOpensReadOnly();
    void screenshots();

private:
    std::unique_ptr<AssetEditor> openEditor(const Asset &asset);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Registry> m_registry;
};

void TestAssetEditor::initTestCase()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestAssetEditor::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
}

void TestAssetEditor::cleanup()
{
    m_registry.reset();
    delete m_dir;
    m_dir = nullptr;
}

std::unique_ptr<AssetEditor> TestAssetEditor::openEditor(const Asset &asset)
{
    auto editor = std::make_unique<AssetEditor>(*m_registry, asset);
    editor->show();
    editor->activateWindow();
    if (!QTest::qWaitForWindowActive(editor.get()))
        qWarning("editor window not active");
    return editor;
}

void TestAssetEditor::createsAssetThroughEditor()
{
    std::unique_ptr<AssetEditor> editor = openEditor(m_registry->assets().newAsset());
    QVERIFY(editor->isNew());
    QCOMPARE(editor->windowTitle(), QStringLiteral("New Asset"));
    QVERIFY(field<QLineEdit>(*editor, AssetField::AssetNo)->text().isEmpty());
    QVERIFY(field<QLineEdit>(*editor, AssetField::AssetNo)->isReadOnly());
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(*editor, AssetField::Name));

    QTest::keyClicks(field<QLineEdit>(*editor, AssetField::Name), QStringLiteral("Customer master data"));
    field<QLineEdit>(*editor, AssetField::BusinessCategory)->setText(QStringLiteral("顧客対応"));
    field<QComboBox>(*editor, AssetField::Department)->setCurrentText(QStringLiteral("情報システム部"));
    QTest::keyClicks(field<QLineEdit>(*editor, AssetField::Owner), QStringLiteral("Hanako Sato"));
    auto *type = field<QComboBox>(*editor, AssetField::AssetType);
    type->setCurrentIndex(type->findData(QStringLiteral("service")));

    // Confidentiality to the highest level with the keyboard.
    auto *confidentiality = field<QComboBox>(*editor, AssetField::Confidentiality);
    confidentiality->setFocus();
    QTest::keyClick(confidentiality, Qt::Key_End);
    QCOMPARE(confidentiality->currentData().toInt(), 3);
    QCOMPARE(editor->importanceValue()->text(), QStringLiteral("3"));
    QCOMPARE(editor->handlingLabelValue()->text(), QStringLiteral("Restricted"));

    auto *personal = field<QComboBox>(*editor, AssetField::PersonalInfo);
    personal->setCurrentIndex(personal->findData(QStringLiteral("personal")));
    QTest::keyClicks(field<QLineEdit>(*editor, AssetField::SubjectCount), QStringLiteral("1200"));
    QTest::keyClicks(field<QLineEdit>(*editor, AssetField::Provider), QStringLiteral("Example Prefecture"));
    editor->retentionMode()->setCurrentIndex(AssetEditor::RetentionPermanent);
    QTest::keyClicks(field<QLineEdit>(*editor, AssetField::RetentionBasis), QStringLiteral("Records rules"));

    // Save without the rationale the highest level needs: refused, the rationale is marked and has the focus.
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(editor->isVisible());
    QCOMPARE(m_registry->assets().totalCount(), qint64(0));
    QVERIFY(editor->problemsLabel()->isVisible());
    QVERIFY(editor->problemsLabel()->text().contains(QStringLiteral("highest level")));
    QCOMPARE(editor->markedFields(), QStringList{key(AssetField::ConfidentialityRationale)});
    QPlainTextEdit *rationale = editor->levelSelector(Objective::Confidentiality)->rationaleEdit();
    QCOMPARE(QApplication::focusWidget(), rationale);

    QTest::keyClicks(rationale, QStringLiteral("A leak would harm customers"));
    QVERIFY(editor->markedFields().isEmpty());
    QVERIFY(!editor->problemsLabel()->isVisible());

    // Enter in a one-line field saves.
    QTest::keyClick(field<QLineEdit>(*editor, AssetField::Name), Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QCOMPARE(editor->result(), int(QDialog::Accepted));

    QCOMPARE(m_registry->assets().totalCount(), qint64(1));
    const Result<Asset> stored = m_registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    QVERIFY(stored);
    QCOMPARE(editor->savedAsset().id, stored->id);
    QCOMPARE(stored->name, QStringLiteral("Customer master data"));
    QCOMPARE(stored->businessCategory, QStringLiteral("顧客対応"));
    QCOMPARE(stored->department, QStringLiteral("情報システム部"));
    QCOMPARE(stored->owner, QStringLiteral("Hanako Sato"));
    QCOMPARE(stored->assetType, QStringLiteral("service"));
    QCOMPARE(stored->confidentiality, 3);
    QCOMPARE(stored->confidentialityRationale, QStringLiteral("A leak would harm customers"));
    QCOMPARE(stored->integrity, 1);
    QCOMPARE(stored->availability, 1);
    QCOMPARE(stored->personalInfo, QStringLiteral("personal"));
    QCOMPARE(stored->subjectCount, std::optional<qint64>(1200));
    QCOMPARE(stored->provider, QStringLiteral("Example Prefecture"));
    QVERIFY(stored->retentionPermanent);
    QCOMPARE(stored->registeredOn, QDate::currentDate());
    QCOMPARE(stored->nextReview, QDate::currentDate().addMonths(6));
    QCOMPARE(stored->status, QStringLiteral("in_use"));
}

void TestAssetEditor::editsAsset()
{
    const Result<Asset> created = m_registry->assets().createAsset(TestRegistry::validAsset(*m_registry));
    QVERIFY(created.ok());
    const qint64 eventsBefore = m_registry->audit().count();

    std::unique_ptr<AssetEditor> editor = openEditor(*created.value);
    QVERIFY(!editor->isNew());
    QCOMPARE(field<QLineEdit>(*editor, AssetField::AssetNo)->text(), QStringLiteral("IA-000001"));
    QCOMPARE(field<QLineEdit>(*editor, AssetField::Name)->text(), QStringLiteral("Payroll data"));
    QVERIFY(editor->windowTitle().contains(QStringLiteral("IA-000001")));
    QVERIFY(!editor->isModified());

    replaceText(field<QLineEdit>(*editor, AssetField::Name), QStringLiteral("Payroll data 2026"));
    auto *status = field<QComboBox>(*editor, AssetField::Status);
    status->setCurrentIndex(status->findData(QStringLiteral("stored")));
    editor->retentionMode()->setCurrentIndex(AssetEditor::RetentionDate);
    auto *retention = qobject_cast<QDateEdit *>(editor->fieldWidget(QStringLiteral("retention_date")));
    QVERIFY(retention->isEnabled());
    retention->setDate(QDate(2031, 3, 31));
    QVERIFY(editor->isModified());

    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(editor->result(), int(QDialog::Accepted));

    const Result<Asset> stored = m_registry->assets().byId(created.value->id);
    QCOMPARE(stored->name, QStringLiteral("Payroll data 2026"));
    QCOMPARE(stored->status, QStringLiteral("stored"));
    QCOMPARE(stored->retentionUntil, QDate(2031, 3, 31));
    QVERIFY(!stored->retentionPermanent);
    QCOMPARE(stored->rowVersion, 2);
    // Untouched fields keep their values.
    QCOMPARE(stored->owner, QStringLiteral("Owner One"));
    QCOMPARE(stored->registeredOn, created.value->registeredOn);
    QCOMPARE(m_registry->audit().count(), eventsBefore + 1);
}

void TestAssetEditor::suggestsExistingValues()
{
    Asset first = TestRegistry::validAsset(*m_registry, QStringLiteral("First"));
    first.department = QStringLiteral("経理部");
    first.storage = QStringLiteral("File server");
    QVERIFY(m_registry->assets().createAsset(first).ok());
    QVERIFY(m_registry->assets().createAsset(TestRegistry::validAsset(*m_registry, QStringLiteral("Second"))).ok());
    std::unique_ptr<AssetEditor> editor = openEditor(*m_registry->assets().byAssetNo(QStringLiteral("IA-000002")));
    auto *department = field<QComboBox>(*editor, AssetField::Department);
    QCOMPARE(department->currentText(), QStringLiteral("総務部"));
    // Entering the field offers the departments already used, and keeps what it shows.
    department->setFocus();
    QCOMPARE(department->count(), 2);
    QVERIFY(department->findText(QStringLiteral("経理部")) >= 0);
    QCOMPARE(department->currentText(), QStringLiteral("総務部"));
    QVERIFY(!editor->isModified());
    auto *storage = field<QLineEdit>(*editor, AssetField::Storage);
    storage->setFocus();
    QVERIFY(storage->completer());
    QTest::keyClicks(storage, QStringLiteral("serv"));
    QCOMPARE(storage->completer()->currentCompletion(), QStringLiteral("File server"));
}

void TestAssetEditor::enterInMultiLineFieldStartsNewLine()
{
    const Result<Asset> created = m_registry->assets().createAsset(TestRegistry::validAsset(*m_registry));
    QVERIFY(created.ok());
    std::unique_ptr<AssetEditor> editor = openEditor(*created.value);
    auto *remarks = field<QPlainTextEdit>(*editor, AssetField::Remarks);
    remarks->setFocus();
    QTest::keyClicks(remarks, QStringLiteral("line one"));
    QTest::keyClick(remarks, Qt::Key_Return);
    QTest::keyClicks(remarks, QStringLiteral("line two"));
    QVERIFY(editor->isVisible());
    QCOMPARE(m_registry->assets().byId(created.value->id)->rowVersion, 1);

    // Ctrl+Enter saves from a multi-line field.
    QTest::keyClick(remarks, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!editor->isVisible());
    QCOMPARE(editor->result(), int(QDialog::Accepted));
    QCOMPARE(m_registry->assets().byId(created.value->id)->remarks, QStringLiteral("line one\nline two"));
}

void TestAssetEditor::problemsMarkFieldsAndFocusFirst()
{
    std::unique_ptr<AssetEditor> editor = openEditor(m_registry->assets().newAsset());
    field<QLineEdit>(*editor, AssetField::BusinessCategory)->setFocus();
    QVERIFY(!editor->save());
    QCOMPARE(m_registry->assets().totalCount(), qint64(0));
    const QStringList marked = editor->markedFields();
    QVERIFY(marked.contains(key(AssetField::Name)));
    QVERIFY(marked.contains(key(AssetField::Department)));
    QVERIFY(marked.contains(key(AssetField::Owner)));
    QVERIFY(editor->problemsLabel()->text().contains(QStringLiteral("Asset name is required")));
    QVERIFY(editor->problemsLabel()->text().contains(QStringLiteral("Owner is required")));
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(*editor, AssetField::Name));
    // The label of a field at fault is drawn in another colour.
    QLabel *nameLabel = editor->fieldLabel(key(AssetField::Name));
    QVERIFY(nameLabel->palette().color(QPalette::WindowText) != editor->palette().color(QPalette::WindowText));

    // Correcting a field removes its mark; the others stay until they are corrected.
    QTest::keyClicks(field<QLineEdit>(*editor, AssetField::Name), QStringLiteral("Backup tapes"));
    QVERIFY(!editor->markedFields().contains(key(AssetField::Name)));
    QVERIFY(editor->markedFields().contains(key(AssetField::Owner)));
    QCOMPARE(nameLabel->palette().color(QPalette::WindowText), editor->palette().color(QPalette::WindowText));
}

void TestAssetEditor::restrictionsAreEdited()
{
    QString error;
    QVERIFY(m_registry->settings().setOwnHandlingRestrictions({QStringLiteral("印刷禁止")}, &error));
    Asset draft = TestRegistry::validAsset(*m_registry);
    draft.handlingRestrictions = {QStringLiteral("no_copy")};
    const Result<Asset> created = m_registry->assets().createAsset(draft);
    QVERIFY2(created.ok(), qPrintable(created.error));

    std::unique_ptr<AssetEditor> editor = openEditor(*created.value);
    RestrictionSelector *selector = editor->restrictionSelector();
    QVERIFY(selector);
    QCOMPARE(editor->fieldWidget(key(AssetField::HandlingRestrictions)), selector);
    // Six built-in restrictions and the registry's own one, the stored one checked.
    QVERIFY(selector->checkBox(QStringLiteral("no_copy"))->isChecked());
    QCOMPARE(selector->checkBox(QStringLiteral("encryption_required"))->text(), QStringLiteral("Encryption required"));
    QVERIFY(!selector->checkBox(QStringLiteral("印刷禁止"))->isChecked());
    QVERIFY(!editor->isModified());
    selector->checkBox(QStringLiteral("印刷禁止"))->click();
    selector->checkBox(QStringLiteral("no_removal"))->click();
    QVERIFY(editor->isModified());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(editor->result(), int(QDialog::Accepted));
    QCOMPARE(m_registry->assets().byId(created.value->id)->handlingRestrictions,
             (QStringList{QStringLiteral("no_copy"), QStringLiteral("no_removal"), QStringLiteral("印刷禁止")}));

    // A restriction the registry no longer lists stays visible until it is unchecked; saving with it is refused
    // beside the field.
    QVERIFY(m_registry->settings().setOwnHandlingRestrictions({}, &error));
    std::unique_ptr<AssetEditor> again = openEditor(*m_registry->assets().byId(created.value->id));
    QCheckBox *stale = again->restrictionSelector()->checkBox(QStringLiteral("印刷禁止"));
    QVERIFY(stale);
    QVERIFY(stale->isChecked());
    QVERIFY(stale->text().contains(QStringLiteral("no longer listed")));
    replaceText(field<QLineEdit>(*again, AssetField::Name), QStringLiteral("Payroll data 2027"));
    QVERIFY(!again->save());
    QVERIFY(again->markedFields().contains(key(AssetField::HandlingRestrictions)));
    stale->click();
    QVERIFY(again->save());
    QCOMPARE(m_registry->assets().byId(created.value->id)->handlingRestrictions,
             (QStringList{QStringLiteral("no_copy"), QStringLiteral("no_removal")}));
}

void TestAssetEditor::classificationFollowsLevels_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("confidentiality");
    QTest::addColumn<int>("integrity");
    QTest::addColumn<int>("availability");
    QTest::addColumn<QString>("importance");
    QTest::addColumn<QString>("label");
    QTest::newRow("ipa lowest") << "ipa" << 1 << 1 << 1 << "1"
                                << "General";
    QTest::newRow("ipa integrity high") << "ipa" << 1 << 3 << 2 << "3"
                                        << "General";
    QTest::newRow("ipa confidential") << "ipa" << 2 << 1 << 1 << "2"
                                      << "Internal";
    // The Government scheme shows the classes of information requiring protection, not a synthetic importance.
    QTest::newRow("government two-level") << "government" << 1 << 3 << 1 << "Integrity-critical information"
                                          << "Confidentiality class 1";
    QTest::newRow("government none") << "government" << 1 << 1 << 1 << "—"
                                     << "Confidentiality class 1";
    QTest::newRow("government confidential")
        << "government" << 2 << 1 << 3 << "Confidential information・Availability-critical information"
        << "Confidentiality class 2";
    QTest::newRow("fips n/a") << "fips199" << 0 << 1 << 1 << "Low"
                              << "General";
    QTest::newRow("fips high") << "fips199" << 3 << 2 << 1 << "High"
                               << "Restricted";
}

void TestAssetEditor::classificationFollowsLevels()
{
    QFETCH(QString, scheme);
    QFETCH(int, confidentiality);
    QFETCH(int, integrity);
    QFETCH(int, availability);
    QFETCH(QString, importance);
    QFETCH(QString, label);
    m_registry.reset();
    QTemporaryDir dir;
    m_registry = TestRegistry::create(dir, 0, scheme);
    QVERIFY(m_registry);
    std::unique_ptr<AssetEditor> editor = openEditor(m_registry->assets().newAsset());
    const ClassificationScheme &levels = m_registry->scheme();
    const QList<QPair<Objective, int>> chosen = {{Objective::Confidentiality, confidentiality},
                                                 {Objective::Integrity, integrity},
                                                 {Objective::Availability, availability}};
    for (const auto &[objective, ordinal] : chosen) {
        LevelSelector *selector = editor->levelSelector(objective);
        // The combo offers exactly the scheme's levels, with their definitions as tooltips.
        QCOMPARE(selector->levelCombo()->count(), levels.ordinals(objective).size());
        for (int index = 0; index < selector->levelCombo()->count(); ++index) {
            const int level = selector->levelCombo()->itemData(index).toInt();
            QCOMPARE(selector->levelCombo()->itemText(index), levels.levelLabel(objective, level));
            QCOMPARE(selector->levelCombo()->itemData(index, Qt::ToolTipRole).toString(),
                     levels.levelDefinition(objective, level));
        }
        selector->levelCombo()->setCurrentIndex(selector->levelCombo()->findData(ordinal));
        QCOMPARE(selector->definitionLabel()->text(), levels.levelDefinition(objective, ordinal));
        const bool highest = ordinal == levels.highest(objective);
        QCOMPARE(selector->rationaleRequired(), highest);
        QCOMPARE(selector->rationaleLabel()->text().contains(QStringLiteral("required")), highest);
    }
    QCOMPARE(editor->importanceValue()->text(), importance);
    QCOMPARE(editor->handlingLabelValue()->text(), label);
}

void TestAssetEditor::nextReviewFollowsImportance()
{
    const QDate today = QDate::currentDate();
    std::unique_ptr<AssetEditor> editor = openEditor(m_registry->assets().newAsset());
    auto *nextReview = field<QDateEdit>(*editor, AssetField::NextReview);
    QVERIFY(editor->nextReviewFromImportance()->isChecked());
    QVERIFY(!nextReview->isEnabled());
    QCOMPARE(nextReview->date(), today.addYears(1)); // importance 1: a year, as for 2 (practice.md §2)
    auto setLevel = [&](Objective objective, int ordinal) {
        QComboBox *combo = editor->levelSelector(objective)->levelCombo();
        combo->setCurrentIndex(combo->findData(ordinal));
    };
    setLevel(Objective::Integrity, 2);
    QCOMPARE(nextReview->date(), today.addYears(1));
    setLevel(Objective::Availability, 3);
    QCOMPARE(nextReview->date(), today.addMonths(6));
    setLevel(Objective::Availability, 1);
    QCOMPARE(nextReview->date(), today.addYears(1));

    // Unticked, the date is the user's and stays put.
    editor->nextReviewFromImportance()->setChecked(false);
    QVERIFY(nextReview->isEnabled());
    nextReview->setDate(QDate(2030, 1, 15));
    setLevel(Objective::Availability, 3);
    QCOMPARE(nextReview->date(), QDate(2030, 1, 15));
}

void TestAssetEditor::secondEditorIsRefused()
{
    const Result<Asset> created = m_registry->assets().createAsset(TestRegistry::validAsset(*m_registry));
    QVERIFY(created.ok());
    std::unique_ptr<AssetEditor> first = openEditor(*created.value);
    std::unique_ptr<AssetEditor> second = openEditor(*created.value);

    replaceText(field<QLineEdit>(*first, AssetField::Name), QStringLiteral("First save"));
    QVERIFY(first->save());

    replaceText(field<QLineEdit>(*second, AssetField::Owner), QStringLiteral("Second owner"));
    const int boxes = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!second->save());
    QCOMPARE(MessageBox::count(), boxes + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("IA-000001")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("changed by someone else")));
    // Nothing overwritten, and the user's typing is still there.
    Result<Asset> stored = m_registry->assets().byId(created.value->id);
    QCOMPARE(stored->name, QStringLiteral("First save"));
    QCOMPARE(stored->owner, QStringLiteral("Owner One"));
    QCOMPARE(stored->rowVersion, 2);
    QVERIFY(second->isVisible());
    QCOMPARE(field<QLineEdit>(*second, AssetField::Owner)->text(), QStringLiteral("Second owner"));

    // Asked again, the user reloads: the window now shows the other save and can be saved on top of it.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!second->save());
    QCOMPARE(field<QLineEdit>(*second, AssetField::Name)->text(), QStringLiteral("First save"));
    QCOMPARE(field<QLineEdit>(*second, AssetField::Owner)->text(), QStringLiteral("Owner One"));
    QVERIFY(!second->isModified());
    replaceText(field<QLineEdit>(*second, AssetField::Owner), QStringLiteral("Second owner"));
    QVERIFY(second->save());
    stored = m_registry->assets().byId(created.value->id);
    QCOMPARE(stored->name, QStringLiteral("First save"));
    QCOMPARE(stored->owner, QStringLiteral("Second owner"));
    QCOMPARE(stored->rowVersion, 3);
}

void TestAssetEditor::escapeAsksBeforeDiscarding()
{
    {
        // Nothing typed: Escape closes at once.
        std::unique_ptr<AssetEditor> editor = openEditor(m_registry->assets().newAsset());
        const int boxes = MessageBox::count();
        QTest::keyClick(editor.get(), Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QCOMPARE(MessageBox::count(), boxes);
    }
    std::unique_ptr<AssetEditor> editor = openEditor(m_registry->assets().newAsset());
    QTest::keyClicks(field<QLineEdit>(*editor, AssetField::Name), QStringLiteral("Draft"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(editor.get(), Qt::Key_Escape);
    QVERIFY(editor->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(editor.get(), Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QCOMPARE(editor->result(), int(QDialog::Rejected));
    QCOMPARE(m_registry->assets().totalCount(), qint64(0));
}

void TestAssetEditor::statusCannotBeSetToDisposed()
{
    std::unique_ptr<AssetEditor> editor = openEditor(m_registry->assets().newAsset());
    auto *status = field<QComboBox>(*editor, AssetField::Status);
    QStringList codes;
    for (int index = 0; index < status->count(); ++index)
        codes << status->itemData(index).toString();
    QCOMPARE(codes,
             (QStringList{QStringLiteral("in_use"), QStringLiteral("stored"), QStringLiteral("disposal_pending")}));
}

void TestAssetEditor::disposedAssetOpensReadOnly()
{
    const Result<Asset> created = m_registry->assets().createAsset(TestRegistry::validAsset(*m_registry));
    QVERIFY(created.ok());
    // Disposal is recorded by its own service; here only its end state matters, written straight into the file.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_registry->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("UPDATE asset SET status = 'disposed', row_version = row_version + 1 "
                                           "WHERE id = %1")
                                .arg(created.value->id)),
                 qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Result<Asset> disposed = m_registry->assets().byId(created.value->id);
    QCOMPARE(disposed->status, QStringLiteral("disposed"));

    std::unique_ptr<AssetEditor> editor = openEditor(*disposed);
    QVERIFY(editor->isReadOnly());
    QVERIFY(!editor->saveButton());
    QVERIFY(field<QLineEdit>(*editor, AssetField::Name)->isReadOnly());
    QVERIFY(!field<QComboBox>(*editor, AssetField::Status)->isEnabled());
    QCOMPARE(field<QComboBox>(*editor, AssetField::Status)->currentData().toString(), QStringLiteral("disposed"));
    QVERIFY(!editor->levelSelector(Objective::Confidentiality)->levelCombo()->isEnabled());
    QVERIFY(editor->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!editor->save());
    QTest::keyClick(editor.get(), Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
}

// With ASSET_EDITOR_SCREENSHOTS set to a folder, it leaves pictures of the editor's Asset tab in both languages.
void TestAssetEditor::screenshots()
{
    const QString folder = qEnvironmentVariable("ASSET_EDITOR_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ASSET_EDITOR_SCREENSHOTS to a folder to keep pictures of the asset editor");
    Asset asset = TestRegistry::validAsset(*m_registry, QStringLiteral("住民基本台帳データ"));
    asset.confidentiality = 3;
    asset.confidentialityRationale = QStringLiteral("漏えい時の影響が大きい");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    QVERIFY2(created, qPrintable(created.error));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QVERIFY(Language::instance().setLanguage(language, false));
        std::unique_ptr<AssetEditor> editor = openEditor(*created);
        QTest::qWait(200);
        QVERIFY(editor->grab().save(QDir(folder).filePath(QStringLiteral("asseteditor-%1.png").arg(language))));
        editor->done(QDialog::Rejected);
    }
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

QTEST_MAIN(TestAssetEditor)
#include "tst_asseteditor.moc"
