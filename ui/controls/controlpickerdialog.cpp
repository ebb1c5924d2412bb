// The control picker.
#include "controlpickerdialog.h"

#include "domain/controlcodes.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ControlPickerDialog::ControlPickerDialog(Registry &registry, bool multiple, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_multiple(multiple)
{
    m_catalogLabel = new QLabel(this);
    m_catalog = new QComboBox(this);
    m_catalog->setObjectName(QStringLiteral("catalogCombo"));
    m_catalog->addItem(QString(), qint64(0));
    const QList<ControlCatalog> catalogs = registry.catalogs().catalogs();
    for (const ControlCatalog &catalog : catalogs) {
        if (catalog.controlCount > 0)
            m_catalog->addItem(catalog.displayTitle(), catalog.id);
    }
    m_catalogLabel->setBuddy(m_catalog);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("controlList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(multiple ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_list->setColumnCount(3);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_description = new QPlainTextEdit(this);
    m_description->setReadOnly(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_description);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_catalogLabel);
    filters->addWidget(m_catalog, 1);
    filters->addSpacing(12);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    m_controls = registry.catalogs().controls();
    connect(m_catalog, &QComboBox::currentIndexChanged, this, &ControlPickerDialog::fill);
    connect(m_search, &QLineEdit::textChanged, this, &ControlPickerDialog::fill);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ControlPickerDialog::updateDescription);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ControlPickerDialog::updateDescription);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    retranslateUi();
    fill();
    WindowGeometry::restore(this, QStringLiteral("controlPicker"), QSize(860, 620));
}

void ControlPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ControlPickerDialog::retranslateUi()
{
    setWindowTitle(m_multiple ? tr("Choose Controls") : tr("Choose a Control"));
    m_catalogLabel->setText(tr("&Catalogue:"));
    m_catalog->setItemText(0, tr("All catalogues"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Code or words of the title"));
    m_list->setHeaderLabels({tr("Code"), tr("Title"), tr("Area")});
}

void ControlPickerDialog::fill()
{
    const qint64 catalogId = m_catalog->currentData().toLongLong();
    const QString search = m_search->text().trimmed();
    const QList<Control> selected = selectedControls();
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const Control &control : std::as_const(m_controls)) {
        if (catalogId > 0 && control.catalogId != catalogId)
            continue;
        if (!search.isEmpty() && !control.code.contains(search, Qt::CaseInsensitive) &&
            !control.titleJa.contains(search, Qt::CaseInsensitive) &&
            !control.titleEn.contains(search, Qt::CaseInsensitive))
            continue;
        auto *item = new QTreeWidgetItem(
            {control.code, control.title(), control.area ? ControlCodes::areaName(control.area) : QString()});
        item->setData(0, kIdRole, control.id);
        item->setToolTip(1, control.title());
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(0);
    for (const Control &control : selected)
        select(control.id);
    updateDescription();
}

QList<Control> ControlPickerDialog::selectedControls() const
{
    QList<Control> result;
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        const qint64 id = item->data(0, kIdRole).toLongLong();
        for (const Control &control : m_controls) {
            if (control.id == id)
                result << control;
        }
    }
    return result;
}

void ControlPickerDialog::select(qint64 controlId)
{
    for (int index = 0; index < m_list->topLevelItemCount(); ++index) {
        QTreeWidgetItem *item = m_list->topLevelItem(index);
        if (item->data(0, kIdRole).toLongLong() == controlId) {
            item->setSelected(true);
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
        }
    }
}

void ControlPickerDialog::setSearch(const QString &text)
{
    m_search->setText(text);
}

void ControlPickerDialog::updateDescription()
{
    const QList<Control> selected = selectedControls();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selected.isEmpty());
    if (selected.size() != 1) {
        m_description->setPlainText(selected.isEmpty() ? QString()
                                                       : tr("%n controls chosen.", nullptr, int(selected.size())));
        return;
    }
    const Control &control = selected.constFirst();
    QStringList references;
    if (!control.isoRefs.isEmpty())
        references << tr("ISO/IEC 27001:2022 %1").arg(control.isoRefs.join(QStringLiteral(", ")));
    if (!control.nistRefs.isEmpty())
        references << tr("NIST SP 800-53 %1").arg(control.nistRefs.join(QStringLiteral(", ")));
    QString text = control.codeAndTitle() + QStringLiteral("\n\n") + control.description();
    if (!references.isEmpty())
        text += QStringLiteral("\n\n") + references.join(QStringLiteral("\n"));
    m_description->setPlainText(text);
}
