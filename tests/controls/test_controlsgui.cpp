// The controls in the application window, on the offscreen platform: assigning a control from the asset editor's
// Controls tab (picker, assignment dialog, stored through the service), the refusal of "not applicable" without a
// reason, removing an assignment, the gap report window and its paged model, and the baseline editor.
#include "pdftext.h"

#include "controls/assetcontrolsmodel.h"
#include "controls/assetcontrolswidget.h"
#include "controls/assignmentdialog.h"
#include "controls/baselinedialog.h"
#include "controls/controlactions.h"
#include "controls/controlpickerdialog.h"
#include "controls/gapreportdialog.h"
#include "controls/gaptablemodel.h"
#include "editor/asseteditor.h"
#include "mainwindow/mainwindow.h"
#include "printing/applicabilitydocument.h"
#include "printing/gapreportdocument.h"
#include "printing/pagedtablerenderer.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "testregistry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestControlsGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignFromAssetEditor();
    void notApplicableNeedsReason();
    void removeAssignment();
    void newAssetHasNoControlsYet();
    void gapReportWindow();
    void baselineEditor();
    void controlsMenu();
    void printedDocuments();

private:
    qint64 createAsset(int confidentiality);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestControlsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry = Registry::create(m_dir->filePath(QStringLiteral("registry.sqlite")), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@test"));
}

void TestControlsGui::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

qint64 TestControlsGui::createAsset(int confidentiality)
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("顧客台帳");
    asset.department = QStringLiteral("営業部");
    asset.owner = QStringLiteral("佐藤 花子");
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("漏えい時の影響が重大");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    return created.ok() ? created.value->id : 0;
}

