// Asset table view and its column layout.
#include "assettableview.h"

#include "localdate.h"

#include "domain/assetcodes.h"
#include "domain/assetfield.h"
#include "models/assettablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>

namespace {

const QString kHeaderKey = QStringLiteral("assetTable/header");

// Shown on first start: what an administrator reads first in the ledger. The rest is one click away.
bool shownByDefault(AssetField::Id field)
{
    switch (field) {
    case AssetField::AssetNo:
    case AssetField::BusinessCategory:
    case AssetField::Name:
    case AssetField::Department:
    case AssetField::Owner:
    case AssetField::AssetType:
    case AssetField::PersonalInfo:
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
    case AssetField::Importance:
    case AssetField::Label:
    case AssetField::NextReview:
    case AssetField::Status:
        return true;
    default:
        return false;
    }
}

// The order of the columns on first start: the number and name, then the classification an administrator checks
// first (C/I/A, importance, handling label) so that it is in view without scrolling on a 1366 px wide laptop screen,
// then who is responsible and the rest. The columns not shown by default follow in the ledger's order.
const AssetField::Id kDefaultOrder[] = {
    AssetField::AssetNo,         AssetField::Name,
    AssetField::Confidentiality, AssetField::Integrity,
    AssetField::Availability,    AssetField::Importance,
    AssetField::Label,           AssetField::Department,
    AssetField::Owner,           AssetField::Status,
    AssetField::NextReview,      AssetField::AssetType,
    AssetField::PersonalInfo,    AssetField::BusinessCategory,
};

// Default width in average characters.
int defaultWidthChars(AssetField::Id field)
{
    switch (field) {
    case AssetField::Name:
    case AssetField::Remarks:
    case AssetField::ReceiptTerms:
    case AssetField::UseTerms:
    case AssetField::ConfidentialityRationale:
    case AssetField::IntegrityRationale:
    case AssetField::AvailabilityRationale:
        return 30;
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
    case AssetField::Importance:
    case AssetField::SubjectCount:
        return 9;
    case AssetField::AssetType:
    case AssetField::PersonalInfo:
        return 24;
    case AssetField::AssetNo:
    case AssetField::RetentionUntil:
    case AssetField::RegisteredOn:
    case AssetField::LastReviewedOn:
        return 12;
    case AssetField::NextReview:
        return 15; // room for the overdue mark beside a bold date
    case AssetField::Status:
        return 19; // "Disposal pending"
    default:
        return 17;
    }
}

} // namespace

AssetTableView::AssetTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setCornerButtonEnabled(false);

    // Fixed, uniform row heights: the view never measures rows, so it never asks the model for rows it does not show.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(AssetField::AssetNo, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);

    m_columnsMenu = new QMenu(this);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->popup(horizontalHeader()->viewport()->mapToGlobal(pos)); });
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &AssetTableView::updateColumnActions);
    // Dragging a column edge resizes it many times a second; the layout is written once the user pauses.
    m_saveDelay.setSingleShot(true);
    m_saveDelay.setInterval(500);
    connect(&m_saveDelay, &QTimer::timeout, this, &AssetTableView::saveColumns);
    auto changed = [this] {
        if (!m_restoring) {
            m_saveDelay.start();
            emit columnsChanged();
        }
    };
    connect(header, &QHeaderView::sectionMoved, this, changed);
    connect(header, &QHeaderView::sectionResized, this, changed);
    connect(header, &QHeaderView::sortIndicatorChanged, this, changed);
    fillColumnsMenu();
}

AssetTableView::~AssetTableView()
{
    if (m_saveDelay.isActive())
        saveColumns();
}

void AssetTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    // Dragging the scroll bar through a large table would read a page at every position passed; the rows are read
    // where the user lets go.
    if (auto *assets = qobject_cast<AssetTableModel *>(model)) {
        connect(verticalScrollBar(), &QScrollBar::sliderPressed, assets, [assets] { assets->setFetchingPaused(true); });
        connect(verticalScrollBar(), &QScrollBar::sliderReleased, assets,
                [assets] { assets->setFetchingPaused(false); });
    }
    setSortingEnabled(true);
    restoreColumns();
}

void AssetTableView::fillColumnsMenu()
{
    m_columnsMenu->clear();
    for (const AssetField &field : AssetField::all()) {
        QAction *action = m_columnsMenu->addAction(field.label());
        action->setCheckable(true);
        action->setData(int(field.id));
        connect(action, &QAction::toggled, this, [this, column = int(field.id)](bool shown) {
            if (isColumnShown(column) != shown)
                setColumnShown(column, shown);
        });
    }
    updateColumnActions();
}

