// Records the disposal of one or several assets as one job (DESIGN.md §5): how the media were sanitised, how it was
// verified, where they go, who did and who checked it, each medium's serial number and result, and evidence files.
// Shows the minimum method each asset needs and flags a weaker choice as an override that needs a reason. The rules
// themselves are the service's: the dialog shows what the service refuses and why.
#pragma once

#include "domain/disposal.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class DisposalItemsModel;
class DisposalService;
class InputGuard;
class ProblemPanel;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class Registry;

class DisposalDialog final : public QDialog
{
    Q_OBJECT

public:
    DisposalDialog(Registry &registry, const QList<qint64> &assetIds, QWidget *parent = nullptr);
    ~DisposalDialog() override;

    // Why the assets cannot be disposed of (already disposed, missing); empty when the dialog can be used.
    QString loadError() const { return m_loadError; }
    // The job as the form describes it now.
    DisposalJob job() const;
    // The recorded job after the dialog was accepted.
    std::optional<DisposalJob> recordedJob() const { return m_recorded; }
    QList<EvidenceFile> evidence() const { return m_evidence; }

    // For tests and the CLI-like filling of the form: adds a file as evidence; false (with a message box) when refused.
    bool addEvidenceFile(const QString &path);
    // Leaves the asset of an items row out of this disposal (its medium failed verification, or it was listed by
    // mistake); the last asset cannot be removed. False when refused.
    bool removeItem(int row);

public slots:
    // Asks for confirmation, records the disposal and accepts; on refusal shows the problems and stays open.
    void record();
    // Asks before typed input is thrown away.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillCodeCombo(QComboBox *combo, int list, const QString &current);
    void updateTechniques();
    void updateKind();
    void updateMethods();
    void updateRule();
    void chooseEvidence();
    void removeEvidence();
    void removeSelectedItem();
    // Shows the service's warnings, and after a refused record its problems as they stand now.
    void updateChecks();

    Registry &m_registry;
    DisposalService &m_service;
    DisposalJob m_draft;
    QString m_loadError;
    std::optional<DisposalJob> m_recorded;
    QList<EvidenceFile> m_evidence;

    QLabel *m_intro = nullptr;
    QLabel *m_ruleBanner = nullptr;
    QLabel *m_caution = nullptr;
    QGroupBox *m_mediaGroup = nullptr;
    QTableView *m_itemsView = nullptr;
    DisposalItemsModel *m_items = nullptr;
    QGroupBox *m_howGroup = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_techniqueLabel = nullptr;
    QComboBox *m_technique = nullptr;
    QLabel *m_toolLabel = nullptr;
    QLineEdit *m_tool = nullptr;
    QLabel *m_toolVersionLabel = nullptr;
    QLineEdit *m_toolVersion = nullptr;
    QLabel *m_verificationLabel = nullptr;
    QComboBox *m_verification = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QComboBox *m_destination = nullptr;
    QGroupBox *m_whoGroup = nullptr;
    QLabel *m_performerLabel = nullptr;
    QLineEdit *m_performerName = nullptr;
    QLineEdit *m_performerTitle = nullptr;
    QLineEdit *m_performerOrganisation = nullptr;
    QLabel *m_performedOnLabel = nullptr;
    QDateEdit *m_performedOn = nullptr;
    QLabel *m_validatorLabel = nullptr;
    QLineEdit *m_validatorName = nullptr;
    QLineEdit *m_validatorTitle = nullptr;
    QLineEdit *m_validatorOrganisation = nullptr;
    QLabel *m_validatedOnLabel = nullptr;
    QDateEdit *m_validatedOn = nullptr;
    QLabel *m_contractorLabel = nullptr;
    QLineEdit *m_contractor = nullptr;
    QLabel *m_certificateNoLabel = nullptr;
    QLineEdit *m_certificateNo = nullptr;
    QGroupBox *m_notesGroup = nullptr;
    QLabel *m_overrideLabel = nullptr;
    QPlainTextEdit *m_overrideReason = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QGroupBox *m_evidenceGroup = nullptr;
    QListWidget *m_evidenceList = nullptr;
    QPushButton *m_addEvidence = nullptr;
    QPushButton *m_removeEvidence = nullptr;
    QPushButton *m_removeItem = nullptr;
    ProblemPanel *m_warnings = nullptr;
    ProblemPanel *m_problems = nullptr;
    InputGuard *m_inputGuard = nullptr;
    // A record was refused: the problems follow the form from now on.
    bool m_checked = false;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_recordButton = nullptr;
};
