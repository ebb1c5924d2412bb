// The dashboard's heat map.
#include "heatmapwidget.h"

#include "domain/riskcodes.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("heatMap"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(3);
    m_rowTitle = new QLabel(this);
    m_rowTitle->setAlignment(Qt::AlignCenter);
    m_rowTitle->setWordWrap(true);
    m_columnTitle = new QLabel(this);
    m_columnTitle->setAlignment(Qt::AlignCenter);
    grid->addWidget(m_rowTitle, 0, 0, 3, 1);
    for (int importance = 3; importance >= 1; --importance) {
        const int row = 3 - importance;
        auto *label = new QLabel(QString::number(importance), this);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, row, 1);
        for (int damage = 1; damage <= 3; ++damage) {
            auto *button = new QPushButton(this);
            button->setObjectName(QStringLiteral("heatCell_%1_%2").arg(importance).arg(damage));
            button->setMinimumSize(48, 36);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
            connect(button, &QPushButton::clicked, this,
                    [this, importance, damage] { emit cellClicked(importance, damage); });
            m_cells[importance - 1][damage - 1] = button;
            grid->addWidget(button, row, damage + 1);
        }
    }
    for (int damage = 1; damage <= 3; ++damage) {
        auto *label = new QLabel(QString::number(damage), this);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, 3, damage + 1);
    }
    grid->addWidget(m_columnTitle, 4, 2, 1, 3);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(4, 1);
    retranslateUi();
}

QPushButton *HeatMapWidget::cell(int importance, int damageLikelihood) const
{
    if (importance < 1 || importance > 3 || damageLikelihood < 1 || damageLikelihood > 3)
        return nullptr;
    return m_cells[importance - 1][damageLikelihood - 1];
}

QString HeatMapWidget::cellLevel(const RiskCriteria &criteria, int importance, int damageLikelihood)
{
    // The cell's value is importance × likelihood of damage only in IPA's method; the product method's thresholds are
    // on another scale, so its cells are coloured by IPA's.
    const RiskCriteria scale = criteria.method == QLatin1String("ipa") ? criteria : RiskCriteria::defaults();
    return RiskMethod::level(scale, importance * damageLikelihood);
}

void HeatMapWidget::setFigures(const DashboardFigures &figures, const RiskCriteria &criteria)
{
    m_figures = figures;
    m_criteria = criteria;
    retranslateUi();
}

void HeatMapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HeatMapWidget::retranslateUi()
{
    m_rowTitle->setText(tr("Impor-\ntance"));
    m_columnTitle->setText(tr("Likelihood of damage"));
    const QLocale locale;
    for (int importance = 1; importance <= 3; ++importance) {
        for (int damage = 1; damage <= 3; ++damage) {
            QPushButton *button = m_cells[importance - 1][damage - 1];
            const QString level = cellLevel(m_criteria, importance, damage);
            const qint64 count = m_figures.heatAt(importance, damage);
            button->setText(locale.toString(count));
            button->setToolTip(tr("Importance %1 × likelihood of damage %2 = %3 (%4): %5 assessed open entries. "
                                  "Click to show them in the risk register.")
                                   .arg(importance)
                                   .arg(damage)
                                   .arg(importance * damage)
                                   .arg(RiskCodes::name(RiskCodes::List::Level, level), locale.toString(count)));
            // Colours of the level, lighter when the cell is empty; the text stays dark on every one of them.
            const QString background =
                level == QLatin1String("high")     ? (count ? QStringLiteral("#e06666") : QStringLiteral("#f4cccc"))
                : level == QLatin1String("medium") ? (count ? QStringLiteral("#f6b26b") : QStringLiteral("#fce5cd"))
                                                   : (count ? QStringLiteral("#93c47d") : QStringLiteral("#d9ead3"));
            button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: #000000; border: 1px solid "
                                                 "#808080; font-weight: %2; font-size: 13pt; }")
                                      .arg(background, count ? QStringLiteral("bold") : QStringLiteral("normal")));
        }
    }
}
