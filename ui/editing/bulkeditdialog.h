// Edit ▸ Bulk Edit: changes the same fields of the selected assets at once — managing department, owner, status,
// medium class — and can record their review, in one transaction through AssetService::updateAssets (all or none).
// Only the fields whose box is ticked change; the problems of any asset refuse the whole change and are listed.
#pragma once

#include "domain/asset.h"

#include <QDialog>
#include <QList>

class InputGuard;
class ProblemPanel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Registry;

class BulkEditDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(Registry &registry, const QList<qint64> &assetIds, QWidget *parent = nullptr);

    // The assets as they were and as saved, once the dialog is accepted (for Edit ▸ Undo).
    const QList<Asset> &before() const { return m_before; }
    const QList<Asset> &after() const { return m_after; }
    // The assets with the ticked changes applied, not saved.
    QList<Asset> edited() const;

public slots:
    void accept() override;
    void reject() override;

private:
    void updateEnabled();

    Registry &m_registry;
    QList<Asset> m_before;
    QList<Asset> m_after;

    QLabel *m_intro = nullptr;
    QCheckBox *m_changeDepartment = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_changeOwner = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_changeStatus = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_changeMedium = nullptr;
    QComboBox *m_medium = nullptr;
    QCheckBox *m_reviewed = nullptr;
    QDateEdit *m_reviewedOn = nullptr;
    QLineEdit *m_reviewer = nullptr;
    ProblemPanel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
