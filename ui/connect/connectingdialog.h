// "Connecting to SERVER…" while a worker finds out whether a shared registry's server answers and lets the user in
// (Registry::checkServer, libpq's own connection that can be given up). The window keeps painting and Cancel returns at
// once: the worker is told to stop and left to finish by itself, and nothing of the window has changed.
#pragma once

#include "domain/serverrefusal.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QTimer;
struct ServerCheckState;

class ConnectingDialog final : public QDialog
{
    Q_OBJECT

public:
    // Checks the server of `address` (which may carry a password) on a worker while the dialog shows. Cancelled when
    // the user cancelled; otherwise the worker's answer, with the translated message of a refusal in *error.
    static ServerRefusal check(QWidget *parent, const QString &address, QString *error);

    // The dialog alone, for the server shown as `shown` (user@host:port/database): it waits until a worker started by
    // check() is done, or until Cancel; built on its own (the tests that walk every window), it waits for Cancel.
    explicit ConnectingDialog(const QString &shown, QWidget *parent = nullptr);

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void lookAtWorker();

    QString m_shown;
    std::shared_ptr<ServerCheckState> m_state;
    QLabel *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_timer = nullptr;
};
