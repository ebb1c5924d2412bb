// Minimum methods per kind of record, confidentiality level and personal-information kind.
#include "minimummethodsdialog.h"
#include "service/settingsservice.h"

#include "domain/assetcodes.h"
#include "domain/classification.h"
#include "domain/disposalcodes.h"
#include "domain/sanitisationtechniques.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "widgets/inputguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

MinimumMethodsDialog::MinimumMethodsDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("minimumMethodsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    const QStringList kinds = DisposalRule::kinds();
    for (int column = 0; column < kinds.size(); ++column) {
        auto *heading = new QLabel(this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, 0, column + 1);
        m_kindHeadings << heading;
    }
    const DisposalRule rule = registry.disposal().rule();
    int gridRow = 1;
    auto addRow = [&](int level, const QString &personalInfo) {
        Row row;
        row.level = level;
        row.personalInfo = personalInfo;
        row.label = new QLabel(this);
        grid->addWidget(row.label, gridRow, 0);
        for (int column = 0; column < kinds.size(); ++column) {
            const QString &kind = kinds.at(column);
            QComboBox *combo =
                newCombo(kind, level > 0 ? rule.levelMinimum(kind, level) : rule.floor(kind, personalInfo));
            combo->setObjectName(level > 0 ? QStringLiteral("%1Level%2").arg(kind).arg(level)
                                           : QStringLiteral("%1Floor_%2").arg(kind, personalInfo));
            grid->addWidget(combo, gridRow, column + 1);
            row.combos << combo;
        }
        ++gridRow;
        m_rows << row;
    };
    for (int level = 1; level <= 3; ++level)
        addRow(level, QString());
    m_floorHeading = new QLabel(this);
    m_floorHeading->setWordWrap(true);
    grid->addWidget(m_floorHeading, gridRow++, 0, 1, int(kinds.size()) + 1);
    for (const QString &personalInfo : DisposalRule::floorKinds())
        addRow(0, personalInfo);
    // The media-sanitisation combos keep the names the dialog's tests and users have known.
    for (const Row &row : std::as_const(m_rows)) {
        if (row.level > 0)
            row.combos.constFirst()->setObjectName(QStringLiteral("level%1").arg(row.level));
    }

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #B00020; }"));
    m_problems->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MinimumMethodsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    // Last, so that the values filled in above are not taken for the user's input.
    m_inputGuard = new InputGuard(this);
}

QComboBox *MinimumMethodsDialog::newCombo(const QString &kind, const QString &current)
{
    auto *combo = new QComboBox(this);
    // Data deletion reaches Purge at most: Destroy is not offered for it.
    const QStringList methods = SanitisationTechniques::methods(kind);
    for (const QString &method : methods)
        combo->addItem(QString(), method);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QComboBox *MinimumMethodsDialog::levelCombo(const QString &kind, int level) const
{
    const int column = int(DisposalRule::kinds().indexOf(kind));
    for (const Row &row : m_rows) {
        if (row.level == level && column >= 0)
            return row.combos.value(column);
    }
    return nullptr;
}

QComboBox *MinimumMethodsDialog::floorCombo(const QString &kind, const QString &personalInfo) const
{
    const int column = int(DisposalRule::kinds().indexOf(kind));
    for (const Row &row : m_rows) {
        if (row.level == 0 && row.personalInfo == personalInfo && column >= 0)
            return row.combos.value(column);
    }
    return nullptr;
}

bool MinimumMethodsDialog::saveLevels(const QString &kind, QString *error)
{
    DisposalService &service = m_registry.disposal();
    // Each level must stay between its neighbours; raising goes from the top level down and lowering from the
    // bottom up, so trying both orders lets any consistent set of choices through.
    QList<int> pending = {3, 2, 1};
    for (int pass = 0; pass < 2 && !pending.isEmpty(); ++pass) {
        QList<int> failed;
        for (int level : std::as_const(pending)) {
            const QString method = levelCombo(kind, level)->currentData().toString();
            if (service.rule().levelMinimum(kind, level) == method)
                continue;
            if (!service.setMinimumMethod(kind, level, method, error))
                failed << level;
        }
        std::reverse(failed.begin(), failed.end());
        pending = failed;
    }
    return pending.isEmpty();
}

bool MinimumMethodsDialog::saveFloors(const QString &kind, QString *error)
{
    DisposalService &service = m_registry.disposal();
    // Personal information is the lower bound of the other two: raising it goes last, lowering it first.
    QStringList pending = {QStringLiteral("sensitive"), QStringLiteral("my_number"), QStringLiteral("personal")};
    for (int pass = 0; pass < 2 && !pending.isEmpty(); ++pass) {
        QStringList failed;
        for (const QString &personalInfo : std::as_const(pending)) {
            const QString method = floorCombo(kind, personalInfo)->currentData().toString();
            if (service.rule().floor(kind, personalInfo) == method)
                continue;
            if (!service.setPersonalFloor(kind, personalInfo, method, error))
                failed << personalInfo;
        }
        std::reverse(failed.begin(), failed.end());
        pending = failed;
    }
    return pending.isEmpty();
}

void MinimumMethodsDialog::save()
{
    QString error;
    const QStringList kinds = DisposalRule::kinds();
    for (const QString &kind : kinds) {
        if (!saveLevels(kind, &error) || !saveFloors(kind, &error)) {
            m_problems->setText(error);
            m_problems->show();
            return;
        }
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
    m_intro->setText(tr("The weakest method allowed when disposing of an asset: the stronger of the minimum for its "
                        "confidentiality and the minimum for its personal information, for each kind of disposal. "
                        "Media that leave the organisation (reuse outside, recycling, return to the manufacturer) "
                        "always need at least Purge; data deleted in a system or service cannot be destroyed, so "
                        "Purge is its strongest method. A weaker method needs an override reason and is flagged."));
    const QStringList kinds = DisposalRule::kinds();
    for (int column = 0; column < kinds.size(); ++column)
        m_kindHeadings.at(column)->setText(DisposalCodes::name(DisposalCodes::List::Kind, kinds.at(column)));
    m_floorHeading->setText(tr("Personal information (at least):"));
    const ClassificationScheme &scheme = m_registry.scheme();
    for (const Row &row : std::as_const(m_rows)) {
        if (row.level > 0)
            row.label->setText(tr("Confidentiality %1 (%2):")
                                   .arg(scheme.levelLabel(Objective::Confidentiality, row.level),
                                        m_registry.settings().handlingLabel(row.level)));
        else
            row.label->setText(tr("%1:").arg(AssetCodes::personalInfoName(row.personalInfo)));
        for (QComboBox *combo : row.combos) {
            for (int index = 0; index < combo->count(); ++index)
                combo->setItemText(index,
                                   DisposalCodes::name(DisposalCodes::List::Method, combo->itemData(index).toString()));
        }
    }
}

void MinimumMethodsDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
