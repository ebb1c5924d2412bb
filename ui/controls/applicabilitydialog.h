// The statement of applicability on screen before it is saved (ISO/IEC 27001 6.1.3 d): the controls of a catalogue
// with their references, whether they apply, the reasons for excluding them, how far they are implemented, and for
// how many assets the baseline requires each. Save As… writes it as CSV or PDF (by the file name), Print… prints
// what the window shows.
#pragma once

#include "domain/applicabilityentry.h"
#include "domain/control.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Registry;

class ApplicabilityDialog final : public QDialog
{
    Q_OBJECT

public:
    ApplicabilityDialog(Registry &registry, QWidget *parent = nullptr);

    // Reads the statement of the chosen catalogue (off the GUI thread); false after a message when it cannot.
    bool load();
    // Writes the statement shown to a file the user picks: PDF when the name ends in .pdf, else CSV.
    bool saveAs();
    void print();

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QComboBox *catalogChoice() const { return m_catalog; }
    const QList<ApplicabilityEntry> &entries() const { return m_entries; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    const ControlCatalog *catalog() const;

    Registry &m_registry;
    QList<ControlCatalog> m_catalogs;
    QList<ApplicabilityEntry> m_entries;
    QLabel *m_catalogLabel = nullptr;
    QComboBox *m_catalog = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
};
