// The catalogues window.
#include "catalogdialog.h"

#include "controleditdialog.h"

#include "domain/controlcodes.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

CatalogDialog::CatalogDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("catalogDialog"));
    m_catalogs = new QListWidget(this);
    m_catalogs->setObjectName(QStringLiteral("catalogList"));
    m_catalogInfo = new QLabel(this);
    m_catalogInfo->setWordWrap(true);
    m_catalogInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_controls = new QTreeWidget(this);
    m_controls->setObjectName(QStringLiteral("controlList"));
    m_controls->setRootIsDecorated(false);
    m_controls->setUniformRowHeights(true);
    m_controls->setColumnCount(5);
    m_controls->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_controls->header()->setStretchLastSection(false);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_catalogs, 1);
    leftLayout->addWidget(m_catalogInfo);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_controls);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit = new QPushButton(this);
    m_retire = new QPushButton(this);
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addSpacing(16);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retire);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_catalogs, &QListWidget::currentRowChanged, this, &CatalogDialog::fillControls);
    connect(m_controls, &QTreeWidget::currentItemChanged, this, &CatalogDialog::updateDetails);
    connect(m_controls, &QTreeWidget::itemDoubleClicked, this, &CatalogDialog::editOwnControl);
    connect(m_import, &QPushButton::clicked, this, &CatalogDialog::importOscal);
    connect(m_add, &QPushButton::clicked, this, &CatalogDialog::addOwnControl);
    connect(m_edit, &QPushButton::clicked, this, &CatalogDialog::editOwnControl);
    connect(m_retire, &QPushButton::clicked, this, &CatalogDialog::toggleRetired);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    fillCatalogs();
    WindowGeometry::restore(this, QStringLiteral("catalogs"), QSize(1100, 700));
}

CatalogDialog::~CatalogDialog() = default;

void CatalogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CatalogDialog::retranslateUi()
{
    setWindowTitle(tr("Control Catalogues"));
    m_controls->setHeaderLabels({tr("Code"), tr("Title"), tr("Area"), tr("ISO/IEC 27001"), tr("SP 800-53")});
    m_import->setText(tr("&Import OSCAL Catalogue…"));
    m_import->setToolTip(tr("Import an OSCAL JSON catalogue such as NIST SP 800-53 Rev. 5; importing it again "
                            "updates it"));
    m_add->setText(tr("&New Own Control…"));
    m_edit->setText(tr("&Edit…"));
    m_close->setText(tr("Close"));
    const qint64 catalog = currentCatalogId();
    fillCatalogs();
    selectCatalog(catalog);
}

qint64 CatalogDialog::currentCatalogId() const
{
    const QListWidgetItem *item = m_catalogs->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

qint64 CatalogDialog::currentControlId() const
{
    const QTreeWidgetItem *item = m_controls->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void CatalogDialog::fillCatalogs()
{
    const QSignalBlocker blocker(m_catalogs);
    const qint64 current = currentCatalogId();
    m_catalogs->clear();
    const QList<ControlCatalog> catalogs = m_registry.catalogs().catalogs();
    const QLocale locale;
    for (const ControlCatalog &catalog : catalogs) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(catalog.displayTitle(), locale.toString(catalog.controlCount)), m_catalogs);
        item->setData(kIdRole, catalog.id);
        item->setToolTip(catalog.displayTitle());
    }
    selectCatalog(current);
    if (m_catalogs->currentRow() < 0 && m_catalogs->count() > 0)
        m_catalogs->setCurrentRow(0);
    fillControls();
}

void CatalogDialog::selectCatalog(qint64 catalogId)
{
    for (int row = 0; row < m_catalogs->count(); ++row) {
        if (m_catalogs->item(row)->data(kIdRole).toLongLong() == catalogId)
            m_catalogs->setCurrentRow(row);
    }
}