void AssetTableView::updateColumnActions()
{
    const QList<QAction *> actions = m_columnsMenu->actions();
    for (QAction *action : actions) {
        const int column = action->data().toInt();
        action->setText(AssetField::byId(AssetField::Id(column)).label());
        action->setChecked(isColumnShown(column));
        // The last column shown cannot be hidden: a table with no columns looks broken.
        action->setEnabled(!isColumnShown(column) || shownColumnsInOrder().size() > 1);
    }
}

int AssetTableView::defaultWidth(int column) const
{
    const AssetField::Id field = AssetField::Id(column);
    // Wide enough for the heading in the current language and its sort arrow, and for typical content.
    const int heading = horizontalHeader()->fontMetrics().horizontalAdvance(AssetField::byId(field).label()) + 28;
    int content = fontMetrics().averageCharWidth() * defaultWidthChars(field);
    if (field == AssetField::NextReview || field == AssetField::RetentionUntil) {
        // An overdue date is bold with a warning mark beside it; the longest date of the format fits whole.
        QFont bold = font();
        bold.setBold(true);
        const int date = QFontMetrics(bold).horizontalAdvance(LocalDate::toString(QDate(2088, 12, 28)));
        content = std::max(content, date + style()->pixelMetric(QStyle::PM_SmallIconSize) + 20);
    }
    if (field == AssetField::AssetType || field == AssetField::Status) {
        // A short code list: its longest name in the current language fits whole.
        const QStringList codes = field == AssetField::AssetType ? AssetCodes::assetTypes() : AssetCodes::statuses();
        for (const QString &code : codes) {
            const QString name =
                field == AssetField::AssetType ? AssetCodes::assetTypeName(code) : AssetCodes::statusName(code);
            content = std::max(content, fontMetrics().horizontalAdvance(name) + 16);
        }
    }
    return std::max(heading, content);
}

void AssetTableView::setColumnShown(int column, bool shown)
{
    if (!shown && shownColumnsInOrder().size() <= 1)
        return;
    setColumnHidden(column, !shown);
    if (shown && columnWidth(column) < 20)
        setColumnWidth(column, defaultWidth(column));
    updateColumnActions();
    if (!m_restoring) {
        saveColumns();
        emit columnsChanged();
    }
}

QList<int> AssetTableView::shownColumnsInOrder() const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void AssetTableView::applyDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    // The default order first, then the other fields in the ledger's order; earlier places are already right.
    QList<int> order;
    for (const AssetField::Id field : kDefaultOrder)
        order << int(field);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (!order.contains(logical))
            order << logical;
    }
    for (int place = 0; place < order.size() && place < header->count(); ++place) {
        const int visual = header->visualIndex(order.at(place));
        if (visual != place)
            header->moveSection(visual, place);
    }
    for (const AssetField &field : AssetField::all()) {
        setColumnHidden(field.id, !shownByDefault(field.id));
        setColumnWidth(field.id, defaultWidth(field.id));
    }
    header->setSortIndicator(AssetField::AssetNo, Qt::AscendingOrder);
}

void AssetTableView::restoreColumns()
{
    if (!model())
        return;
    m_restoring = true;
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    // A state from a version with other columns is not restored; the defaults are used instead.
    if (state.isEmpty() || !horizontalHeader()->restoreState(state) || horizontalHeader()->count() != AssetField::Count)
        applyDefaultColumns();
    m_restoring = false;
    updateColumnActions();
}

void AssetTableView::saveColumns()
{
    m_saveDelay.stop();
    if (model())
        QSettings().setValue(kHeaderKey, horizontalHeader()->saveState());
}

void AssetTableView::resetColumns()
{
    m_restoring = true;
    applyDefaultColumns();
    m_restoring = false;
    updateColumnActions();
    saveColumns();
    emit columnsChanged();
}

void AssetTableView::makeRowCurrent(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    int column = currentIndex().isValid() ? currentIndex().column() : -1;
    if (column < 0 || isColumnHidden(column)) {
        const QList<int> shown = shownColumnsInOrder();
        column = shown.isEmpty() ? 0 : shown.constFirst();
    }
    const QModelIndex index = model()->index(row, column);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void AssetTableView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

void AssetTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

void AssetTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateColumnActions();
    else if (event->type() == QEvent::FontChange)
        verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QTableView::changeEvent(event);
}
