// The Risks tab of the asset editor.
#include "assetriskswidget.h"

#include "riskentryeditor.h"
#include "risktablemodel.h"

#include "service/registry.h"
#include "service/riskservice.h"
#include "widgets/messagebox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AssetRisksWidget::AssetRisksWidget(Registry &registry, qint64 assetId, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_assetId(assetId)
    , m_readOnly(readOnly)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("risksSummary"));
    m_summary->setWordWrap(true);
    m_model = new RiskTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("assetRisksView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(RiskTableModel::ThreatColumn, QHeaderView::Stretch);
    // The asset is the tab's own: its column says nothing here.
    m_view->hideColumn(RiskTableModel::AssetColumn);

    m_candidates = new QPushButton(this);
    m_candidates->setObjectName(QStringLiteral("generateCandidatesButton"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newRiskButton"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openRiskButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_candidates);
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_candidates, &QPushButton::clicked, this, &AssetRisksWidget::generateCandidates);
    connect(m_new, &QPushButton::clicked, this, &AssetRisksWidget::newEntry);
    connect(m_open, &QPushButton::clicked, this, [this] { openEntry(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openEntry(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssetRisksWidget::updateButtons);
    retranslateUi();
    refresh();
}

void AssetRisksWidget::setAssetId(qint64 assetId)
{
    m_assetId = assetId;
    refresh();
}

void AssetRisksWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AssetRisksWidget::retranslateUi()
{
    m_candidates->setText(tr("&Generate Candidates"));
    m_candidates->setToolTip(tr("One identified entry for each threat of the catalogue that applies to the asset's "
                                "type and medium class and has no entry yet"));
    m_new->setText(tr("Ne&w Risk Entry…"));
    m_open->setText(tr("&Open Risk Entry…"));
    m_model->retranslate();
    refresh();
}

void AssetRisksWidget::refresh()
{
    if (m_assetId == 0) {
        m_model->setRegistry(nullptr);
        m_summary->setText(tr("Save the asset first; then its risks can be assessed here."));
        updateButtons();
        return;
    }
    RiskFilter filter;
    filter.assetId = m_assetId;
    // The filter is set while the model has no registry, so that the entries are counted once.
    m_model->setRegistry(nullptr);
    m_model->setFilter(filter);
    m_model->setRegistry(&m_registry);
    QString error;
    const QList<Risk> risks = m_registry.risks().ofAsset(m_assetId, &error);
    const Result<QList<Risk>> candidates = m_registry.risks().candidates(m_assetId);
    if (!error.isEmpty() || (!candidates && !candidates.notFound)) {
        // A read that failed says so, instead of counts that look like an asset with no risks.
        m_summary->setText(error.isEmpty() ? candidates.error : error);
        updateButtons();
        return;
    }
    int open = 0;
    int stale = 0;
    int high = 0;
    for (const Risk &risk : risks) {
        if (!risk.isOpen())
            continue;
        ++open;
        if (risk.needsReassessment())
            ++stale;
        if (risk.riskLevel == QLatin1String("high"))
            ++high;
    }
    const int candidateCount = candidates ? int(candidates->size()) : 0;
    m_summary->setText(tr("%1 open risk entries, %2 high, %3 needing reassessment; %4 threats of the catalogue "
                          "without an entry.")
                           .arg(QLocale().toString(open), QLocale().toString(high), QLocale().toString(stale),
                                QLocale().toString(candidateCount)));
    updateButtons();
}

void AssetRisksWidget::updateButtons()
{
    const bool usable = m_assetId > 0 && !m_readOnly;
    m_candidates->setEnabled(usable);
    m_new->setEnabled(usable);
    m_open->setEnabled(m_assetId > 0 && m_view->currentIndex().isValid());
}

int AssetRisksWidget::generateCandidates()
{
    const Result<int> made = m_registry.risks().generateCandidates({m_assetId});
    if (!made) {
        MessageBox::critical(this, tr("Generate Candidates"), made.error);
        return -1;
    }
    refresh();
    if (*made == 0)
        MessageBox::information(this, tr("Generate Candidates"),
                                tr("Every threat of the catalogue that applies to this asset has an entry already."));
    emit changed();
    return *made;
}

RiskEntryEditor *AssetRisksWidget::showEditor(RiskEntryEditor *editor)
{
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &RiskEntryEditor::saved, this, [this] {
        refresh();
        emit changed();
    });
    connect(editor, &QObject::destroyed, this, [this, editor] {
        if (m_editor == editor)
            m_editor = nullptr;
    });
    editor->open();
    return editor;
}

RiskEntryEditor *AssetRisksWidget::newEntry()
{
    if (m_assetId == 0 || m_readOnly)
        return nullptr;
    return showEditor(new RiskEntryEditor(m_registry, m_assetId, this));
}

RiskEntryEditor *AssetRisksWidget::openEntry(int row)
{
    const std::optional<Risk> risk = m_model->riskAt(row);
    if (!risk)
        return nullptr;
    const Result<Risk> current = m_registry.risks().byId(risk->id);
    if (!current) {
        MessageBox::critical(this, tr("Open Risk Entry"), current.error);
        refresh();
        return nullptr;
    }
    return showEditor(new RiskEntryEditor(m_registry, *current, this));
}
