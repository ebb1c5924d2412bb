// The dashboard window.
#include "dashboardwindow.h"

#include "heatmapwidget.h"

#include "domain/auditevent.h"
#include "domain/controlcodes.h"
#include "domain/riskcodes.h"
#include "io/ownerfile.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/settingsservice.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

// The colours of the levels, as on the heat map.
QColor levelColour(const QString &level)
{
    if (level == QLatin1String("high"))
        return QColor(0xe0, 0x66, 0x66);
    if (level == QLatin1String("medium"))
        return QColor(0xf6, 0xb2, 0x6b);
    return QColor(0x93, 0xc4, 0x7d);
}

QChartView *newChartView(const char *name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 150);
    view->setChart(new QChart);
    return view;
}

// A chart of its own for every reading: Qt Charts keeps series and axes per chart, and replacing the chart is the
// simplest way to drop the old ones.
QChart *freshChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

// A bar chart of one set: categories along one axis, counts along the other.
void fillBars(QChart *chart, const QStringList &categories, const QList<qint64> &values, const QColor &colour,
              bool horizontal)
{
    auto *set = new QBarSet(QString());
    set->setColor(colour);
    set->setLabelColor(Qt::black);
    qint64 maximum = 0;
    for (qint64 value : values) {
        *set << qreal(value);
        maximum = std::max(maximum, value);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    // Room above the longest bar for its label; whole numbers only.
    valueAxis->setRange(0, std::max<qint64>(1, maximum + std::max<qint64>(1, maximum / 5)));
    valueAxis->setTickCount(3);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
}

} // namespace

DashboardWindow::DashboardWindow(Registry &registry, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("dashboardWindow"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("asOf"));

    m_heatBox = new QGroupBox(this);
    m_heatMap = new HeatMapWidget(m_heatBox);
    auto *heatLayout = new QVBoxLayout(m_heatBox);
    heatLayout->addWidget(m_heatMap);
    connect(m_heatMap, &HeatMapWidget::cellClicked, this, [this](int importance, int damage) {
        RiskFilter filter;
        filter.status = QStringLiteral("open");
        filter.assessedOnly = true;
        filter.importance = importance;
        filter.damageLikelihood = damage;
        emit entriesRequested(
            filter, tr("assessed entries of importance %1 × likelihood of damage %2").arg(importance).arg(damage));
    });

    m_levels = newChartView("levelsChart", this);
    m_treatments = newChartView("treatmentsChart", this);

    m_dueBox = new QGroupBox(this);
    m_due = new QLabel(m_dueBox);
    m_due->setObjectName(QStringLiteral("dueFigures"));
    m_due->setTextFormat(Qt::RichText);
    m_due->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_due->setWordWrap(true);
    m_highRisks = new QPushButton(m_dueBox);
    m_highRisks->setObjectName(QStringLiteral("highRisksButton"));
    m_overdueRisks = new QPushButton(m_dueBox);
    m_overdueRisks->setObjectName(QStringLiteral("overdueRisksButton"));
    m_candidates = new QPushButton(m_dueBox);
    m_candidates->setObjectName(QStringLiteral("candidatesButton"));
    auto *dueLayout = new QVBoxLayout(m_dueBox);
    dueLayout->addWidget(m_due, 1);
    dueLayout->addWidget(m_highRisks);
    dueLayout->addWidget(m_overdueRisks);
    dueLayout->addWidget(m_candidates);
    connect(m_overdueRisks, &QPushButton::clicked, this, [this] {
        RiskFilter filter;
        filter.overdue = true;
        emit entriesRequested(filter, tr("Overdue for review or treatment"));
    });
    connect(m_highRisks, &QPushButton::clicked, this, [this] {
        RiskFilter filter;
        filter.status = QStringLiteral("open");
        filter.assessedOnly = true;
        filter.level = QStringLiteral("high");
        emit entriesRequested(filter, tr("assessed entries only"));
    });
    connect(m_candidates, &QPushButton::clicked, this, [this] {
        RiskFilter filter;
        filter.status = QStringLiteral("identified");
        emit entriesRequested(filter, QString());
    });
    // The second row of the grid, made after the first for Tab to follow it.
    m_importance = newChartView("importanceChart", this);
    m_departments = newChartView("departmentsChart", this);
    m_gaps = newChartView("gapsChart", this);

    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_documents = new QPushButton(this);
    m_documents->setObjectName(QStringLiteral("riskDocumentsButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(m_documents, &QPushButton::clicked, this, &DashboardWindow::riskDocumentsRequested);
    connect(m_print, &QPushButton::clicked, this, &DashboardWindow::print);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardWindow::savePdf);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_asOf);
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(m_heatBox, 0, 0);
    grid->addWidget(m_levels, 0, 1);
    grid->addWidget(m_treatments, 0, 2);
    grid->addWidget(m_dueBox, 0, 3);
    grid->addWidget(m_importance, 1, 0);
    // The areas' names are long: the gap chart gets two columns so that they are read, not elided.
    grid->addWidget(m_departments, 1, 1);
    grid->addWidget(m_gaps, 1, 2, 1, 2);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_documents);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addLayout(buttons);

    // Every write appends an audit event: a grown trail means the figures may have changed.
    m_poll = new QTimer(this);
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &DashboardWindow::refreshIfChanged);

    WindowGeometry::restore(this, QStringLiteral("dashboard"), QSize(1200, 680));
    retranslateUi();
    refresh();
}

