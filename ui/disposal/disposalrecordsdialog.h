// The list of disposal records of the registry, newest first, with the override flag; opening one shows the record
// view. For the auditor's question "show me every disposal since …".
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class Registry;

class DisposalRecordsDialog final : public QDialog
{
    Q_OBJECT

public:
    // The most recent records shown; older ones are reached through their assets.
    static constexpr int kLimit = 5000;

    explicit DisposalRecordsDialog(Registry &registry, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

public slots:
    void refresh();
    void openSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Registry &m_registry;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
};
