// Import of assets from a CSV or Excel file (DESIGN.md §8), in three steps in one window: choose the file (and the
// sheet of a workbook), check how each column is read and change it where the importer guessed wrong, run the dry
// run that lists every problem by row, column and message — and import, which adds every row or none.
#pragma once

#include "service/assetimport.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Registry;

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Registry &registry, QWidget *parent = nullptr);

    // Reads a file (the sheet of a workbook by name, empty for the first visible); false, with the reason shown in
    // the window, when it cannot be read.
    bool loadFile(const QString &path, const QString &sheet = {});
    // Runs the dry run and shows its problems; true when there are none.
    bool check();
    // Imports the rows (after a dry run without problems); true when they were added.
    bool importRows();

    // Changes the field a column of the file is imported into (-1: not imported), as the column table does.
    void setColumnField(int column, int field);

    int importedCount() const { return m_imported; }
    int problemCount() const { return int(m_plan.problems.size()); }
    QTableWidget *columnsTable() const { return m_columns; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemsTable() const { return m_problems; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void chooseFile();
    void showColumns();
    void showPreview();
    void showProblems();
    void mappingChanged();
    void saveProblems();

    Registry &m_registry;
    AssetImport m_import;
    AssetImport::Plan m_plan;
    bool m_checked = false;
    int m_imported = 0;
    QString m_path;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_source = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_saveProblems = nullptr;
};
