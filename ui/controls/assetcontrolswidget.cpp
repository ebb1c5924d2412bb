// The Controls tab of the asset editor.
#include "assetcontrolswidget.h"

#include "assetcontrolsmodel.h"
#include "assignmentdialog.h"
#include "controlpickerdialog.h"

#include "domain/controlcodes.h"
#include "editing/assignmentundo.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "widgets/messagebox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

AssetControlsWidget::AssetControlsWidget(Registry &registry, qint64 assetId, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_assetId(assetId)
    , m_readOnly(readOnly)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("controlsSummary"));
    m_summary->setWordWrap(true);
    m_model = new AssetControlsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("assetControlsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AssetControlsModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("controlDetails"));
    m_details->setReadOnly(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignControlButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editAssignmentButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeAssignmentButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_assign, &QPushButton::clicked, this, &AssetControlsWidget::assignControls);
    connect(m_edit, &QPushButton::clicked, this, &AssetControlsWidget::editAssignment);
    connect(m_remove, &QPushButton::clicked, this, &AssetControlsWidget::removeAssignment);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (!m_readOnly)
            editAssignment();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        updateDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AssetControlsWidget::updateDetails);
    retranslateUi();
    refresh();
}

AssetControlsWidget::~AssetControlsWidget() = default;

void AssetControlsWidget::setAssetId(qint64 assetId)
{
    m_assetId = assetId;
    refresh();
}

void AssetControlsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AssetControlsWidget::retranslateUi()
{
    m_assign->setText(tr("&Assign Controls…"));
    m_assign->setToolTip(tr("Choose controls from the catalogues and assign them to this asset"));
    m_edit->setText(tr("&Edit Assignment…"));
    m_remove->setText(tr("&Remove Assignment"));
    m_model->retranslate();
    refresh();
}

void AssetControlsWidget::refresh()
{
    const qint64 current =
        m_model->rowAt(m_view->currentIndex().row()) ? m_model->rowAt(m_view->currentIndex().row())->control.id : 0;
    if (m_assetId == 0) {
        m_model->setRows({});
        m_summary->setText(tr("Save the asset first; its controls can be assigned once it is in the registry."));
        updateButtons();
        updateDetails();
        return;
    }
    const Result<QList<AssetControl>> rows = m_registry.assignments().controlsOfAsset(m_assetId);
    if (!rows.ok()) {
        m_model->setRows({});
        m_summary->setText(rows.error);
        updateButtons();
        return;
    }
    m_model->setRows(*rows.value);
    int required = 0;
    int gaps = 0;
    for (const AssetControl &row : *rows.value) {
        required += row.required ? 1 : 0;
        gaps += row.gapKind.isEmpty() ? 0 : 1;
    }
    const QLocale locale;
    QString text = tr("The baseline requires %1 controls for this asset's classification; %2 are gaps. %3 controls "
                      "are assigned.")
                       .arg(locale.toString(required), locale.toString(gaps),
                            locale.toString(int(
                                std::count_if(rows.value->cbegin(), rows.value->cend(),
                                              [](const AssetControl &row) { return row.assignment.has_value(); }))));
    if (m_readOnly)
        text += QLatin1Char(' ') + tr("The asset has been disposed; its controls can no longer be changed.");
    else
        text += QLatin1Char(' ') + tr("Changes to controls are saved at once.");
    m_summary->setText(text);
    m_view->resizeColumnsToContents();
    // Area names are long; the title of the control matters more.
    m_view->setColumnWidth(AssetControlsModel::Area, std::min(m_view->columnWidth(AssetControlsModel::Area),
                                                              fontMetrics().averageCharWidth() * 22));
    m_view->horizontalHeader()->setSectionResizeMode(AssetControlsModel::Title, QHeaderView::Stretch);
    const int row = m_model->rowOfControl(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
    updateDetails();
}

void AssetControlsWidget::updateButtons()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    bool anyAssigned = false;
    for (const QModelIndex &index : selected) {
        if (const AssetControl *row = m_model->rowAt(index.row()); row && row->assignment)
            anyAssigned = true;
    }
    const bool editable = !m_readOnly && m_assetId > 0;
    m_assign->setEnabled(editable);
    m_edit->setEnabled(editable && !selected.isEmpty());
    m_remove->setEnabled(editable && anyAssigned);
}

