// The acceptance of a risk.
#include "acceptancedialog.h"

#include "domain/riskcodes.h"
#include "domain/riskmethod.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "widgets/inputguard.h"
#include "widgets/localdate.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AcceptanceDialog::AcceptanceDialog(Registry &registry, const Risk &risk, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_risk(risk)
{
    setObjectName(QStringLiteral("acceptanceDialog"));
    m_subject = new QLabel(this);
    m_subject->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("acceptanceHint"));
    m_hint->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("acceptanceProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_problems->hide();

    const QDate today = registry.clock().today();
    m_approver = new QLineEdit(this);
    m_approver->setObjectName(QStringLiteral("acceptanceApprover"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("acceptanceTitle"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("acceptanceRole"));
    m_on = new QDateEdit(today, this);
    m_on->setObjectName(QStringLiteral("acceptanceOn"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(LocalDate::format());
    const RiskCriteria criteria = registry.risks().criteria();
    const int months =
        risk.acceptedLevel() == QLatin1String("high") ? criteria.acceptanceMonthsHigh : criteria.acceptanceMonths;
    m_until = new QDateEdit(today.addMonths(months), this);
    m_until->setObjectName(QStringLiteral("acceptanceUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(LocalDate::format());
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("acceptanceReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &key, QWidget *field) {
        auto *caption = new QLabel(this);
        caption->setBuddy(field);
        m_labels.insert(key, caption);
        form->addRow(caption, field);
    };
    row(QStringLiteral("accepted_by"), m_approver);
    row(QStringLiteral("accepted_title"), m_title);
    row(QStringLiteral("accepted_role"), m_role);
    row(QStringLiteral("accepted_on"), m_on);
    row(QStringLiteral("accepted_until"), m_until);
    row(QStringLiteral("acceptance_reason"), m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcceptanceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AcceptanceDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AcceptanceDialog::updateHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("riskAcceptance"), QSize(560, sizeHint().height()));
    m_inputGuard = new InputGuard(this);
}

void AcceptanceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AcceptanceDialog::retranslateUi()
{
    setWindowTitle(tr("Accept Risk %1").arg(m_risk.riskNo));
    m_subject->setText(
        tr("%1 — %2, risk level %3 (value %4)")
            .arg(m_risk.riskNo, m_risk.threatName, RiskCodes::name(RiskCodes::List::Level, m_risk.acceptedLevel()))
            .arg(m_risk.hasResidual() ? m_risk.residualValue : m_risk.riskValue));
    m_labels[QStringLiteral("accepted_by")]->setText(tr("A&pprover:"));
    m_labels[QStringLiteral("accepted_title")]->setText(tr("&Title:"));
    m_labels[QStringLiteral("accepted_role")]->setText(tr("&Role:"));
    m_labels[QStringLiteral("accepted_on")]->setText(tr("Approved &on:"));
    m_labels[QStringLiteral("accepted_until")]->setText(tr("Accepted &until:"));
    m_labels[QStringLiteral("acceptance_reason")]->setText(tr("R&eason:"));
    m_approver->setPlaceholderText(tr("Name of the person who approves"));
    m_title->setPlaceholderText(tr("e.g. Chief Information Security Officer"));
    const QString current = m_role->currentData().toString();
    m_role->clear();
    for (const QString &code : RiskCodes::codes(RiskCodes::List::Role))
        m_role->addItem(RiskCodes::name(RiskCodes::List::Role, code), code);
    const int index = m_role->findData(current.isEmpty() ? m_registry.risks().criteria().highApprover : current);
    m_role->setCurrentIndex(std::max(0, index));
    updateHint();
}

void AcceptanceDialog::updateHint()
{
    const RiskCriteria criteria = m_registry.risks().criteria();
    const QString role = m_role->currentData().toString();
    QStringList lines;
    lines << tr("Under the risk criteria, %1 may accept risks up to %2.")
                 .arg(RiskCodes::name(RiskCodes::List::Role, role),
                      RiskCodes::name(RiskCodes::List::Level, RiskMethod::authorityOf(criteria, role)));
    lines << tr("An acceptance is valid for at most %1 months (high risks: %2).")
                 .arg(criteria.acceptanceMonths)
                 .arg(criteria.acceptanceMonthsHigh);
    m_hint->setText(lines.join(QLatin1Char('\n')));
}

RiskAcceptance AcceptanceDialog::acceptanceFromFields() const
{
    RiskAcceptance acceptance;
    acceptance.approver = m_approver->text();
    acceptance.title = m_title->text();
    acceptance.role = m_role->currentData().toString();
    acceptance.on = m_on->date();
    acceptance.until = m_until->date();
    acceptance.reason = m_reason->toPlainText();
    return acceptance;
}

bool AcceptanceDialog::save()
{
    for (const QString &key : std::as_const(m_marked))
        if (QLabel *caption = m_labels.value(key))
            caption->setStyleSheet(QString());
    m_marked.clear();
    m_problems->hide();
    const RiskAcceptance acceptance = acceptanceFromFields();
    const QStringList warnings = m_registry.risks().acceptanceWarnings(m_risk.riskNo, acceptance);
    if (!warnings.isEmpty() &&
        MessageBox::warning(this, tr("Accept Risk"),
                            warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                tr("Accept the risk all the same?"),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    const Result<Risk> accepted = m_registry.risks().accept(m_risk.riskNo, acceptance);
    if (!accepted) {
        m_problems->setText(accepted.error);
        m_problems->show();
        for (const Problem &problem : accepted.problems) {
            if (QLabel *caption = m_labels.value(problem.field)) {
                caption->setStyleSheet(QStringLiteral("color: #a01010; font-weight: bold;"));
                m_marked << problem.field;
            }
        }
        return false;
    }
    m_inputGuard->setModified(false);
    emit acceptedRisk(*accepted);
    return true;
}

void AcceptanceDialog::accept()
{
    if (save())
        QDialog::accept();
}

void AcceptanceDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
