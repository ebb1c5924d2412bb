// The assessment runs of the registry (リスクアセスメント実施記録): each run's title, scope, period, assessor and
// approval, and for an approved run the criteria in force and the counts by level and treatment it recorded; a new run
// is recorded and a recorded one approved here.
#pragma once

#include "domain/risk.h"

#include <QDialog>

class AssessmentRunDialog;
class QLabel;
class QPushButton;
class QTreeWidget;
class Registry;

class AssessmentRunsWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit AssessmentRunsWindow(Registry &registry, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *detailsLabel() const { return m_details; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *approveButton() const { return m_approve; }
    std::optional<AssessmentRun> currentRun() const;
    bool select(const QString &runNo);

public slots:
    void refresh();
    // Open window-modal without blocking (tests fill them in).
    AssessmentRunDialog *recordRun();
    AssessmentRunDialog *approveRun();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDetails();
    AssessmentRunDialog *showDialog(AssessmentRunDialog *dialog);

    Registry &m_registry;
    QList<AssessmentRun> m_runs;
    QString m_readError; // of the last refresh
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_close = nullptr;
};
