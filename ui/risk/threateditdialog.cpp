// Editing a threat.
#include "threateditdialog.h"

#include "domain/assetcodes.h"
#include "domain/riskcodes.h"
#include "service/registry.h"
#include "service/threatservice.h"
#include "widgets/inputguard.h"
#include "widgets/windowgeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

constexpr char kObjectiveCodes[] = "CIA";

QListWidget *checkList(const QStringList &codes, const std::function<QString(const QString &)> &name,
                       const QStringList &checked, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const QString &code : codes) {
        auto *item = new QListWidgetItem(name(code), list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    list->setFixedHeight(list->fontMetrics().lineSpacing() * 5 + 8);
    return list;
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

} // namespace

ThreatEditDialog::ThreatEditDialog(Registry &registry, const Threat &threat, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_threat(threat)
{
    setObjectName(QStringLiteral("threatEditDialog"));
    const bool builtIn = threat.builtIn;
    setWindowTitle(threat.id == 0 ? tr("New Threat") : tr("Threat %1").arg(threat.code));

    m_code = new QLineEdit(threat.code, this);
    m_code->setObjectName(QStringLiteral("threatCode"));
    m_code->setPlaceholderText(QStringLiteral("T-OWN-01"));
    m_code->setReadOnly(threat.id != 0);
    m_nameJa = new QLineEdit(threat.nameJa, this);
    m_nameJa->setObjectName(QStringLiteral("threatNameJa"));
    m_nameEn = new QLineEdit(threat.nameEn, this);
    m_nameEn->setObjectName(QStringLiteral("threatNameEn"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("threatCategory"));
    for (const QString &code : RiskCodes::codes(RiskCodes::List::Category))
        m_category->addItem(RiskCodes::name(RiskCodes::List::Category, code), code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(threat.category)));
    m_policyRef = new QLineEdit(threat.policyRef, this);
    m_policyRef->setObjectName(QStringLiteral("threatPolicyRef"));
    m_policyRef->setPlaceholderText(QStringLiteral("§3(1)"));
    auto *objectives = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_objectives[i] = new QCheckBox(this);
        m_objectives[i]->setChecked(threat.objectives.contains(QLatin1Char(kObjectiveCodes[i])));
        objectives->addWidget(m_objectives[i]);
    }
    m_objectives[0]->setText(tr("Confidentiality (C)"));
    m_objectives[1]->setText(tr("Integrity (I)"));
    m_objectives[2]->setText(tr("Availability (A)"));
    objectives->addStretch(1);
    m_assetTypes = checkList(AssetCodes::assetTypes(), AssetCodes::assetTypeName, threat.assetTypes, this);
    m_assetTypes->setObjectName(QStringLiteral("threatAssetTypes"));
    m_mediumClasses = checkList(
        RiskCodes::codes(RiskCodes::List::MediumClass),
        [](const QString &code) { return RiskCodes::name(RiskCodes::List::MediumClass, code); }, threat.mediumClasses,
        this);
    m_mediumClasses->setObjectName(QStringLiteral("threatMediumClasses"));
    m_related = new QLineEdit(threat.relatedControls.join(QStringLiteral(", ")), this);
    m_related->setObjectName(QStringLiteral("threatRelatedControls"));
    m_related->setPlaceholderText(QStringLiteral("TEC-01, OPS-02"));
    m_likelihood = new QComboBox(this);
    m_likelihood->setObjectName(QStringLiteral("threatLikelihood"));
    for (int value = 3; value >= 1; --value)
        m_likelihood->addItem(QString::number(value), value);
    m_likelihood->setCurrentIndex(std::max(0, m_likelihood->findData(threat.id == 0 ? 2 : threat.likelihood)));
    m_likelihood->setToolTip(tr("3: the threat occurs in normal circumstances (it may happen at any time)\n"
                                "2: the threat occurs in particular circumstances (a few times a year)\n"
                                "1: the threat does not occur in normal circumstances"));
    m_rationale = new QLineEdit(threat.likelihoodRationale, this);
    m_rationale->setObjectName(QStringLiteral("threatLikelihoodRationale"));
    m_descriptionJa = new QPlainTextEdit(threat.descriptionJa, this);
    m_descriptionJa->setTabChangesFocus(true);
    m_descriptionJa->setFixedHeight(m_descriptionJa->fontMetrics().lineSpacing() * 2 + 12);
    m_descriptionEn = new QPlainTextEdit(threat.descriptionEn, this);
    m_descriptionEn->setTabChangesFocus(true);
    m_descriptionEn->setFixedHeight(m_descriptionEn->fontMetrics().lineSpacing() * 2 + 12);
    m_source = new QLineEdit(threat.source, this);

    auto *form = new QGridLayout;
    int row = 0;
    // Tab follows the grid, row by row, not the order the fields were made in.
    QList<QWidget *> tabOrder;
    const auto add = [&](const QString &key, const QString &text, QWidget *field, QLayout *fieldLayout = nullptr) {
        auto *caption = new QLabel(text, this);
        caption->setBuddy(field);
        m_labels.insert(key, caption);
        const int column = (row % 2) * 2;
        if (fieldLayout) {
            form->addLayout(fieldLayout, row / 2, column + 1);
            for (int index = 0; index < fieldLayout->count(); ++index)
                if (QWidget *widget = fieldLayout->itemAt(index)->widget())
                    tabOrder << widget;
        } else {
            form->addWidget(field, row / 2, column + 1);
            tabOrder << field;
        }
        form->addWidget(caption, row / 2, column, Qt::AlignTop);
        ++row;
    };
    add(QStringLiteral("code"), tr("&Code:"), m_code);
    add(QStringLiteral("category"), tr("Ca&tegory:"), m_category);
    add(QStringLiteral("name"), tr("Name (&Japanese):"), m_nameJa);
    add(QStringLiteral("name_en"), tr("Name (&English):"), m_nameEn);
    add(QStringLiteral("policy"), tr("&Policy reference:"), m_policyRef);
    add(QStringLiteral("objectives"), tr("Objectives affected:"), m_objectives[0], objectives);
    add(QStringLiteral("asset_types"), tr("Asset t&ypes (none: all):"), m_assetTypes);
    add(QStringLiteral("medium_classes"), tr("&Medium classes (none: all):"), m_mediumClasses);
    add(QStringLiteral("related"), tr("&Related controls:"), m_related);
    add(QStringLiteral("likelihood"), tr("Threat &likelihood:"), m_likelihood);
    add(QStringLiteral("likelihood_rationale"), tr("Rationale of the likel&ihood:"), m_rationale);
    add(QStringLiteral("source"), tr("&Source:"), m_source);
    add(QStringLiteral("description"), tr("Description (Japa&nese):"), m_descriptionJa);
    add(QStringLiteral("description_en"), tr("Description (En&glish):"), m_descriptionEn);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    for (qsizetype index = 1; index < tabOrder.size(); ++index)
        QWidget::setTabOrder(tabOrder.at(index - 1), tabOrder.at(index));

    // A built-in threat keeps the catalogue's texts: only this registry's likelihood is its own.
    for (QWidget *field :
         {static_cast<QWidget *>(m_nameJa), static_cast<QWidget *>(m_nameEn), static_cast<QWidget *>(m_category),
          static_cast<QWidget *>(m_policyRef), static_cast<QWidget *>(m_assetTypes),
          static_cast<QWidget *>(m_mediumClasses), static_cast<QWidget *>(m_related),
          static_cast<QWidget *>(m_descriptionJa), static_cast<QWidget *>(m_descriptionEn),
          static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_objectives[0]),
          static_cast<QWidget *>(m_objectives[1]), static_cast<QWidget *>(m_objectives[2])})
        field->setEnabled(!builtIn);

    auto *hint = new QLabel(builtIn ? tr("A built-in threat keeps the texts of the catalogue; this registry can set "
                                         "its own likelihood with a rationale.")
                                    : tr("Related controls are control codes; the vulnerability of an asset is "
                                         "derived from its assignments of them."),
                            this);
    hint->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("threatProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_problems->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ThreatEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ThreatEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    WindowGeometry::restore(this, QStringLiteral("threatEdit"), QSize(900, sizeHint().height()));
    m_inputGuard = new InputGuard(this);
}

Threat ThreatEditDialog::threatFromFields() const
{
    Threat threat = m_threat;
    threat.code = m_code->text().trimmed().toUpper();
    threat.nameJa = m_nameJa->text().trimmed();
    threat.nameEn = m_nameEn->text().trimmed();
    threat.category = m_category->currentData().toString();
    threat.policyRef = m_policyRef->text().trimmed();
    threat.objectives.clear();
    for (int i = 0; i < 3; ++i)
        if (m_objectives[i]->isChecked())
            threat.objectives += QLatin1Char(kObjectiveCodes[i]);
    threat.assetTypes = checkedCodes(m_assetTypes);
    threat.mediumClasses = checkedCodes(m_mediumClasses);
    threat.relatedControls.clear();
    static const QRegularExpression separators(QStringLiteral("[,\\s、]+"));
    for (const QString &code : m_related->text().split(separators, Qt::SkipEmptyParts))
        threat.relatedControls << code.toUpper();
    threat.likelihood = m_likelihood->currentData().toInt();
    if (m_threat.id == 0)
        threat.defaultLikelihood = threat.likelihood;
    threat.likelihoodRationale = m_rationale->text().trimmed();
    threat.descriptionJa = m_descriptionJa->toPlainText().trimmed();
    threat.descriptionEn = m_descriptionEn->toPlainText().trimmed();
    threat.source = m_source->text().trimmed();
    return threat;
}

bool ThreatEditDialog::save()
{
    for (QLabel *caption : std::as_const(m_labels))
        caption->setStyleSheet(QString());
    const Threat threat = threatFromFields();
    ThreatService &threats = m_registry.threats();
    const Result<Threat> saved =
        m_threat.id == 0
            ? threats.add(threat)
            : (m_threat.builtIn ? threats.setLikelihood(threat.code, threat.likelihood, threat.likelihoodRationale)
                                : threats.edit(threat));
    if (!saved) {
        m_problems->setText(saved.error);
        m_problems->show();
        for (const Problem &problem : saved.problems)
            if (QLabel *caption = m_labels.value(problem.field))
                caption->setStyleSheet(QStringLiteral("color: #a01010; font-weight: bold;"));
        return false;
    }
    m_saved = *saved;
    m_inputGuard->setModified(false);
    return true;
}

void ThreatEditDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ThreatEditDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
