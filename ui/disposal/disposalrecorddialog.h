// Shows a recorded disposal read-only: every field as in force (amended ones marked, the original in the tooltip),
// the override flag and reason, the items with their serial numbers and results, the amendments with original and
// corrected values, and the evidence files, which can be opened, saved, re-hashed and added to. Amendments and the
// certificate of sanitisation (print, preview, PDF, in Japanese or English) start here.
#pragma once

#include "domain/disposal.h"

#include <QDialog>
#include <QList>

#include <memory>

class DisposalItemsModel;
class DisposalService;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;
class Registry;

class DisposalRecordDialog final : public QDialog
{
    Q_OBJECT

public:
    DisposalRecordDialog(Registry &registry, qint64 jobId, QWidget *parent = nullptr);
    ~DisposalRecordDialog() override;

    bool isValid() const { return m_original.id != 0; }
    const DisposalJob &effectiveJob() const { return m_effective; }
    // The language the certificate is printed in ("ja" or "en").
    QString certificateLanguage() const;
    void setCertificateLanguage(const QString &language);

    // Writes an evidence file's content to a private temporary file and returns its path; empty after showing why
    // not (e.g. the content no longer matches its SHA-256).
    QString exportEvidenceToTemporaryFile(int row);

public slots:
    void reload();
    void amend();
    void openEvidence();
    void saveEvidence();
    void addEvidence();
    void verifyEvidence();
    void printCertificate();
    void previewCertificate();
    void saveCertificate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillFields();
    void fillEvidence();
    void fillAmendments();
    void updateButtons();
    qint64 selectedEvidenceId() const;

    Registry &m_registry;
    DisposalService &m_service;
    qint64 m_jobId = 0;
    DisposalJob m_original;
    DisposalJob m_effective;
    QList<DisposalAmendment> m_amendments;
    QList<DisposalEvidence> m_evidence;

    QLabel *m_heading = nullptr;
    QLabel *m_overrideBanner = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QFormLayout *m_leftForm = nullptr;
    QFormLayout *m_rightForm = nullptr;
    QTableView *m_itemsView = nullptr;
    DisposalItemsModel *m_items = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_evidenceTree = nullptr;
    QTreeWidget *m_amendmentTree = nullptr;
    QPushButton *m_openEvidence = nullptr;
    QPushButton *m_saveEvidence = nullptr;
    QPushButton *m_addEvidence = nullptr;
    QPushButton *m_verifyEvidence = nullptr;
    QPushButton *m_amend = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_close = nullptr;
};
