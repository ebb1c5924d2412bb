// The small dialog of "Mark as reviewed" (practice.md §2): the day of the review (today by the registry's clock) and
// the reviewer (the user recorded in the audit trail), for one or many assets. Saving goes through
// AssetService::markReviewed; a refusal is shown in the dialog and changes nothing.
#pragma once

#include <QDialog>
#include <QList>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Registry;

class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(Registry &registry, const QList<qint64> &assetIds, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QLabel *problemLabel() const { return m_problem; }
    // How many assets were marked; 0 until the dialog was accepted.
    int markedCount() const { return m_marked; }

public slots:
    void accept() override;

private:
    Registry &m_registry;
    QList<qint64> m_assetIds;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_marked = 0;
};
