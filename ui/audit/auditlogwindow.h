// The audit log of the whole registry (DESIGN.md §6): every event, newest first, filtered by date range, actor,
// action, kind of record and asset, paged in SQL; the checkpoint of the trail; verification of the chain; the printed
// audit report (print, preview, PDF) and CSV export of what the filter selects.
#pragma once

#include "domain/auditevent.h"

#include <QDialog>

class AuditLogModel;
struct PagedDocument;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class Registry;

class AuditLogWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogWindow(Registry &registry, QWidget *parent = nullptr);

    AuditFilter filter() const;
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_count; }
    QLabel *checkpointLabel() const { return m_checkpoint; }
    QCheckBox *sinceCheck() const { return m_useSince; }
    QCheckBox *untilCheck() const { return m_useUntil; }
    QDateEdit *sinceEdit() const { return m_since; }
    QDateEdit *untilEdit() const { return m_until; }
    QLineEdit *actorEdit() const { return m_actor; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *entityCombo() const { return m_entity; }
    QLineEdit *assetEdit() const { return m_asset; }

    QSize sizeHint() const override;

public slots:
    // Applies the filter fields at once (typing applies them after a short pause).
    void applyFilter();
    void clearFilter();
    bool exportCsv();
    bool savePdf();
    void print();
    void preview();
    void verify();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    void updateCounts();
    bool buildReport(PagedDocument *document, AuditCheckpoint *checkpoint);

    Registry &m_registry;
    AuditLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_typing = nullptr;
    QLabel *m_periodLabel = nullptr;
    QCheckBox *m_useSince = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_useUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_actorLabel = nullptr;
    QLineEdit *m_actor = nullptr;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_entityLabel = nullptr;
    QComboBox *m_entity = nullptr;
    QLabel *m_assetLabel = nullptr;
    QLineEdit *m_asset = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_checkpoint = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
};
