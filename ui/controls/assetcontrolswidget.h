// The Controls tab of the asset editor: the controls the asset requires by the baseline (and why) and those assigned
// to it, with the gaps marked; assign a control, edit or remove an assignment. Changes are saved at once through
// ControlService, audited, independently of the asset's own Save.
#pragma once

#include <QWidget>

#include <memory>

class AssetControlsModel;
class AssignmentDialog;
class ControlPickerDialog;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class Registry;

class AssetControlsWidget final : public QWidget
{
    Q_OBJECT

public:
    // assetId 0: a new asset, which gets controls once it is saved.
    AssetControlsWidget(Registry &registry, qint64 assetId, bool readOnly, QWidget *parent = nullptr);
    ~AssetControlsWidget() override;

    void setAssetId(qint64 assetId);
    qint64 assetId() const { return m_assetId; }
    AssetControlsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    // The dialog opened by the last assign or edit, while it is open (tests fill it in).
    ControlPickerDialog *picker() const { return m_picker; }
    AssignmentDialog *assignmentDialog() const { return m_dialog; }

public slots:
    void refresh();
    // Open window-modal, without blocking: the picker first, then the assignment of the chosen controls.
    ControlPickerDialog *assignControls();
    AssignmentDialog *editAssignment();
    AssignmentDialog *editControl(qint64 controlId);
    void removeAssignment();

signals:
    // An assignment was saved or removed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void updateDetails();
    AssignmentDialog *openAssignment(const QList<qint64> &controlIds);

    Registry &m_registry;
    qint64 m_assetId = 0;
    bool m_readOnly = false;
    AssetControlsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    ControlPickerDialog *m_picker = nullptr;
    AssignmentDialog *m_dialog = nullptr;
};
