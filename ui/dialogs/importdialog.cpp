// The import window.
#include "importdialog.h"

#include "domain/retentionrule.h"
#include "io/csvwriter.h"
#include "io/ownerfile.h"
#include "jobs/backgroundjob.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Rows shown in the preview and problems shown in the list: enough to see what is wrong; the whole list can be
// saved.
constexpr int kPreviewRows = 50;
constexpr int kShownProblems = 2000;

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setWindowTitle(tr("Import Assets"));
    setObjectName(QStringLiteral("importDialog"));

    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setObjectName(QStringLiteral("file"));
    auto *browse = new QPushButton(tr("Choose &File…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheet->setEnabled(false);
    connect(m_sheet, &QComboBox::activated, this, [this] { loadFile(m_path, m_sheet->currentText()); });
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setWordWrap(true);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(QString(), m_source);

    m_columns = new QTableWidget(0, 4, this);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setHorizontalHeaderLabels({tr("Heading in the file"), tr("Imported as"), tr("First value"), tr("Note")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *previewBox = new QGroupBox(tr("Rows in the file"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_saveProblems = new QPushButton(tr("Save &List…"), this);
    m_saveProblems->setEnabled(false);
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportDialog::saveProblems);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_saveProblems);
    auto *problemsBox = new QGroupBox(tr("Dry run"), this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->addWidget(m_problems);
    problemsLayout->addLayout(summaryRow);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(columnsBox);
    top->addWidget(previewBox);
    top->setSizes({460, 520});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(problemsBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setToolTip(tr("Read every row and list every problem, without importing anything"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Add every row to the registry; nothing is added if a row has a problem"));
    m_check->setEnabled(false);
    m_importButton->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (importRows())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    m_summary->setText(tr("Choose a CSV file or an Excel workbook. Japanese or English headings are recognised in any "
                          "order, also below a title block."));
    WindowGeometry::restore(this, QStringLiteral("import"), QSize(1000, 700));
}

void ImportDialog::chooseFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import Assets"),
                                    tr("Ledgers (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel "
                                       "workbooks (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path, const QString &sheet)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_checked = false;
    m_plan = {};
    m_importButton->setEnabled(false);
    m_problems->setRowCount(0);
    m_saveProblems->setEnabled(false);
    // A large workbook takes a while to read: it is read on a worker, and a cancelled read leaves the file unread.
    AssetImport loaded;
    BackgroundJob job(this, tr("Import Assets"), tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    bool ok = job.run([&loaded, &path, &sheet](Progress &, QString *error) { return loaded.load(path, error, sheet); });
    QString error = job.error();
    if (!job.wasCancelled())
        m_import = std::move(loaded);
    else
        m_import = AssetImport();
    m_sheet->clear();
    m_sheet->addItems(m_import.sheetNames());
    m_sheet->setEnabled(m_import.sheetNames().size() > 1);
    m_sheet->setVisible(!m_import.sheetNames().isEmpty());
    if (QWidget *label = m_form->labelForField(m_sheet))
        label->setVisible(!m_import.sheetNames().isEmpty());
    m_sheet->setCurrentText(m_import.sheetName());
    if (!ok) {
        m_source->clear();
        m_columns->setRowCount(0);
        m_preview->clear();
        m_preview->setRowCount(0);
        m_check->setEnabled(false);
        m_summary->setText(error);
        return false;
    }
    const QLocale locale;
    const QString kind = m_import.sheetName().isEmpty() ? tr("CSV file, %1").arg(m_import.sourceDescription())
                                                        : tr("Excel workbook, sheet %1").arg(m_import.sheetName());
    m_source->setText(tr("%1. Header in row %2; %3 rows of assets below it.")
                          .arg(kind)
                          .arg(m_import.headerRowNumber())
                          .arg(locale.toString(m_import.dataRowCount())));
    showColumns();
    showPreview();
    m_check->setEnabled(true);
    m_summary->setText(tr("Check how each column is read, then run the dry run with Check."));
    return true;
}

void ImportDialog::showColumns()
{
    const QList<AssetImport::Column> &columns = m_import.columns();
    const SheetData &sheet = m_import.sheet();
    m_columns->setRowCount(int(columns.size()));
    for (int column = 0; column < columns.size(); ++column) {
        m_columns->setItem(column, 0, readOnlyItem(columns.at(column).heading));
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("field%1").arg(column));
        combo->addItem(tr("(not imported)"), -1);
        for (const AssetField &field : AssetField::all())
            combo->addItem(field.label(), int(field.id));
        combo->setCurrentIndex(std::max(0, combo->findData(columns.at(column).field)));
        connect(combo, &QComboBox::activated, this, [this, column, combo] {
            m_import.setColumnField(column, combo->currentData().toInt());
            mappingChanged();
        });
        m_columns->setCellWidget(column, 1, combo);
        QString first;
        for (int row = m_import.headerIndex() + 1; row < sheet.rows.size() && first.isEmpty(); ++row)
            first = sheet.rows.at(row).value(column).simplified();
        m_columns->setItem(column, 2, readOnlyItem(first));
        // Why a named column is not imported.
        QString note;
        switch (m_import.columnUse(column)) {
        case AssetImport::ColumnUse::AssignedByRegistry:
            note = tr("Not imported: the registry gives each asset a new number.");
            break;
        case AssetImport::ColumnUse::Derived:
            note = tr("Not imported: it follows from the classification.");
            break;
        case AssetImport::ColumnUse::NotImported:
            note = tr("Not imported: choose a field to import it.");
            break;
        default:
            break;
        }
        m_columns->setItem(column, 3, readOnlyItem(note));
        combo->setToolTip(note);
    }
    m_columns->resizeColumnsToContents();
}

void ImportDialog::showPreview()
{
    const SheetData &sheet = m_import.sheet();
    const QList<AssetImport::Column> &columns = m_import.columns();
    QStringList headings;
    for (const AssetImport::Column &column : columns)
        headings << column.heading;
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setHorizontalHeaderLabels(headings);
    QStringList rowLabels;
    int shown = 0;
    m_preview->setRowCount(0);
    for (int row = m_import.headerIndex() + 1; row < sheet.rows.size() && shown < kPreviewRows; ++row, ++shown) {
        m_preview->insertRow(shown);
        rowLabels << QString::number(sheet.rowNumbers.value(row));
        for (int column = 0; column < columns.size(); ++column)
            m_preview->setItem(shown, column, readOnlyItem(sheet.rows.at(row).value(column)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 240));
}

void ImportDialog::setColumnField(int column, int field)
{
    m_import.setColumnField(column, field);
    if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 1)))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
    mappingChanged();
}

void ImportDialog::mappingChanged()
{
    // The last dry run no longer says anything about this mapping.
    m_checked = false;
    m_importButton->setEnabled(false);
    m_summary->setText(tr("The columns changed: run the dry run again with Check."));
}

bool ImportDialog::check()
{
    // The dry run reads the registry on the worker's own connection; a cancelled one shows no plan.
    AssetImport::Plan plan;
    BackgroundJob job(this, tr("Import Assets"), tr("Checking every row…"));
    const AssetImport &import = m_import;
    if (!job.run(m_registry, [&plan, &import](Registry &registry, Progress &, QString *) {
            plan = import.check(registry);
            return true;
        })) {
        m_plan = {};
        m_checked = false;
        m_importButton->setEnabled(false);
        m_summary->setText(job.error());
        return false;
    }
    m_plan = std::move(plan);
    m_checked = true;
    showProblems();
    const bool clean = m_plan.problems.isEmpty();
    m_importButton->setEnabled(clean && !m_plan.drafts.isEmpty());
    return clean;
}

void ImportDialog::showProblems()
{
    const QLocale locale;
    const int shown = std::min<int>(int(m_plan.problems.size()), kShownProblems);
    // A clean file lists what is imported but warned about (PI-4), by row and column like the problems.
    const bool warningsOnly = m_plan.problems.isEmpty();
    const QList<ImportProblem> &listed = warningsOnly ? m_plan.warnings : m_plan.problems;
    const int rows = warningsOnly ? std::min<int>(int(listed.size()), kShownProblems) : shown;
    m_problems->setRowCount(rows);
    for (int index = 0; index < rows; ++index) {
        const ImportProblem &problem = listed.at(index);
        m_problems->setItem(index, 0, readOnlyItem(problem.row > 0 ? QString::number(problem.row) : QString()));
        m_problems->setItem(index, 1, readOnlyItem(problem.column));
        m_problems->setItem(index, 2,
                            readOnlyItem(warningsOnly ? tr("Warning: %1").arg(problem.message) : problem.message));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_saveProblems->setEnabled(!m_plan.problems.isEmpty());
    if (m_plan.problems.isEmpty()) {
        QString summary = tr("No problems: %Ln asset(s) will be added. Import adds them all in one step.", nullptr,
                             int(m_plan.drafts.size()));
        const auto unset = std::count_if(m_plan.drafts.cbegin(), m_plan.drafts.cend(),
                                         [](const Asset &asset) { return RetentionRule::isUnset(asset); });
        if (unset > 0)
            summary += QLatin1Char(' ') + tr("%n asset(s) have no retention and will be flagged as retention not set "
                                             "until someone sets it.",
                                             nullptr, int(unset));
        m_summary->setText(summary);
    } else if (shown < m_plan.problems.size()) {
        m_summary->setText(tr("%1 problems; the first %2 are listed (save the list to see them all). Nothing can be "
                              "imported until the file is corrected.")
                               .arg(locale.toString(m_plan.problems.size()), locale.toString(shown)));
    } else {
        m_summary->setText(
            tr("%1 problems. Nothing can be imported until the file is corrected.").arg(locale.toString(shown)));
    }
}

void ImportDialog::saveProblems()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save Problem List"), QFileInfo(m_path).completeBaseName() + tr("-problems") + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    QString text = CsvWriter::record({tr("Row"), tr("Column"), tr("Problem")});
    for (const ImportProblem &problem : std::as_const(m_plan.problems))
        text += CsvWriter::record(
            {problem.row > 0 ? QString::number(problem.row) : QString(), problem.column, problem.message});
    QSaveFile file(path);
    if (!OwnerFile::open(file) || file.write(QByteArray("\xEF\xBB\xBF") + text.toUtf8()) < 0 || !file.commit())
        MessageBox::critical(this, tr("Cannot Save List"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

bool ImportDialog::importRows()
{
    if (!m_checked && !check())
        return false;
    if (!m_plan.problems.isEmpty())
        return false;
    // The rows are written on the worker's own connection, through the same import and its one unit of work; a
    // cancelled import adds nothing.
    const int total = int(m_plan.drafts.size());
    Result<int> result;
    BackgroundJob job(this, tr("Import Assets"), tr("Importing assets…"));
    const AssetImport::Plan &plan = m_plan;
    job.run(m_registry, [&result, &plan, total](Registry &registry, Progress &progress, QString *error) {
        progress.report(0, total);
        result = AssetImport::commit(registry, plan, [&progress](int done, int all) { progress.report(done, all); });
        *error = result.error;
        return result.ok();
    });
    if (job.wasCancelled()) {
        MessageBox::information(this, tr("Nothing Imported"), job.error());
        return false;
    }
    if (!result.ok()) {
        if (result.error.isEmpty())
            result.error = job.error();
        // Someone may have changed the registry since the dry run: run it again so the list shows what is wrong now.
        MessageBox::critical(this, tr("Nothing Imported"), result.error);
        check();
        return false;
    }
    m_imported = *result.value;
    MessageBox::information(this, tr("Import Finished"),
                            tr("%Ln asset(s) were added to the registry.", nullptr, int(m_imported)));
    return true;
}
