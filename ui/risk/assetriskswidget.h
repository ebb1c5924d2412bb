// The Risks tab of the asset editor (design/risk.md "Outputs"): the asset's entries of the risk register with level,
// treatment and status, those that need reassessment marked; candidates generated from the threat catalogue, a new
// entry, an entry opened in the risk entry editor. Changes are saved at once through RiskService, independently of
// the asset's own Save.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class Registry;
class RiskEntryEditor;
class RiskTableModel;

class AssetRisksWidget final : public QWidget
{
    Q_OBJECT

public:
    // assetId 0: a new asset, which gets risks once it is saved.
    AssetRisksWidget(Registry &registry, qint64 assetId, bool readOnly, QWidget *parent = nullptr);

    void setAssetId(qint64 assetId);
    qint64 assetId() const { return m_assetId; }
    RiskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *candidatesButton() const { return m_candidates; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    // The editor opened last, while it is open.
    RiskEntryEditor *editor() const { return m_editor; }

public slots:
    void refresh();
    // Saves the candidates of the asset as identified entries; returns how many were made (-1 when refused).
    int generateCandidates();
    // Open the entry editor window-modal, without blocking.
    RiskEntryEditor *newEntry();
    RiskEntryEditor *openEntry(int row);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    RiskEntryEditor *showEditor(RiskEntryEditor *editor);

    Registry &m_registry;
    qint64 m_assetId = 0;
    bool m_readOnly = false;
    RiskTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_candidates = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    RiskEntryEditor *m_editor = nullptr;
};
