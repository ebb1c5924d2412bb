// The bulk edit of selected assets.
#include "bulkeditdialog.h"

#include "domain/assetcodes.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "widgets/inputguard.h"
#include "widgets/localdate.h"
#include "widgets/problempanel.h"
#include "widgets/windowgeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QComboBox *textCombo(const QStringList &values, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(values);
    combo->setCurrentIndex(-1);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(24);
    return combo;
}

} // namespace

BulkEditDialog::BulkEditDialog(Registry &registry, const QList<qint64> &assetIds, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk Edit"));
    // Read now, so that a change someone else saves meanwhile is a conflict and not silently overwritten.
    for (const qint64 id : assetIds) {
        const Result<Asset> asset = registry.assets().byId(id);
        if (asset)
            m_before << *asset;
    }
    AssetService &assets = registry.assets();
    m_intro = new QLabel(tr("Changes the ticked fields of %n asset(s) at once. Either every asset is changed or, when "
                            "one of them cannot be, none; Edit ▸ Undo takes the whole change back.",
                            nullptr, int(m_before.size())),
                         this);
    m_intro->setWordWrap(true);

    m_changeDepartment = new QCheckBox(tr("Managing &department:"), this);
    m_department = textCombo(assets.distinctValues(AssetField::Department), this);
    m_department->setObjectName(QStringLiteral("department"));
    m_changeOwner = new QCheckBox(tr("&Owner:"), this);
    m_owner = textCombo(assets.distinctValues(AssetField::Owner), this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_changeStatus = new QCheckBox(tr("&Status:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &code : AssetCodes::statuses()) {
        // Disposal is recorded with its evidence (Disposal ▸ Record Disposal), never set by hand.
        if (code != QLatin1String("disposed"))
            m_status->addItem(AssetCodes::statusName(code), code);
    }
    m_changeMedium = new QCheckBox(tr("&Medium class:"), this);
    m_medium = new QComboBox(this);
    m_medium->setObjectName(QStringLiteral("medium"));
    for (const QString &code : AssetCodes::mediumClasses())
        m_medium->addItem(AssetCodes::mediumClassName(code), code);
    m_reviewed = new QCheckBox(tr("Mark as &reviewed on:"), this);
    m_reviewed->setObjectName(QStringLiteral("reviewed"));
    const QDate today = registry.clock().today();
    m_reviewedOn = new QDateEdit(today, this);
    m_reviewedOn->setObjectName(QStringLiteral("reviewedOn"));
    m_reviewedOn->setCalendarPopup(true);
    m_reviewedOn->setDisplayFormat(LocalDate::format());
    m_reviewedOn->setMaximumDate(today);
    m_reviewer = new QLineEdit(registry.actor(), this);
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_reviewer->setMaxLength(200);
    m_reviewer->setPlaceholderText(tr("Reviewed by"));
    m_reviewer->setToolTip(tr("The person who reviewed the assets"));
    const QList<std::pair<QCheckBox *, QWidget *>> rows = {{m_changeDepartment, m_department},
                                                           {m_changeOwner, m_owner},
                                                           {m_changeStatus, m_status},
                                                           {m_changeMedium, m_medium}};
    for (const auto &[box, field] : rows)
        box->setObjectName(field->objectName() + QStringLiteral("Box"));

    auto *grid = new QGridLayout;
    int row = 0;
    for (const auto &[box, field] : rows) {
        grid->addWidget(box, row, 0);
        grid->addWidget(field, row, 1, 1, 2);
        ++row;
    }
    grid->addWidget(m_reviewed, row, 0);
    grid->addWidget(m_reviewedOn, row, 1);
    grid->addWidget(m_reviewer, row, 2);
    grid->setColumnStretch(2, 1);

    m_problems = new ProblemPanel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change %n Asset(s)", nullptr, int(m_before.size())));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    // Choosing a value ticks its box; the fields of an unticked box are greyed.
    for (const auto &[box, field] : rows) {
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateEnabled);
        if (auto *combo = qobject_cast<QComboBox *>(field)) {
            QCheckBox *owner = box;
            connect(combo, &QComboBox::activated, owner, [owner] { owner->setChecked(true); });
            if (combo->isEditable())
                connect(combo->lineEdit(), &QLineEdit::textEdited, owner, [owner] { owner->setChecked(true); });
        }
    }
    connect(m_reviewed, &QCheckBox::toggled, this, &BulkEditDialog::updateEnabled);
    const QList<QWidget *> order = {m_changeDepartment, m_department, m_changeOwner,  m_owner,
                                    m_changeStatus,     m_status,     m_changeMedium, m_medium,
                                    m_reviewed,         m_reviewedOn, m_reviewer};
    for (qsizetype index = 1; index < order.size(); ++index)
        setTabOrder(order.at(index - 1), order.at(index));
    updateEnabled();
    m_inputGuard = new InputGuard(this);
    WindowGeometry::restore(this, QStringLiteral("bulkEdit"), QSize(640, 320));
}

void BulkEditDialog::updateEnabled()
{
    m_department->setEnabled(m_changeDepartment->isChecked());
    m_owner->setEnabled(m_changeOwner->isChecked());
    m_status->setEnabled(m_changeStatus->isChecked());
    m_medium->setEnabled(m_changeMedium->isChecked());
    m_reviewedOn->setEnabled(m_reviewed->isChecked());
    m_reviewer->setEnabled(m_reviewed->isChecked());
    const bool any = m_changeDepartment->isChecked() || m_changeOwner->isChecked() || m_changeStatus->isChecked() ||
                     m_changeMedium->isChecked() || m_reviewed->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any && !m_before.isEmpty());
    // Unticking the field at fault makes its problem go.
    if (m_problems->hasProblems())
        m_problems->setProblems({});
}

QList<Asset> BulkEditDialog::edited() const
{
    QList<Asset> result = m_before;
    for (Asset &asset : result) {
        if (m_changeDepartment->isChecked())
            asset.department = m_department->currentText().trimmed();
        if (m_changeOwner->isChecked())
            asset.owner = m_owner->currentText().trimmed();
        if (m_changeStatus->isChecked())
            asset.status = m_status->currentData().toString();
        if (m_changeMedium->isChecked())
            asset.mediumClass = m_medium->currentData().toString();
    }
    return result;
}

void BulkEditDialog::accept()
{
    std::optional<AssetService::ReviewMark> review;
    if (m_reviewed->isChecked())
        review = AssetService::ReviewMark{m_reviewedOn->date(), m_reviewer->text()};
    const Result<QList<Asset>> saved = m_registry.assets().updateAssets(edited(), review);
    if (!saved) {
        QStringList messages;
        for (const Problem &problem : saved.problems)
            messages << problem.message;
        if (messages.isEmpty())
            messages << saved.error;
        m_problems->setProblems(messages, tr("Nothing was changed:"));
        return;
    }
    m_after = *saved;
    QDialog::accept();
}

void BulkEditDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
