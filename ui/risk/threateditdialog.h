// A threat of the registry's own (design/risk.md "Threat"): code, names in Japanese and English, category, policy
// reference, objectives affected, asset types and medium classes it applies to, related controls (which drive the
// derived vulnerability), likelihood, descriptions and source. For a built-in threat only this registry's likelihood
// and its rationale can change; the texts stay those of the catalogue. Saving goes through ThreatService, whose
// problems are shown in the dialog.
#pragma once

#include "domain/threat.h"

#include <QDialog>
#include <QHash>

class InputGuard;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QCheckBox;
class Registry;

class ThreatEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // A threat with id 0 is new.
    ThreatEditDialog(Registry &registry, const Threat &threat, QWidget *parent = nullptr);

    Threat savedThreat() const { return m_saved; }
    Threat threatFromFields() const;
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameJaEdit() const { return m_nameJa; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QComboBox *categoryCombo() const { return m_category; }
    QCheckBox *objectiveBox(int index) const { return m_objectives[index]; }
    QListWidget *assetTypesList() const { return m_assetTypes; }
    QListWidget *mediumClassesList() const { return m_mediumClasses; }
    QLineEdit *relatedControlsEdit() const { return m_related; }
    QComboBox *likelihoodCombo() const { return m_likelihood; }
    QLineEdit *likelihoodRationaleEdit() const { return m_rationale; }
    QLabel *problemsLabel() const { return m_problems; }

public slots:
    bool save();
    void accept() override;
    void reject() override;

private:
    Registry &m_registry;
    Threat m_threat;
    Threat m_saved;
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_nameJa = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_policyRef = nullptr;
    QCheckBox *m_objectives[3] = {};
    QListWidget *m_assetTypes = nullptr;
    QListWidget *m_mediumClasses = nullptr;
    QLineEdit *m_related = nullptr;
    QComboBox *m_likelihood = nullptr;
    QLineEdit *m_rationale = nullptr;
    QPlainTextEdit *m_descriptionJa = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QLineEdit *m_source = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