void CatalogDialog::fillControls()
{
    const qint64 currentControl = currentControlId();
    m_controls->clear();
    const std::optional<ControlCatalog> catalog = m_registry.catalogs().catalog(currentCatalogId());
    if (!catalog) {
        m_catalogInfo->clear();
        updateDetails();
        return;
    }
    const QLocale locale;
    QStringList info;
    if (catalog->kind == ControlCatalog::Kind::BuiltIn)
        info << tr("Written for this application, in Japanese and English. Version %1.").arg(catalog->version);
    else if (catalog->kind == ControlCatalog::Kind::Own)
        info << tr("The controls of this registry. Add your own where the catalogues do not fit.");
    else
        info << tr("Imported from %1. Version %2, updated %3.")
                    .arg(catalog->source, catalog->version,
                         locale.toString(catalog->updatedAt.toLocalTime(), QLocale::ShortFormat));
    m_catalogInfo->setText(info.join(QLatin1Char('\n')));
    const bool own = catalog->kind == ControlCatalog::Kind::Own;
    const QList<Control> controls = m_registry.catalogs().controls(catalog->id, own);
    QList<QTreeWidgetItem *> items;
    for (const Control &control : controls) {
        auto *item = new QTreeWidgetItem(
            {control.code, control.title(), control.area ? ControlCodes::areaName(control.area) : QString(),
             control.isoRefs.join(QStringLiteral(", ")), control.nistRefs.join(QStringLiteral(", "))});
        item->setData(0, kIdRole, control.id);
        if (control.retired) {
            for (int column = 0; column < 5; ++column)
                item->setForeground(column, QBrush(Qt::gray));
            item->setText(1, tr("%1 (retired)").arg(control.title()));
        }
        items << item;
    }
    m_controls->addTopLevelItems(items);
    m_controls->resizeColumnToContents(0);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->data(0, kIdRole).toLongLong() == currentControl)
            m_controls->setCurrentItem(item);
    }
    m_add->setEnabled(true);
    updateDetails();
}

void CatalogDialog::updateDetails()
{
    const std::optional<Control> control = m_registry.catalogs().control(currentControlId());
    const bool own = control && control->catalogKey == QLatin1String("own");
    m_edit->setEnabled(own);
    m_retire->setEnabled(own);
    m_retire->setText(control && control->retired ? tr("&Reinstate") : tr("&Retire"));
    if (!control) {
        m_details->clear();
        return;
    }
    QString text = control->codeAndTitle();
    if (!control->groupTitle.isEmpty())
        text += QStringLiteral(" — ") + control->groupTitle;
    text += QStringLiteral("\n\n") + control->description();
    m_details->setPlainText(text);
}

bool CatalogDialog::importOscal()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import OSCAL Catalogue"), tr("OSCAL catalogues (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<CatalogChange> change = m_registry.catalogs().importOscal(path);
    QApplication::restoreOverrideCursor();
    if (!change.ok()) {
        MessageBox::critical(this, tr("Catalogue Not Imported"), change.error);
        return false;
    }
    const QLocale locale;
    MessageBox::information(
        this, tr("Catalogue Imported"),
        tr("%1\n\n%2 controls added, %3 updated, %4 unchanged, %5 retired; %6 withdrawn controls left out.")
            .arg(change.value->title, locale.toString(change.value->added), locale.toString(change.value->updated),
                 locale.toString(change.value->unchanged), locale.toString(change.value->retired),
                 locale.toString(change.value->withdrawn)));
    fillCatalogs();
    selectCatalog(change.value->catalogId);
    return true;
}

bool CatalogDialog::addOwnControl()
{
    Control draft;
    draft.area = 1;
    ControlEditDialog dialog(m_registry, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    fillCatalogs();
    selectCatalog(dialog.savedControl().catalogId);
    return true;
}

bool CatalogDialog::editOwnControl()
{
    const std::optional<Control> control = m_registry.catalogs().control(currentControlId());
    if (!control || control->catalogKey != QLatin1String("own"))
        return false;
    ControlEditDialog dialog(m_registry, *control, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    fillControls();
    return true;
}

bool CatalogDialog::toggleRetired()
{
    const std::optional<Control> control = m_registry.catalogs().control(currentControlId());
    if (!control)
        return false;
    if (!control->retired &&
        MessageBox::question(this, tr("Retire Control"),
                             tr("Retire %1? It is no longer offered nor required by the baseline; the assets keep "
                                "their assignments of it.")
                                 .arg(control->codeAndTitle())) != QMessageBox::Yes)
        return false;
    const Result<Control> changed = m_registry.customControls().setRetired(control->id, !control->retired);
    if (!changed.ok()) {
        MessageBox::critical(this, tr("Control Not Changed"), changed.error);
        return false;
    }
    fillCatalogs();
    return true;
}