QList<QChartView *> DashboardWindow::charts() const
{
    return {m_levels, m_treatments, m_importance, m_departments, m_gaps};
}

qint64 DashboardWindow::auditHead() const
{
    QString error;
    const std::optional<AuditCheckpoint> head = m_registry.audit().checkpoint(&error);
    return head ? head->seq : 0;
}

void DashboardWindow::refresh()
{
    m_seenHead = auditHead();
    const Result<DashboardFigures> figures = m_registry.dashboard().figures();
    m_error = figures ? QString() : figures.error;
    m_figures = figures ? *figures : DashboardFigures{};
    m_heatMap->setFigures(m_figures, m_registry.risks().criteria());
    fillCharts();
    retranslateUi();
}

void DashboardWindow::refreshIfChanged()
{
    if (auditHead() != m_seenHead)
        refresh();
}

void DashboardWindow::showEvent(QShowEvent *event)
{
    refreshIfChanged();
    m_poll->start();
    QWidget::showEvent(event);
}

void DashboardWindow::hideEvent(QHideEvent *event)
{
    m_poll->stop();
    QWidget::hideEvent(event);
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillCharts();
    }
    QWidget::changeEvent(event);
}

void DashboardWindow::fillCharts()
{
    const QLocale locale;
    {
        QChart *chart = freshChart(m_levels, tr("Assessed open risk entries by level"));
        auto *series = new QPieSeries;
        series->setHoleSize(0.35);
        for (const QString &level : {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}) {
            const qint64 count = m_figures.risksByLevel.value(level);
            QPieSlice *slice = series->append(
                tr("%1: %2").arg(RiskCodes::name(RiskCodes::List::Level, level), locale.toString(count)), qreal(count));
            slice->setColor(levelColour(level));
        }
        chart->addSeries(series);
        // The legend names every level with its count, also those with none (a pie of nothing draws nothing).
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->legend()->setVisible(true);
    }
    {
        QChart *chart = freshChart(m_treatments, tr("Assessed open risk entries by treatment"));
        QStringList categories;
        QList<qint64> values;
        for (const QString &treatment : RiskCodes::codes(RiskCodes::List::Treatment)) {
            categories << RiskCodes::name(RiskCodes::List::Treatment, treatment);
            values << m_figures.risksByTreatment.value(treatment);
        }
        categories << tr("Not chosen");
        values << m_figures.risksByTreatment.value(QString());
        // Across: the names of the options are long in Japanese.
        std::reverse(categories.begin(), categories.end());
        std::reverse(values.begin(), values.end());
        fillBars(chart, categories, values, QColor(0x6f, 0xa8, 0xdc), true);
    }
    {
        QChart *chart = freshChart(m_importance, tr("Assets by importance"));
        QStringList categories;
        QList<qint64> values;
        for (auto it = m_figures.assetsByImportance.constBegin(); it != m_figures.assetsByImportance.constEnd(); ++it) {
            categories << m_registry.scheme().importanceLabel(it.key());
            values << it.value();
        }
        fillBars(chart, categories, values, QColor(0x8e, 0x7c, 0xc3), false);
    }
    {
        // The departments with the most assets, the rest together: a long list of bars reads as noise.
        constexpr int kShown = 7;
        QList<QPair<qint64, QString>> ranked;
        for (auto it = m_figures.assetsByDepartment.constBegin(); it != m_figures.assetsByDepartment.constEnd(); ++it)
            ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QStringList categories;
        QList<qint64> values;
        qint64 others = 0;
        for (int index = 0; index < ranked.size(); ++index) {
            if (index < kShown) {
                categories.prepend(ranked.at(index).second);
                values.prepend(ranked.at(index).first);
            } else {
                others += ranked.at(index).first;
            }
        }
        if (others > 0) {
            categories.prepend(tr("Other departments (%1)").arg(ranked.size() - kShown));
            values.prepend(others);
        }
        QChart *chart = freshChart(m_departments, tr("Assets by department"));
        fillBars(chart, categories, values, QColor(0x76, 0xa5, 0xaf), true);
    }
    {
        QChart *chart = freshChart(m_gaps, tr("Control gaps by area (%1)").arg(locale.toString(m_figures.gaps)));
        QStringList categories;
        QList<qint64> values;
        for (auto it = m_figures.gapsByArea.constBegin(); it != m_figures.gapsByArea.constEnd(); ++it) {
            categories << ControlCodes::areaName(it.key());
            values << it.value();
        }
        fillBars(chart, categories, values, QColor(0xe6, 0x91, 0x38), true);
    }
}

