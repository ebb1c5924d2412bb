// The ledger print options dialog.
#include "ledgerprintdialog.h"
#include "service/settingsservice.h"

#include "i18n/language.h"
#include "service/registry.h"
#include "widgets/bannerchoice.h"
#include "widgets/windowgeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kSettings = QStringLiteral("ledger/");

} // namespace

LedgerPrintDialog::LedgerPrintDialog(const Registry &registry, const LedgerOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_base(options)
{
    setWindowTitle(tr("Print Asset Ledger"));
    setObjectName(QStringLiteral("ledgerPrintDialog"));

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_paper->setCurrentIndex(options.paper == QPageSize::A3 ? 1 : 0);

    m_orientation = new QComboBox(this);
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(options.orientation == QPageLayout::Portrait ? 1 : 0);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Language of the application"), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(options.language)));

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->addItem(tr("No grouping"), int(LedgerOptions::Grouping::None));
    m_grouping->addItem(AssetField::byId(AssetField::Department).label(), int(LedgerOptions::Grouping::Department));
    m_grouping->addItem(AssetField::byId(AssetField::AssetType).label(), int(LedgerOptions::Grouping::AssetType));
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(int(options.grouping))));

    // The banner: automatic (the highest label of the printed assets), one of the registry's labels, none, or a
    // text of the user's own.
    m_banner = new BannerChoice(registry.settings(), options.banner, this);
    m_banner->setObjectName(QStringLiteral("banner"));

    m_approvals = new QCheckBox(tr("Approval boxes (approved, checked, prepared) on the first page"), this);
    m_approvals->setObjectName(QStringLiteral("approvals"));
    m_approvals->setChecked(options.approvalBoxes);

    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("selection"));
    m_selection->setWordWrap(true);
    m_selection->setText(tr("Assets: %1\nSorted by: %2")
                             .arg(LedgerDocument::filterSummary(options.filter, registry),
                                  AssetField::byId(options.sort.field).label()));

    auto *form = new QFormLayout;
    form->addRow(tr("Pap&er:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("La&nguage:"), m_language);
    form->addRow(tr("&Group by:"), m_grouping);
    form->addRow(tr("&Banner:"), m_banner);
    form->addRow(QString(), m_approvals);
    form->addRow(tr("Selection:"), m_selection);

    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    fillColumns(options.columns.isEmpty() ? LedgerDocument::defaultColumns(m_registry.scheme()) : options.columns);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move &Down"), this);
    auto *defaults = new QPushButton(tr("&Ledger Columns"), this);
    defaults->setToolTip(tr("The columns of the IPA ledger, in their order"));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(defaults, &QPushButton::clicked, this,
            [this] { fillColumns(LedgerDocument::defaultColumns(m_registry.scheme())); });
    auto *columnButtons = new QVBoxLayout;
    columnButtons->addWidget(up);
    columnButtons->addWidget(down);
    columnButtons->addStretch();
    columnButtons->addWidget(defaults);
    auto *columnsBox = new QGroupBox(tr("&Columns"), this);
    auto *columnsLayout = new QHBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns);
    columnsLayout->addLayout(columnButtons);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *preview = m_buttons->addButton(tr("Pre&view…"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(QStringLiteral("previewButton"));
    QPushButton *print = m_buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printButton"));
    QPushButton *pdf = m_buttons->addButton(tr("Save as PD&F…"), QDialogButtonBox::AcceptRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    preview->setDefault(true);
    connect(preview, &QPushButton::clicked, this, [this] { m_output = Output::Preview; });
    connect(print, &QPushButton::clicked, this, [this] { m_output = Output::Printer; });
    connect(pdf, &QPushButton::clicked, this, [this] { m_output = Output::Pdf; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(columnsBox, 1);
    layout->addWidget(m_buttons);
    WindowGeometry::restore(this, QStringLiteral("ledger"), QSize(520, 620));
}

void LedgerPrintDialog::fillColumns(const QList<AssetField::Id> &checked)
{
    m_columns->clear();
    // The chosen columns first, in their order, then the others unchecked in ledger order.
    QList<AssetField::Id> order = checked;
    for (const AssetField &field : AssetField::all()) {
        if (!order.contains(field.id))
            order << field.id;
    }
    for (AssetField::Id id : std::as_const(order)) {
        auto *item = new QListWidgetItem(AssetField::byId(id).label(m_registry.scheme()), m_columns);
        item->setData(Qt::UserRole, int(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setCurrentRow(0);
}

void LedgerPrintDialog::moveCurrent(int step)
{
    const int row = m_columns->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentRow(target);
}

LedgerOptions LedgerPrintDialog::options() const
{
    LedgerOptions options = m_base;
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.language = m_language->currentData().toString();
    options.grouping = LedgerOptions::Grouping(m_grouping->currentData().toInt());
    options.banner = m_banner->banner();
    options.approvalBoxes = m_approvals->isChecked();
    options.columns.clear();
    for (int row = 0; row < m_columns->count(); ++row) {
        const QListWidgetItem *item = m_columns->item(row);
        if (item->checkState() == Qt::Checked)
            options.columns << AssetField::Id(item->data(Qt::UserRole).toInt());
    }
    if (options.columns.isEmpty())
        options.columns = LedgerDocument::defaultColumns(m_registry.scheme());
    return options;
}

LedgerOptions LedgerPrintDialog::remembered()
{
    QSettings settings;
    LedgerOptions options;
    options.paper = settings.value(kSettings + QStringLiteral("paper")).toString() == QLatin1String("A3")
                        ? QPageSize::A3
                        : QPageSize::A4;
    options.orientation = settings.value(kSettings + QStringLiteral("portrait")).toBool() ? QPageLayout::Portrait
                                                                                          : QPageLayout::Landscape;
    options.language = settings.value(kSettings + QStringLiteral("language")).toString();
    options.approvalBoxes = settings.value(kSettings + QStringLiteral("approvals"), true).toBool();
    LedgerDocument::parseGrouping(settings.value(kSettings + QStringLiteral("grouping")).toString(), &options.grouping);
    QString error;
    const QString columns = settings.value(kSettings + QStringLiteral("columns")).toString();
    if (!columns.isEmpty() && !LedgerDocument::parseColumns(columns, &options.columns, &error))
        options.columns.clear();
    return options;
}

void LedgerPrintDialog::remember(const LedgerOptions &options)
{
    QSettings settings;
    settings.setValue(kSettings + QStringLiteral("paper"),
                      options.paper == QPageSize::A3 ? QStringLiteral("A3") : QStringLiteral("A4"));
    settings.setValue(kSettings + QStringLiteral("portrait"), options.orientation == QPageLayout::Portrait);
    settings.setValue(kSettings + QStringLiteral("language"), options.language);
    settings.setValue(kSettings + QStringLiteral("approvals"), options.approvalBoxes);
    settings.setValue(kSettings + QStringLiteral("grouping"),
                      options.grouping == LedgerOptions::Grouping::Department  ? QStringLiteral("department")
                      : options.grouping == LedgerOptions::Grouping::AssetType ? QStringLiteral("asset_type")
                                                                               : QStringLiteral("none"));
    QStringList keys;
    for (AssetField::Id id : options.columns)
        keys << AssetField::byId(id).keyString();
    settings.setValue(kSettings + QStringLiteral("columns"), keys.join(QLatin1Char(',')));
}
