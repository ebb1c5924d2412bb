// The options of a printed ledger, asked before printing, previewing or saving a PDF: paper and orientation, the
// language of the print, grouping, the handling banner and the columns (the IPA ledger's by default, in any order).
// The selection is the asset list's: the filter and sort the user sees.
#pragma once

#include "printing/ledgerdocument.h"

#include <QDialog>

class QCheckBox;
class BannerChoice;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class Registry;

class LedgerPrintDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Output
    {
        Preview,
        Printer,
        Pdf
    };

    LedgerPrintDialog(const Registry &registry, const LedgerOptions &options, QWidget *parent = nullptr);

    // The options chosen, with the selection given to the constructor.
    LedgerOptions options() const;
    // What the user asked for when the dialog was accepted.
    Output output() const { return m_output; }
    void setOutput(Output output) { m_output = output; }

    // Remembers the choices (paper, orientation, language, grouping, columns) for the next print.
    static LedgerOptions remembered();
    static void remember(const LedgerOptions &options);

private:
    void fillColumns(const QList<AssetField::Id> &checked);
    void moveCurrent(int step);

    const Registry &m_registry;
    LedgerOptions m_base;
    Output m_output = Output::Preview;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_grouping = nullptr;
    BannerChoice *m_banner = nullptr;
    QCheckBox *m_approvals = nullptr;
    QListWidget *m_columns = nullptr;
    QLabel *m_selection = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
