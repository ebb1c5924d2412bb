// The options of the printed risk documents, asked before printing, previewing or saving a PDF, like the ledger's:
// the document (リスク分析結果一覧, リスク対応計画, 残留リスク受容記録), which entries (level, department), paper and
// orientation, the language of the print, the handling banner and the approval boxes.
#pragma once

#include "printing/riskdocument.h"

#include <QDialog>

class QCheckBox;
class BannerChoice;
class QComboBox;
class Registry;

class RiskPrintDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Output
    {
        Preview,
        Printer,
        Pdf
    };

    RiskPrintDialog(const Registry &registry, const RiskPrintOptions &options, QWidget *parent = nullptr);

    RiskPrintOptions options() const;
    Output output() const { return m_output; }
    void setOutput(Output output);

private:
    RiskPrintOptions m_base;
    Output m_output = Output::Preview;
    QComboBox *m_kind = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_language = nullptr;
    BannerChoice *m_banner = nullptr;
    QCheckBox *m_approvals = nullptr;
};
