// Minimum method per confidentiality level.
#include "minimummethodsdialog.h"
#include "service/settingsservice.h"

#include "domain/classification.h"
#include "domain/disposalcodes.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "widgets/inputguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

MinimumMethodsDialog::MinimumMethodsDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("minimumMethodsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const DisposalRule rule = registry.disposal().rule();
    for (int level = 1; level <= 3; ++level) {
        auto *label = new QLabel(this);
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("level%1").arg(level));
        const QStringList methods = DisposalCodes::codes(DisposalCodes::List::Method);
        for (const QString &method : methods)
            combo->addItem(QString(), method);
        combo->setCurrentIndex(combo->findData(rule.levelMinimum(level)));
        form->addRow(label, combo);
        m_labels << label;
        m_combos << combo;
    }
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #B00020; }"));
    m_problems->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MinimumMethodsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    // Last, so that the values filled in above are not taken for the user's input.
    m_inputGuard = new InputGuard(this);
}

void MinimumMethodsDialog::save()
{
    DisposalService &service = m_registry.disposal();
    // Each level must stay between its neighbours; raising goes from the top level down and lowering from the
    // bottom up, so trying both orders lets any consistent set of choices through.
    QList<int> pending = {3, 2, 1};
    QString error;
    for (int pass = 0; pass < 2 && !pending.isEmpty(); ++pass) {
        QList<int> failed;
        for (int level : std::as_const(pending)) {
            const QString method = m_combos.at(level - 1)->currentData().toString();
            if (service.rule().levelMinimum(level) == method)
                continue;
            if (!service.setMinimumMethod(level, method, &error))
                failed << level;
        }
        std::reverse(failed.begin(), failed.end());
        pending = failed;
    }
    if (!pending.isEmpty()) {
        m_problems->setText(error);
        m_problems->show();
        return;
    }
    accept();
}

void MinimumMethodsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MinimumMethodsDialog::retranslateUi()
{
    setWindowTitle(tr("Minimum Sanitisation Methods"));
    m_intro->setText(tr("The weakest method allowed when disposing of an asset, by its confidentiality. Media that "
                        "leave the organisation (reuse outside, recycling, return to the manufacturer) always need at "
                        "least Purge. A weaker method needs an override reason and is flagged."));
    const ClassificationScheme &scheme = m_registry.scheme();
    for (int level = 1; level <= 3; ++level) {
        m_labels.at(level - 1)->setText(
            tr("Confidentiality %1 (%2):")
                .arg(scheme.levelLabel(Objective::Confidentiality, level), m_registry.settings().handlingLabel(level)));
        QComboBox *combo = m_combos.at(level - 1);
        for (int index = 0; index < combo->count(); ++index)
            combo->setItemText(index,
                               DisposalCodes::name(DisposalCodes::List::Method, combo->itemData(index).toString()));
    }
}

void MinimumMethodsDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
