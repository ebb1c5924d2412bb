// The dashboard window: View ▸ Dashboard opens it with the figures of DashboardService on the heat map, the charts
// and the due list; a heat-map cell opens the matching entries; it reads the figures again when the registry changed;
// it follows the language; it saves itself as a PDF whose text a reader finds; File ▸ Export Risk Register writes the
// file. With DASHBOARD_SCREENSHOTS set to a folder, it leaves pictures of the window at 1366×768 in both languages, and
// of the risk register a cell opens and of an entry of it in the editor.
#include "../risk/riskscenario.h"
#include "pdftext.h"

#include "dashboard/dashboardactions.h"
#include "dashboard/dashboardwindow.h"
#include "dashboard/heatmapwidget.h"
#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"
#include "risk/riskactions.h"
#include "risk/riskentryeditor.h"
#include "risk/riskregisterwindow.h"
#include "risk/risktablemodel.h"
#include "widgets/filedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>

class TestDashboardGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensFromTheViewMenu();
    void cellOpensTheEntries();
    void followsTheRegistry();
    void followsTheLanguage();
    void savesAsPdf();
    void exportsTheRegister();
    void screenshots();

private:
    DashboardWindow *open();
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    DashboardActions *m_actions = nullptr;
    Registry *m_registry = nullptr;
    RiskScenario::Entries m_entries;
};

void TestDashboardGui::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    std::unique_ptr<Registry> registry =
        TestRegistry::create(m_dir, 0, QStringLiteral("ipa"), QStringLiteral("r%1.sqlite").arg(++count));
    QVERIFY(registry);
    m_entries = RiskScenario::build(*registry);
    QVERIFY(!m_entries.accepted.isEmpty());
    m_registry = registry.get();
    m_window = std::make_unique<MainWindow>();
    Features::install(*m_window);
    m_actions = m_window->findChild<DashboardActions *>();
    QVERIFY(m_actions);
    m_window->setRegistry(std::move(registry));
    m_window->show();
}

void TestDashboardGui::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_window.reset();
    m_registry = nullptr;
}

DashboardWindow *TestDashboardGui::open()
{
    m_actions->dashboardAction()->trigger();
    return m_actions->dashboard();
}

void TestDashboardGui::opensFromTheViewMenu()
{
    QVERIFY(m_window->viewMenu()->actions().contains(m_actions->dashboardAction()));
    DashboardWindow *dashboard = open();
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    QVERIFY(dashboard->isWindow());
    // Once: the action brings the same window forward.
    m_actions->dashboardAction()->trigger();
    QCOMPARE(m_actions->dashboard(), dashboard);
    const DashboardFigures figures = *m_registry->dashboard().figures();
    const QLocale locale;
    for (int importance = 1; importance <= 3; ++importance) {
        for (int damage = 1; damage <= 3; ++damage)
            QCOMPARE(dashboard->heatMap()->cell(importance, damage)->text(),
                     locale.toString(figures.heatAt(importance, damage)));
    }
    QCOMPARE(HeatMapWidget::cellLevel(m_registry->risks().criteria(), 3, 3), QStringLiteral("high"));
    QCOMPARE(HeatMapWidget::cellLevel(m_registry->risks().criteria(), 2, 2), QStringLiteral("medium"));
    QCOMPARE(HeatMapWidget::cellLevel(m_registry->risks().criteria(), 1, 3), QStringLiteral("low"));
    QCOMPARE(dashboard->charts().size(), 5);
    for (QChartView *chart : dashboard->charts())
        QVERIFY2(!chart->chart()->series().isEmpty(), qPrintable(chart->objectName()));
    QVERIFY(dashboard->dueLabel()->text().contains(QStringLiteral("Disposals due within 30 days")));
}

