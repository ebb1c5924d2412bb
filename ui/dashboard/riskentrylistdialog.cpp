// The filtered list of risk entries.
#include "riskentrylistdialog.h"

#include "riskentrymodel.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RiskEntryListDialog::RiskEntryListDialog(const Registry &registry, const RiskFilter &filter, const QString &caption,
                                         QWidget *parent)
    : QDialog(parent)
    , m_caption(caption)
{
    setObjectName(QStringLiteral("riskEntryListDialog"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_model = new RiskEntryModel(registry, filter, this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RiskEntryModel::Asset, 200);
    m_view->setColumnWidth(RiskEntryModel::Threat, 220);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    WindowGeometry::restore(this, QStringLiteral("riskEntryList"), QSize(900, 480));
    retranslateUi();
}

void RiskEntryListDialog::reload()
{
    m_model->reload();
    retranslateUi();
}

void RiskEntryListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RiskEntryListDialog::retranslateUi()
{
    setWindowTitle(tr("Risk Entries — %1").arg(m_caption));
    m_summary->setText(m_model->lastError().isEmpty()
                           ? tr("%1: %2 entries").arg(m_caption, QLocale().toString(m_model->total()))
                           : m_model->lastError());
    m_close->setText(tr("&Close"));
}
