// The risk criteria page of the registry settings.
#include "riskcriteriawidget.h"

#include "domain/riskcodes.h"
#include "service/registry.h"
#include "service/riskservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace {

QComboBox *codeCombo(RiskCodes::List list, const char *name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    for (const QString &code : RiskCodes::codes(list))
        combo->addItem(RiskCodes::name(list, code), code);
    return combo;
}

QSpinBox *spin(int from, int to, const char *name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(from, to);
    return box;
}

} // namespace

RiskCriteriaWidget::RiskCriteriaWidget(Registry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("riskCriteria"));
    m_method = codeCombo(RiskCodes::List::Method, "riskMethod", this);
    m_high = spin(2, 27, "riskHighThreshold", this);
    m_medium = spin(2, 27, "riskMediumThreshold", this);
    m_scale = new QLabel(this);
    m_scale->setWordWrap(true);
    m_ownerMayAccept = codeCombo(RiskCodes::List::Level, "riskOwnerMayAccept", this);
    m_managerMayAccept = codeCombo(RiskCodes::List::Level, "riskManagerMayAccept", this);
    m_highApprover = codeCombo(RiskCodes::List::Role, "riskHighApprover", this);
    m_reviewMonths = spin(1, 60, "riskReviewMonths", this);
    m_reviewMonthsHigh = spin(1, 60, "riskReviewMonthsHigh", this);
    m_acceptanceMonths = spin(1, 60, "riskAcceptanceMonths", this);
    m_acceptanceMonthsHigh = spin(1, 60, "riskAcceptanceMonthsHigh", this);
    for (QSpinBox *box : {m_reviewMonths, m_reviewMonthsHigh, m_acceptanceMonths, m_acceptanceMonthsHigh})
        box->setSuffix(tr(" months"));

    auto *form = new QFormLayout(this);
    const auto row = [this, form](const QString &text, QWidget *field) {
        auto *caption = new QLabel(text, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    row(tr("Method of risk &assessment:"), m_method);
    auto *thresholds = new QHBoxLayout;
    auto *highLabel = new QLabel(tr("&High from:"), this);
    highLabel->setBuddy(m_high);
    auto *mediumLabel = new QLabel(tr("M&edium from:"), this);
    mediumLabel->setBuddy(m_medium);
    thresholds->addWidget(highLabel);
    thresholds->addWidget(m_high);
    thresholds->addSpacing(12);
    thresholds->addWidget(mediumLabel);
    thresholds->addWidget(m_medium);
    thresholds->addStretch(1);
    form->addRow(tr("Risk level thresholds:"), thresholds);
    form->addRow(QString(), m_scale);
    row(tr("An asset owner may accept &up to:"), m_ownerMayAccept);
    row(tr("A security ma&nager may accept up to:"), m_managerMayAccept);
    row(tr("Accepting a high risk needs the a&pproval of:"), m_highApprover);
    auto *review = new QHBoxLayout;
    review->addWidget(m_reviewMonths);
    auto *reviewHighLabel = new QLabel(tr("high ris&ks:"), this);
    reviewHighLabel->setBuddy(m_reviewMonthsHigh);
    review->addWidget(reviewHighLabel);
    review->addWidget(m_reviewMonthsHigh);
    review->addStretch(1);
    auto *reviewLabel = new QLabel(tr("&Review every:"), this);
    reviewLabel->setBuddy(m_reviewMonths);
    form->addRow(reviewLabel, review);
    auto *acceptance = new QHBoxLayout;
    acceptance->addWidget(m_acceptanceMonths);
    auto *acceptanceHighLabel = new QLabel(tr("high risk&s:"), this);
    acceptanceHighLabel->setBuddy(m_acceptanceMonthsHigh);
    acceptance->addWidget(acceptanceHighLabel);
    acceptance->addWidget(m_acceptanceMonthsHigh);
    acceptance->addStretch(1);
    auto *acceptanceLabel = new QLabel(tr("An acceptance is &valid for at most:"), this);
    acceptanceLabel->setBuddy(m_acceptanceMonths);
    form->addRow(acceptanceLabel, acceptance);
    auto *hint = new QLabel(tr("Changing the criteria recomputes the level of every open risk entry. The criteria in "
                               "force are copied into each approved assessment run."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    m_loaded = registry.risks().criteria();
    load(m_loaded);
    connect(m_method, &QComboBox::activated, this, &RiskCriteriaWidget::methodChosen);
}

void RiskCriteriaWidget::load(const RiskCriteria &criteria)
{
    const auto choose = [](QComboBox *combo, const QString &code) {
        combo->setCurrentIndex(std::max(0, combo->findData(code)));
    };
    choose(m_method, criteria.method);
    m_high->setValue(criteria.highThreshold);
    m_medium->setValue(criteria.mediumThreshold);
    choose(m_ownerMayAccept, criteria.ownerMayAccept);
    choose(m_managerMayAccept, criteria.managerMayAccept);
    choose(m_highApprover, criteria.highApprover);
    m_reviewMonths->setValue(criteria.reviewMonths);
    m_reviewMonthsHigh->setValue(criteria.reviewMonthsHigh);
    m_acceptanceMonths->setValue(criteria.acceptanceMonths);
    m_acceptanceMonthsHigh->setValue(criteria.acceptanceMonthsHigh);
    m_scale->setText(tr("Risk values run from 1 to %1; a value at or above the high threshold is high, at or above "
                        "the medium one medium, below it low.")
                         .arg(criteria.maximumValue()));
}

void RiskCriteriaWidget::methodChosen()
{
    // Another method has another scale: start from its suggested thresholds.
    const RiskCriteria suggested = RiskCriteria::defaults(m_method->currentData().toString());
    m_high->setValue(suggested.highThreshold);
    m_medium->setValue(suggested.mediumThreshold);
    m_scale->setText(tr("Risk values run from 1 to %1; a value at or above the high threshold is high, at or above "
                        "the medium one medium, below it low.")
                         .arg(suggested.maximumValue()));
}

RiskCriteria RiskCriteriaWidget::criteriaFromFields() const
{
    RiskCriteria criteria = m_loaded;
    criteria.method = m_method->currentData().toString();
    criteria.highThreshold = m_high->value();
    criteria.mediumThreshold = m_medium->value();
    criteria.ownerMayAccept = m_ownerMayAccept->currentData().toString();
    criteria.managerMayAccept = m_managerMayAccept->currentData().toString();
    criteria.highApprover = m_highApprover->currentData().toString();
    criteria.reviewMonths = m_reviewMonths->value();
    criteria.reviewMonthsHigh = m_reviewMonthsHigh->value();
    criteria.acceptanceMonths = m_acceptanceMonths->value();
    criteria.acceptanceMonthsHigh = m_acceptanceMonthsHigh->value();
    return criteria;
}

bool RiskCriteriaWidget::isChanged() const
{
    return criteriaFromFields().toSettings() != m_loaded.toSettings();
}

bool RiskCriteriaWidget::save(QString *error)
{
    if (!isChanged())
        return true;
    const Result<RiskCriteria> saved = m_registry.risks().setCriteria(criteriaFromFields());
    if (!saved) {
        *error = saved.error;
        return false;
    }
    m_loaded = *saved;
    return true;
}
