// The list of rule breaches.
#include "rulecheckdialog.h"

#include "domain/assetfield.h"
#include "service/registry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kAssetIdRole = Qt::UserRole + 1;

} // namespace

RuleCheckDialog::RuleCheckDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("ruleCheckDialog"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("ruleBreaches"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setColumnCount(5);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit assetActivated(item->data(0, kAssetIdRole).toLongLong());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_refresh = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            emit assetActivated(item->data(0, kAssetIdRole).toLongLong());
    });
    connect(m_refresh, &QPushButton::clicked, this, &RuleCheckDialog::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_open->setEnabled(current != nullptr); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(960, 520);
    retranslateUi();
    refresh();
}

void RuleCheckDialog::refresh()
{
    m_error.clear();
    if (!RuleCheck::run(m_registry, &m_breaches, &m_error))
        m_breaches.clear();
    fill();
}

void RuleCheckDialog::fill()
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    QList<qint64> assets;
    for (const RuleBreach &breach : std::as_const(m_breaches)) {
        const AssetField *field = AssetField::find(breach.field);
        auto *item = new QTreeWidgetItem(
            {breach.assetNo, breach.assetName,
             RuleCheck::ruleTitle(breach.rule) + QStringLiteral(" (") + breach.rule + QLatin1Char(')'),
             field ? field->label() : breach.field, breach.message});
        item->setData(0, kAssetIdRole, breach.assetId);
        item->setToolTip(4, breach.message);
        items << item;
        if (!assets.contains(breach.assetId))
            assets << breach.assetId;
    }
    m_list->addTopLevelItems(items);
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.constFirst());
    m_open->setEnabled(!items.isEmpty());
    if (!m_error.isEmpty())
        m_summary->setText(m_error);
    else if (m_breaches.isEmpty())
        m_summary->setText(tr("Every asset meets the personal-information and retention rules."));
    else
        m_summary->setText(tr("%n asset(s) break a personal-information or retention rule. Open each one and fix "
                              "the field named here; the registry does not change them by itself.",
                              nullptr, int(assets.size())));
}

void RuleCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QDialog::changeEvent(event);
}

void RuleCheckDialog::retranslateUi()
{
    setWindowTitle(tr("Check Rules"));
    m_list->setHeaderLabels({tr("Asset No."), tr("Asset name"), tr("Rule"), tr("Field"), tr("Fix")});
    m_open->setText(tr("&Open Asset"));
    m_refresh->setText(tr("Check &Again"));
}