void AssetControlsWidget::updateDetails()
{
    const AssetControl *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row) {
        m_details->clear();
        return;
    }
    QString text = row->control.codeAndTitle() + QStringLiteral("\n") + row->control.description();
    if (row->required) {
        const QStringList reasons = m_registry.baseline().requirementReasons(m_assetId, row->control.id);
        text += QStringLiteral("\n\n") + tr("Required by the baseline: %1").arg(reasons.join(QStringLiteral("; ")));
    }
    if (row->assignment && !row->assignment->applicable)
        text += QStringLiteral("\n\n") + tr("Not applicable: %1").arg(row->assignment->reason);
    if (row->assignment && !row->assignment->evidenceNote.isEmpty())
        text += QStringLiteral("\n\n") + tr("Evidence: %1").arg(row->assignment->evidenceNote);
    m_details->setPlainText(text);
}

ControlPickerDialog *AssetControlsWidget::assignControls()
{
    if (m_readOnly || m_assetId == 0)
        return nullptr;
    auto *picker = new ControlPickerDialog(m_registry, true, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker = picker;
    connect(picker, &QDialog::finished, this, [this, picker](int result) {
        m_picker = nullptr;
        if (result != QDialog::Accepted)
            return;
        QList<qint64> ids;
        const QList<Control> chosen = picker->selectedControls();
        for (const Control &control : chosen)
            ids << control.id;
        if (!ids.isEmpty())
            openAssignment(ids);
    });
    picker->open();
    return picker;
}

AssignmentDialog *AssetControlsWidget::editAssignment()
{
    QList<qint64> ids;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        if (const AssetControl *row = m_model->rowAt(index.row()))
            ids << row->control.id;
    }
    if (ids.isEmpty())
        return nullptr;
    return openAssignment(ids);
}

AssignmentDialog *AssetControlsWidget::editControl(qint64 controlId)
{
    return openAssignment({controlId});
}

AssignmentDialog *AssetControlsWidget::openAssignment(const QList<qint64> &controlIds)
{
    if (m_readOnly || m_assetId == 0)
        return nullptr;
    QList<Control> controls;
    for (qint64 id : controlIds) {
        if (const std::optional<Control> control = m_registry.catalogs().control(id))
            controls << *control;
    }
    auto *dialog = new AssignmentDialog(m_registry, {m_assetId}, controls, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_dialog = nullptr;
        if (result == QDialog::Accepted) {
            refresh();
            emit changed();
        }
    });
    dialog->open();
    return dialog;
}

void AssetControlsWidget::removeAssignment()
{
    QList<const AssetControl *> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QStringList codes;
    for (const QModelIndex &index : selected) {
        const AssetControl *row = m_model->rowAt(index.row());
        if (row && row->assignment) {
            rows << row;
            codes << row->control.code;
        }
    }
    if (rows.isEmpty())
        return;
    if (MessageBox::question(this, tr("Remove Assignment"),
                             tr("Remove the assignment of %1? Its status, responsible person and evidence note are "
                                "removed; the audit trail keeps them.")
                                 .arg(codes.join(QStringLiteral(", ")))) != QMessageBox::Yes)
        return;
    // All of them in one step, as they are stored now: all or nothing, and one step of Edit ▸ Undo.
    QList<qint64> ids;
    for (const AssetControl *row : std::as_const(rows))
        ids << row->control.id;
    const Result<QList<AssignmentState>> before = m_registry.assignments().states({m_assetId}, ids);
    Result<int> removed = before ? Result<int>::failure(QString()) : Result<int>::failure(before.error);
    if (before) {
        QList<AssignmentState> none = *before;
        for (AssignmentState &state : none)
            state.assignment.reset();
        removed = m_registry.assignments().replace(*before, none);
        if (removed)
            AssignmentUndoCommand::record(this, *before, none);
    }
    if (!removed.ok())
        MessageBox::critical(this, tr("Assignment Not Removed"), removed.error);
    refresh();
    emit changed();
}