void TestDashboardGui::cellOpensTheEntries()
{
    DashboardWindow *dashboard = open();
    QVERIFY(dashboard);
    // A cell opens the risk register window (not a list of its own), filtered to the cell and saying so.
    QTest::mouseClick(dashboard->heatMap()->cell(3, 3), Qt::LeftButton);
    auto *risks = m_window->findChild<RiskActions *>();
    QVERIFY(risks);
    RiskRegisterWindow *window = risks->registerWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(window->extraFilterLabel()->isVisible());
    QVERIFY2(window->extraFilterLabel()->text().contains(QStringLiteral("importance 3")),
             qPrintable(window->extraFilterLabel()->text()));
    QAbstractItemModelTester tester(window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DashboardFigures figures = *m_registry->dashboard().figures();
    QVERIFY(figures.heatAt(3, 3) >= 1);
    QCOMPARE(window->model()->count(), figures.heatAt(3, 3));
    QCOMPARE(qint64(window->model()->rowCount()), figures.heatAt(3, 3));
    bool found = false;
    for (int row = 0; row < window->model()->rowCount(); ++row) {
        const std::optional<Risk> risk = window->model()->riskAt(row);
        QVERIFY(risk);
        QCOMPARE(risk->importance, 3);
        QCOMPARE(risk->damageLikelihood, 3);
        QVERIFY(risk->isOpen());
        // Candidates are not in the heat map, so not behind its cells either.
        QVERIFY(risk->status != QLatin1String("identified"));
        found = found || risk->riskNo == m_entries.high;
    }
    QVERIFY(found);
    // An entry behind the cell opens in the entry editor from there.
    RiskEntryEditor *editor = window->openEntry(0);
    QVERIFY(editor);
    editor->reject();
    // Another cell filters the same window again; clearing the filter shows every open entry.
    QTest::mouseClick(dashboard->heatMap()->cell(1, 1), Qt::LeftButton);
    QCOMPARE(risks->registerWindow(), window);
    QCOMPARE(window->model()->count(), figures.heatAt(1, 1));
    window->clearFilter();
    QVERIFY(!window->extraFilterLabel()->isVisible());
    QVERIFY(window->model()->count() > figures.openRisks);
    // The candidates to assess open the register filtered to them; they are counted beside the heat map.
    QTest::mouseClick(dashboard->findChild<QPushButton *>(QStringLiteral("candidatesButton")), Qt::LeftButton);
    QVERIFY(figures.candidates > 0);
    QCOMPARE(window->model()->count(), figures.candidates);
}

void TestDashboardGui::followsTheRegistry()
{
    DashboardWindow *dashboard = open();
    QVERIFY(dashboard);
    const qint64 before = dashboard->figures().assets;
    Asset asset = TestRegistry::asset(*m_registry, QStringLiteral("防災無線設備"), QStringLiteral("危機管理課"),
                                      QStringLiteral("危機管理課長"));
    TestRegistry::conform(&asset, m_registry->scheme());
    QVERIFY(m_registry->assets().createAsset(asset));
    // Read again as soon as the trail has grown; nothing is read while nothing changed.
    dashboard->refreshIfChanged();
    QCOMPARE(dashboard->figures().assets, before + 1);
    QCOMPARE(dashboard->figures().assetsByDepartment.value(QStringLiteral("危機管理課")), 1);
    // Another registry: the window of the old one goes.
    QPointer<DashboardWindow> old = dashboard;
    m_window->setRegistry(TestRegistry::create(m_dir, 0, QStringLiteral("ipa"), QStringLiteral("other.sqlite")));
    QVERIFY(old.isNull());
}

void TestDashboardGui::followsTheLanguage()
{
    DashboardWindow *dashboard = open();
    QVERIFY(dashboard);
    QCOMPARE(dashboard->windowTitle(), QStringLiteral("Dashboard"));
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    QTRY_COMPARE(dashboard->windowTitle(), QStringLiteral("ダッシュボード"));
    QVERIFY(dashboard->dueLabel()->text().contains(QStringLiteral("廃棄")));
    QCOMPARE(m_actions->dashboardAction()->text(), QStringLiteral("ダッシュボード(&H)"));
}

void TestDashboardGui::savesAsPdf()
{
    if (!PdfText::available())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    DashboardWindow *dashboard = open();
    QVERIFY(dashboard);
    dashboard->resize(1366, 768);
    const QString path = m_dir.filePath(QStringLiteral("dashboard.pdf"));
    FileDialog::setNextFileName(path);
    QVERIFY(dashboard->savePdf());
    QCOMPARE(PdfText::pages(path), 1);
    const QString text = PdfText::text(path);
    QVERIFY2(text.contains(QStringLiteral("Heat map of assessed open risk entries")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Assets by department")));
}

void TestDashboardGui::exportsTheRegister()
{
    const QString path = m_dir.filePath(QStringLiteral("risks.xlsx"));
    FileDialog::setNextFileName(path);
    m_actions->exportAction()->trigger();
    QVERIFY(QFile::exists(path));
}

void TestDashboardGui::screenshots()
{
    const QString folder = qEnvironmentVariable("DASHBOARD_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set DASHBOARD_SCREENSHOTS to a folder to keep pictures of the dashboard");
    DashboardWindow *dashboard = open();
    QVERIFY(dashboard);
    dashboard->resize(1366, 768);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QVERIFY(Language::instance().setLanguage(language, false));
        // The charts lay themselves out in the event loop.
        QTest::qWait(300);
        QVERIFY(dashboard->grab().save(QDir(folder).filePath(QStringLiteral("dashboard-%1.png").arg(language))));
    }
    // A cell opens the risk register filtered to it; an entry of it opens in the editor, on the treatment tab.
    auto *risks = m_window->findChild<RiskActions *>();
    QVERIFY(risks);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QVERIFY(Language::instance().setLanguage(language, false));
        QTest::mouseClick(dashboard->heatMap()->cell(3, 3), Qt::LeftButton);
        RiskRegisterWindow *window = risks->registerWindow();
        QVERIFY(window);
        window->resize(1180, 520);
        QTest::qWait(200);
        QVERIFY(window->grab().save(QDir(folder).filePath(QStringLiteral("register-cell-%1.png").arg(language))));
        RiskEntryEditor *editor = window->openEntry(0);
        QVERIFY(editor);
        editor->tabs()->setCurrentIndex(1);
        QTest::qWait(200);
        QVERIFY(editor->grab().save(QDir(folder).filePath(QStringLiteral("editor-treatment-%1.png").arg(language))));
        editor->tabs()->setCurrentIndex(0);
        QVERIFY(editor->grab().save(QDir(folder).filePath(QStringLiteral("editor-assessment-%1.png").arg(language))));
        editor->done(QDialog::Rejected);
    }
}

QTEST_MAIN(TestDashboardGui)
#include "tst_dashboard.moc"