void TestControlsGui::assignFromAssetEditor()
{
    const qint64 assetId = createAsset(3);
    const Control encryption = m_registry->catalogs().findControl(QStringLiteral("TEC-05")).value.value();
    AssetEditor editor(*m_registry, *m_registry->assets().byId(assetId));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.showControlsTab();
    AssetControlsWidget *tab = editor.controlsTab();
    QCOMPARE(editor.tabs()->currentWidget(), tab);

    // The tab lists what the baseline requires; encryption of stored data is required and missing.
    const int row = tab->model()->rowOfControl(encryption.id);
    QVERIFY(row >= 0);
    QVERIFY(tab->model()->rowAt(row)->required);
    QCOMPARE(tab->model()->rowAt(row)->gapKind, QStringLiteral("missing"));
    QVERIFY(tab->summaryLabel()->text().contains(QLatin1String("gaps")));

    // Assign: choose the control, then fill in the assignment.
    QTest::mouseClick(tab->assignButton(), Qt::LeftButton);
    ControlPickerDialog *picker = tab->picker();
    QVERIFY(picker);
    picker->setSearch(QStringLiteral("TEC-05"));
    QCOMPARE(picker->list()->topLevelItemCount(), 1);
    picker->select(encryption.id);
    QCOMPARE(picker->selectedControls().size(), 1);
    picker->accept();
    QTRY_VERIFY(tab->assignmentDialog());
    AssignmentDialog *dialog = tab->assignmentDialog();
    QVERIFY(!dialog->isBulk());
    QCOMPARE(dialog->implementationCombo()->currentData().toString(), QStringLiteral("unknown"));
    dialog->implementationCombo()->setCurrentIndex(dialog->implementationCombo()->findData(QStringLiteral("partial")));
    dialog->responsibleEdit()->setText(QStringLiteral("情報システム部 田中"));
    dialog->dueCheck()->setChecked(true);
    dialog->dueEdit()->setDate(QDate(2030, 3, 31));
    dialog->evidenceEdit()->setPlainText(QStringLiteral("BitLocker 設定記録 2025-04"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!tab->assignmentDialog());

    // Stored through the service, audited, and shown in the tab as a partial gap.
    const std::optional<ControlAssignment> stored = m_registry->assignments().assignment(assetId, encryption.id);
    QVERIFY(stored);
    QCOMPARE(stored->implementation, QStringLiteral("partial"));
    QCOMPARE(stored->responsible, QStringLiteral("情報システム部 田中"));
    QCOMPARE(stored->dueDate, QDate(2030, 3, 31));
    QCOMPARE(stored->evidenceNote, QStringLiteral("BitLocker 設定記録 2025-04"));
    const QString assetNo = m_registry->assets().byId(assetId)->assetNo;
    QCOMPARE(m_registry->audit()
                 .eventsFor(QStringLiteral("control_assignment"), assetNo + QStringLiteral("/builtin/TEC-05"))
                 .size(),
             1);
    const int shown = tab->model()->rowOfControl(encryption.id);
    QCOMPARE(tab->model()->rowAt(shown)->gapKind, QStringLiteral("partial"));
    QCOMPARE(tab->model()->index(shown, AssetControlsModel::Responsible).data().toString(),
             QStringLiteral("情報システム部 田中"));

    // Editing it again opens with the stored values; setting it implemented closes the gap.
    tab->view()->selectRow(shown);
    AssignmentDialog *again = tab->editAssignment();
    QVERIFY(again);
    QCOMPARE(again->responsibleEdit()->text(), QStringLiteral("情報システム部 田中"));
    QVERIFY(again->dueCheck()->isChecked());
    again->implementationCombo()->setCurrentIndex(
        again->implementationCombo()->findData(QStringLiteral("implemented")));
    again->accept();
    QTRY_VERIFY(!tab->assignmentDialog());
    QVERIFY(tab->model()->rowAt(tab->model()->rowOfControl(encryption.id))->gapKind.isEmpty());
    // The asset's own fields were not touched.
    QVERIFY(!editor.isModified());
}

void TestControlsGui::notApplicableNeedsReason()
{
    const qint64 assetId = createAsset(2);
    const Control control = m_registry->catalogs().findControl(QStringLiteral("AST-03")).value.value();
    AssetControlsWidget tab(*m_registry, assetId, false);
    AssignmentDialog *dialog = tab.editControl(control.id);
    QVERIFY(dialog);
    QVERIFY(!dialog->reasonEdit()->isEnabled());
    dialog->notApplicableButton()->setChecked(true);
    QVERIFY(dialog->reasonEdit()->isEnabled());
    QVERIFY(!dialog->save());
    QVERIFY(dialog->problemsLabel()->isVisibleTo(dialog));
    QVERIFY(dialog->problemsLabel()->text().contains(QLatin1String("without a reason")));
    QVERIFY(!m_registry->assignments().assignment(assetId, control.id));
    dialog->reasonEdit()->setPlainText(QStringLiteral("電子データのみで紙に出力しない"));
    QVERIFY(dialog->save());
    dialog->close();
    QCOMPARE(m_registry->assignments().assignment(assetId, control.id)->reason,
             QStringLiteral("電子データのみで紙に出力しない"));
}

void TestControlsGui::removeAssignment()
{
    const qint64 assetId = createAsset(1);
    const Control control = m_registry->catalogs().findControl(QStringLiteral("AST-01")).value.value();
    ControlAssignment assignment;
    assignment.assetId = assetId;
    assignment.controlId = control.id;
    assignment.implementation = QStringLiteral("implemented");
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    AssetControlsWidget tab(*m_registry, assetId, false);
    QSignalSpy changed(&tab, &AssetControlsWidget::changed);
    tab.view()->selectRow(tab.model()->rowOfControl(control.id));
    QVERIFY(tab.removeButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    tab.removeAssignment();
    QVERIFY(m_registry->assignments().assignment(assetId, control.id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    tab.removeAssignment();
    QVERIFY(!m_registry->assignments().assignment(assetId, control.id));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tab.model()->rowAt(tab.model()->rowOfControl(control.id))->gapKind, QStringLiteral("missing"));
}

void TestControlsGui::newAssetHasNoControlsYet()
{
    AssetEditor editor(*m_registry, m_registry->assets().newAsset());
    QVERIFY(editor.controlsTab());
    QCOMPARE(editor.controlsTab()->model()->rowCount(), 0);
    QVERIFY(!editor.controlsTab()->assignButton()->isEnabled());
    QVERIFY(!editor.controlsTab()->assignControls());
}

void TestControlsGui::gapReportWindow()
{
    QVERIFY(m_registry->assets()
                .createAssets(TestRegistry::generated(300, m_registry->scheme(), 3, QDate::currentDate()))
                .ok());
    GapReportDialog dialog(*m_registry);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const GapSummary summary = m_registry->gaps().gapSummary(GapFilter()).value.value();
    QVERIFY(summary.total > 1000);
    QCOMPARE(dialog.model()->rowCount(), int(summary.total));
    QVERIFY(dialog.totalLabel()->text().contains(QLocale().toString(summary.total)));
    // Only the pages looked at are read.
    QVERIFY(dialog.model()->pagesRead() <= 2);
    QVERIFY(dialog.model()
                ->index(int(summary.total) - 1, GapTableModel::AssetNo)
                .data()
                .toString()
                .startsWith(QLatin1String("IA-")));
    QVERIFY(dialog.model()->pagesRead() <= 3);

    // A filter narrows the counts and the list alike.
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(QStringLiteral("missing")));
    dialog.areaCombo()->setCurrentIndex(dialog.areaCombo()->findData(6));
    GapFilter filter;
    filter.kind = QStringLiteral("missing");
    filter.area = 6;
    const qint64 expected = m_registry->gaps().gapSummary(filter).value->total;
    QCOMPARE(dialog.model()->rowCount(), int(expected));
    QCOMPARE(dialog.model()->index(0, GapTableModel::Kind).data().toString(), QStringLiteral("Missing"));

    // A double click asks to show the asset.
    QSignalSpy show(&dialog, &GapReportDialog::showAssetRequested);
    emit dialog.view()->doubleClicked(dialog.model()->index(0, 0));
    QCOMPARE(show.count(), 1);
    QCOMPARE(show.at(0).at(0).toLongLong(), dialog.model()->gapAt(0)->assetId);

    // Export and PDF go through the file-dialog seam.
    const QString csv = m_dir->filePath(QStringLiteral("gaps.csv"));
    FileDialog::setNextFileName(csv);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY2(dialog.exportCsv(), qPrintable(MessageBox::lastText()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), expected + 1);
    const QString pdf = m_dir->filePath(QStringLiteral("gaps.pdf"));
    FileDialog::setNextFileName(pdf);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY2(dialog.savePdf(), qPrintable(MessageBox::lastText()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
}

void TestControlsGui::baselineEditor()
{
    const qint64 assetId = createAsset(1);
    const Control physical = m_registry->catalogs().findControl(QStringLiteral("PHY-04")).value.value();
    BaselineDialog dialog(*m_registry);
    const int rules = dialog.table()->rowCount();
    QCOMPARE(rules, m_registry->baseline().baseline().size());
    // A new rule: PHY-04 for every asset of importance 1 or more.
    dialog.addRules({physical.id});
    QCOMPARE(dialog.table()->rowCount(), rules + 1);
    QComboBox *importance = dialog.conditionCombo(rules, BaselineDialog::Importance);
    importance->setCurrentIndex(importance->findData(1));
    QVERIFY(dialog.isModified());
    QVERIFY(dialog.save());
    QCOMPARE(m_registry->baseline().baseline().size(), rules + 1);
    bool required = false;
    const QList<AssetControl> rows = m_registry->assignments().controlsOfAsset(assetId).value.value();
    for (const AssetControl &row : rows)
        required = required || (row.control.id == physical.id && row.required);
    QVERIFY(required);

    // The same rule twice is refused and nothing is saved.
    dialog.addRules({physical.id});
    QComboBox *again = dialog.conditionCombo(rules + 1, BaselineDialog::Importance);
    again->setCurrentIndex(again->findData(1));
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problemsLabel()->text().contains(QLatin1String("repeats")));
    QCOMPARE(m_registry->baseline().baseline().size(), rules + 1);
}

void TestControlsGui::controlsMenu()
{
    MainWindow window;
    auto *actions = new ControlActions(&window);
    QString error;
    const QString path = m_registry->path();
    createAsset(2);
    m_registry.reset();
    QVERIFY(window.openRegistry(path));
    QVERIFY(window.menuBar()->actions().contains(actions->menu()->menuAction()));
    QVERIFY(actions->gapReportAction()->isEnabled());
    GapReportDialog *report = actions->showGapReport();
    QVERIFY(report);
    QVERIFY(report->model()->rowCount() > 0);
    QCOMPARE(actions->showGapReport(), report); // one window, raised again
    report->close();
}

void TestControlsGui::printedDocuments()
{
    if (!PdfText::available())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const qint64 assetId = createAsset(3);
    const Control physical = m_registry->catalogs().findControl(QStringLiteral("PHY-04")).value.value();
    ControlAssignment assignment;
    assignment.assetId = assetId;
    assignment.controlId = physical.id;
    assignment.applicable = false;
    assignment.reason = QStringLiteral("クラウド事業者のデータセンターで運用");
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    auto text = [](const QString &pdf) { return PdfText::text(pdf, {QStringLiteral("-layout")}); };
    QString error;
    PagedDocument statement;
    QVERIFY2(ApplicabilityDocument::build(*m_registry, physical.catalogId, &statement, &error), qPrintable(error));
    const QString statementPdf = m_dir->filePath(QStringLiteral("soa.pdf"));
    QVERIFY2(PagedTableRenderer::writePdf(statement, statementPdf, &error), qPrintable(error));
    const QString statementText = text(statementPdf);
    QVERIFY(statementText.contains(QLatin1String("Statement of Applicability")));
    QVERIFY(statementText.contains(QLatin1String("PHY-04")));
    QVERIFY2(statementText.contains(QStringLiteral("クラウド事業者のデータセンターで運用")),
             qPrintable(statementText.left(2000)));

    GapReportOptions options;
    PagedDocument report;
    QVERIFY2(GapReportDocument::build(*m_registry, options, &report, &error), qPrintable(error));
    const QString reportPdf = m_dir->filePath(QStringLiteral("gaps.pdf"));
    QVERIFY2(PagedTableRenderer::writePdf(report, reportPdf, &error), qPrintable(error));
    const QString reportText = text(reportPdf);
    QVERIFY(reportText.contains(QLatin1String("Gap Report of Controls")));
    QVERIFY(reportText.contains(m_registry->assets().byId(assetId)->assetNo));
    QVERIFY(reportText.contains(QStringLiteral("営業部")));
    QVERIFY(reportText.contains(QLatin1String("TEC-05")));
}

QTEST_MAIN(TestControlsGui)
#include "test_controlsgui.moc"
