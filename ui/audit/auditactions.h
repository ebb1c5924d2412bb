// Puts the audit trail into the main window: File → Audit Log… (the whole registry's history, filtered, printed,
// exported) and File → Verify History… (the chain check with a progress dialog). Follows the registry and language.
#pragma once

#include <QObject>
#include <QPointer>

class AuditLogWindow;
class MainWindow;
class QAction;

class AuditActions final : public QObject
{
    Q_OBJECT

public:
    explicit AuditActions(MainWindow *window);

    QAction *auditLogAction() const { return m_auditLog; }
    QAction *verifyAction() const { return m_verify; }
    AuditLogWindow *auditLogWindow() const;

public slots:
    void showAuditLog();
    void verifyHistory();
    void updateActions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    MainWindow *m_window;
    QAction *m_auditLog = nullptr;
    QAction *m_verify = nullptr;
    QPointer<AuditLogWindow> m_logWindow;
};
