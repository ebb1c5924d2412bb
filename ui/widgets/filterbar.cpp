// Filter bar of the asset table.
#include "filterbar.h"

#include "domain/assetcodes.h"
#include "service/assetservice.h"
#include "service/registry.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);

    auto makeCombo = [this] {
        auto *combo = new QComboBox(this);
        // Narrow in the bar; the list that drops down is as wide as its longest entry.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit filterChanged();
        });
        return combo;
    };
    m_department = makeCombo();
    m_department->setMaxVisibleItems(20);
    m_assetType = makeCombo();
    m_importance = makeCombo();
    m_status = makeCombo();
    m_personalInfo = makeCombo();
    m_personalInfo->setMinimumContentsLength(24);
    m_overdue = new QCheckBox(this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    connect(m_overdue, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            emit filterChanged();
    });

    m_retentionUnset = new QCheckBox(this);
    m_retentionUnset->setObjectName(QStringLiteral("retentionUnsetFilter"));
    connect(m_retentionUnset, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            emit filterChanged();
    });

    m_clear = new QToolButton(this);
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    // Enter filters at once rather than after the delay.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay.isActive()) {
            m_searchDelay.stop();
            emit filterChanged();
        }
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search, 2);
    layout->addSpacing(8);
    for (QComboBox *combo : {m_department, m_assetType, m_importance, m_status, m_personalInfo}) {
        // A choice shows as much of its text as the window allows: on a 1366-pixel laptop the bar still fits, and the
        // whole text is in the list and the tool tip.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        combo->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        layout->addWidget(combo, 1);
    }
    layout->addWidget(m_overdue);
    layout->addWidget(m_retentionUnset);
    layout->addWidget(m_clear);
    layout->addStretch(0);

    retranslateUi();
}

void FilterBar::setRegistry(const Registry *registry)
{
    m_registry = registry;
    fillChoices();
}

void FilterBar::refreshDepartments()
{
    const QString current = m_department->currentData().toString();
    QList<QPair<QString, QVariant>> choices{{tr("All departments"), QString()}};
    if (m_registry) {
        const QStringList departments = m_registry->assets().distinctValues(AssetField::Department);
        for (const QString &department : departments)
            choices.append({department, department});
    }
    m_filling = true;
    setChoices(m_department, choices);
    fitChoices(m_department, 1);
    const int index = m_department->findData(current);
    m_department->setCurrentIndex(std::max(0, index));
    m_filling = false;
    // A department that no longer exists is no longer a filter.
    if (index < 0 && !current.isEmpty())
        emit filterChanged();
}

void FilterBar::setChoices(QComboBox *combo, const QList<QPair<QString, QVariant>> &choices)
{
    // Keeps the chosen entry by its data, so a retranslation does not change the filter.
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &choice : choices)
        combo->addItem(choice.first, choice.second);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
}

void FilterBar::fillChoices()
{
    m_filling = true;
    QList<QPair<QString, QVariant>> types{{tr("All asset types"), QString()}};
    const QStringList typeCodes = AssetCodes::assetTypes();
    for (const QString &code : typeCodes)
        types.append({AssetCodes::assetTypeName(code), code});
    setChoices(m_assetType, types);

    QList<QPair<QString, QVariant>> importance{{tr("Any importance"), 0}};
    if (m_registry) {
        const QList<int> ordinals = m_registry->scheme().importanceOrdinals();
        for (auto it = ordinals.crbegin(); it != ordinals.crend(); ++it)
            importance.append({tr("Importance %1").arg(m_registry->scheme().importanceLabel(*it)), *it});
    }
    setChoices(m_importance, importance);

    QList<QPair<QString, QVariant>> statuses{{tr("All current statuses"), QString()}};
    const QStringList statusCodes = AssetCodes::statuses();
    for (const QString &code : statusCodes)
        statuses.append({AssetCodes::statusName(code), code});
    setChoices(m_status, statuses);
    // The status list is short: its longest choice stays readable in full.
    fitChoices(m_status, m_status->count());

    QList<QPair<QString, QVariant>> personal{{tr("Personal info: all"), QString()},
                                             {tr("Any personal information"), QStringLiteral("any")}};
    const QStringList kinds = AssetCodes::personalInfoKinds();
    for (const QString &code : kinds)
        personal.append({AssetCodes::personalInfoName(code), code});
    setChoices(m_personalInfo, personal);
    for (QComboBox *combo : {m_assetType, m_importance, m_personalInfo})
        fitChoices(combo, 1);
    m_filling = false;
    refreshDepartments();
}

void FilterBar::fitChoices(QComboBox *combo, int choices)
{
    // The first `choices` choices show in full ("All …" says what the bar filters at a glance); longer ones may be
    // cut in the bar (they are whole in the list and the tool tip).
    int widest = 0;
    for (int index = 0; index < std::min(choices, combo->count()); ++index)
        widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(index)));
    combo->setMinimumWidth(widest + combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24);
}

AssetFilter FilterBar::filter() const
{
    AssetFilter filter;
    filter.search = m_search->text().trimmed();
    filter.department = m_department->currentData().toString();
    filter.assetType = m_assetType->currentData().toString();
    filter.importance = m_importance->currentData().toInt();
    filter.status = m_status->currentData().toString();
    filter.personalInfo = m_personalInfo->currentData().toString();
    filter.overdueForReview = m_overdue->isChecked();
    filter.retentionUnset = m_retentionUnset->isChecked();
    return filter;
}

void FilterBar::clear()
{
    m_filling = true;
    m_search->clear();
    m_searchDelay.stop();
    for (QComboBox *combo : {m_department, m_assetType, m_importance, m_status, m_personalInfo})
        combo->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_retentionUnset->setChecked(false);
    m_filling = false;
    emit filterChanged();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Escape in the search box clears the search, as in most search fields.
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            m_searchDelay.stop();
            emit filterChanged();
            return true;
        }
        // Down goes on to the results, with the search applied at once if the user is still within the delay.
        if (key == Qt::Key_Down) {
            if (m_searchDelay.isActive()) {
                m_searchDelay.stop();
                emit filterChanged();
            }
            emit resultsWanted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, number, department, owner… (Ctrl+F)"));
    m_search->setToolTip(tr("Shows the assets whose text contains every word typed here."));
    m_department->setToolTip(tr("Managing department"));
    m_assetType->setToolTip(tr("Asset type"));
    m_importance->setToolTip(tr("Importance"));
    m_status->setToolTip(tr("Status. Disposed assets are shown only when chosen here or with View ▸ Show disposed "
                            "assets."));
    m_personalInfo->setToolTip(tr("Personal information"));
    m_overdue->setText(tr("Overd&ue for review"));
    m_overdue->setToolTip(tr("Shows only the assets whose next review date has passed"));
    m_retentionUnset->setText(tr("Retention not set"));
    m_retentionUnset->setToolTip(tr("Only the assets whose retention is not set yet (imported from a ledger that "
                                    "never recorded it)."));
    m_clear->setText(tr("&Clear Filters"));
    m_clear->setToolTip(tr("Shows every asset again"));
    fillChoices();
}
