// The entries behind a figure of the dashboard (a heat-map cell, a level, a treatment, overdue entries): a list of
// the risk register filtered as the figure was counted, read page by page. Non-modal; it follows language changes.
#pragma once

#include "domain/risk.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class Registry;
class RiskEntryModel;

class RiskEntryListDialog final : public QDialog
{
    Q_OBJECT

public:
    // caption says what the entries are, e.g. "Importance 3 × likelihood of damage 2".
    RiskEntryListDialog(const Registry &registry, const RiskFilter &filter, const QString &caption,
                        QWidget *parent = nullptr);

    RiskEntryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_caption;
    RiskEntryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_close = nullptr;
};
