// Choosing controls: a catalogue, a search over code and title, the list of controls in force and the description of
// the one under the cursor. One or several controls, as the caller asks.
#pragma once

#include "domain/control.h"

#include <QDialog>
#include <QList>

class Registry;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

class ControlPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    ControlPickerDialog(Registry &registry, bool multiple, QWidget *parent = nullptr);

    QList<Control> selectedControls() const;
    // Selects the control with this id (tests, and reopening with a choice).
    void select(qint64 controlId);
    // Shows only the controls whose code or title contains the text.
    void setSearch(const QString &text);
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateDescription();

    Registry &m_registry;
    QList<Control> m_controls;
    QComboBox *m_catalog = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QLabel *m_searchLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_multiple = false;
};