void DashboardWindow::retranslateUi()
{
    setWindowTitle(tr("Dashboard"));
    const QString organisation = m_registry.settings().organisation();
    m_title->setText(organisation.isEmpty() ? tr("Dashboard") : tr("Dashboard – %1").arg(organisation));
    const QLocale locale;
    m_asOf->setText(m_error.isEmpty() ? tr("As of %1").arg(locale.toString(m_figures.today, QLocale::LongFormat))
                                      : m_error);
    m_heatBox->setTitle(tr("Heat map of assessed open risk entries (%1)").arg(locale.toString(m_figures.openRisks)));
    m_dueBox->setTitle(tr("Due"));
    const auto line = [&locale](const QString &text, qint64 count) {
        const QString number = locale.toString(count);
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
            .arg(text.toHtmlEscaped(), count > 0 ? QStringLiteral("<b>%1</b>").arg(number) : number);
    };
    m_due->setText(
        QStringLiteral("<table cellspacing=\"3\">") + line(tr("Asset reviews overdue"), m_figures.reviewsOverdue) +
        line(tr("Asset reviews within %1 days").arg(m_figures.withinDays), m_figures.reviewsDueSoon) +
        line(tr("Risk entries overdue for review or treatment"), m_figures.riskReviewsOverdue) +
        line(tr("Candidates not yet assessed (not in the heat map)"), m_figures.candidates) +
        line(tr("Acceptances ending within %1 days").arg(m_figures.withinDays), m_figures.acceptancesEnding) +
        line(tr("Disposals due within %1 days").arg(m_figures.withinDays), m_figures.disposalsDue) +
        line(tr("Assets (not disposed)"), m_figures.assets) + QStringLiteral("</table>"));
    m_overdueRisks->setText(tr("&Overdue Entries…"));
    m_highRisks->setText(tr("&High Risks…"));
    m_candidates->setText(tr("C&andidates to Assess…"));
    m_refresh->setText(tr("&Refresh"));
    m_documents->setText(tr("Risk &Documents…"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as PD&F…"));
    m_close->setText(tr("&Close"));
}

bool DashboardWindow::paint(QPagedPaintDevice *device, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("Cannot start printing the dashboard.");
        return false;
    }
    const QRectF page(0, 0, device->width(), device->height());
    // The buttons are not printed; everything above them is, scaled to the page and drawn as text and shapes.
    QRect area = childrenRect();
    area.setBottom(std::max(m_heatBox->geometry().bottom(), m_departments->geometry().bottom()));
    const qreal scale = std::min(page.width() / area.width(), page.height() / area.height());
    painter.scale(scale, scale);
    render(&painter, QPoint(), QRegion(area), QWidget::DrawChildren);
    painter.end();
    return true;
}

bool DashboardWindow::writePdf(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!OwnerFile::open(file)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        writer.setResolution(150);
        writer.setTitle(windowTitle());
        writer.setCreator(QStringLiteral("asset-registry"));
        if (!paint(&writer, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DashboardWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Dashboard"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!paint(&printer, &error))
        MessageBox::critical(this, tr("Cannot Print"), error);
}

bool DashboardWindow::savePdf()
{
    const QString suggested =
        tr("Dashboard") + QLatin1Char('_') + m_figures.today.toString(Qt::ISODate) + QStringLiteral(".pdf");
    const QString path = FileDialog::getSaveFileName(this, tr("Save Dashboard as PDF"), suggested,
                                                     tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!writePdf(path, &error)) {
        MessageBox::critical(this, tr("Dashboard Not Saved"), error);
        return false;
    }
    return true;
}
