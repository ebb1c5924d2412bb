// The registry's minimum sanitisation method for each confidentiality level (DESIGN.md §5: 1 Clear, 2 Purge,
// 3 Destroy by default). Changes are audited; a more confidential level can never get a weaker minimum.
#pragma once

#include <QDialog>
#include <QList>

class InputGuard;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class Registry;

class MinimumMethodsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MinimumMethodsDialog(Registry &registry, QWidget *parent = nullptr);

    QComboBox *levelCombo(int level) const { return m_combos.value(level - 1); }

public slots:
    void save();
    // Asks before typed input is thrown away (Esc, the close button, Cancel).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Registry &m_registry;
    QLabel *m_intro = nullptr;
    QList<QLabel *> m_labels;
    QList<QComboBox *> m_combos;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
