// Editing the baseline (DESIGN.md §4): one row per rule, the control it requires and its conditions — confidentiality,
// integrity, availability or importance at least a level of the registry's scheme, a kind of personal information,
// an asset type, a data provider / recipients / contractor named on the asset, a medium class. An asset must meet
// every condition of a rule; a rule without conditions applies to every asset. Saved as a whole through
// ControlService, audited; "Reset to Default" brings back the shipped baseline, "Add Missing Defaults" adds the
// shipped rules the baseline lacks and keeps the others.
#pragma once

#include "domain/baselinerule.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Registry;

class BaselineDialog final : public QDialog
{
    Q_OBJECT

public:
    BaselineDialog(Registry &registry, QWidget *parent = nullptr);
    ~BaselineDialog() override;

    enum Column
    {
        ControlColumn,
        Confidentiality,
        Integrity,
        Availability,
        Importance,
        PersonalInfo,
        AssetType,
        HasProvider,
        HasRecipients,
        HasContractor,
        MediumClass,
        ColumnCount
    };

    QTableWidget *table() const { return m_table; }
    // The rules as the table shows them now.
    QList<BaselineRule> rules() const;
    QComboBox *conditionCombo(int row, Column column) const;
    QLabel *problemsLabel() const { return m_problems; }
    // Says how many rules of the shipped default the table lacks; hidden when none.
    QLabel *missingDefaultsLabel() const { return m_missing; }
    bool isModified() const { return m_modified; }

public slots:
    void addRules(const QList<qint64> &controlIds);
    bool addRulesFromPicker();
    void removeSelectedRules();
    void resetToDefault();
    // Appends the rules of the shipped default that the table does not have; returns how many.
    int addMissingDefaults();
    bool save();
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load(const QList<BaselineRule> &rules);
    void appendRow(const BaselineRule &rule);
    void fillCombo(QComboBox *combo, Column column) const;
    void updateMissingDefaults();

    Registry &m_registry;
    QLabel *m_intro = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_missing = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_addDefaults = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_modified = false;
    QList<BaselineRule> m_default; // the shipped default baseline
};
