// Registry settings: the organisation name printed on the ledger and certificates, and the texts of the handling
// labels (取扱区分) for each confidentiality level, the registry's own handling restrictions (取扱制限), where
// automatic backups go and how many are kept, and the My Number threshold of 「漏えい時に報告対象」. Each change is
// saved through Registry::setSetting, which audits it. The risk criteria (design/risk.md) are a page of their own,
// saved through RiskService.
#pragma once

#include <QDialog>

class InputGuard;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class Registry;
class RiskCriteriaWidget;

class RegistrySettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RegistrySettingsDialog(Registry &registry, QWidget *parent = nullptr);

    QLineEdit *organisationEdit() const { return m_organisation; }
    QLineEdit *labelEdit(int level) const { return m_labels[std::clamp(level, 1, 3) - 1]; }
    QLineEdit *backupFolderEdit() const { return m_backupFolder; }
    QSpinBox *backupKeepSpin() const { return m_backupKeep; }
    // The registry's own handling restrictions, one per line.
    QPlainTextEdit *ownRestrictionsEdit() const { return m_ownRestrictions; }
    QSpinBox *myNumberThresholdSpin() const { return m_myNumberThreshold; }
    // The risk criteria page (design/risk.md), saved with the rest.
    RiskCriteriaWidget *riskCriteria() const { return m_riskCriteria; }

    // Saves what changed; false, with a message shown, when the registry refused it.
    bool save();

public slots:
    void accept() override;
    // Asks before typed input is thrown away (Esc, the close button, Cancel).
    void reject() override;

private:
    Registry &m_registry;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_labels[3] = {};
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupKeep = nullptr;
    bool m_fileRegistry = true; // a shared registry has no backup settings of ours
    InputGuard *m_inputGuard = nullptr;
    QPlainTextEdit *m_ownRestrictions = nullptr;
    QSpinBox *m_myNumberThreshold = nullptr;
    RiskCriteriaWidget *m_riskCriteria = nullptr;
};
