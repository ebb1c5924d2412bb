// The dialog of a job that runs on a worker thread: what it does, how far it is, and Cancel. It polls the job's
// Progress (the worker never touches a widget) and stays until the worker has ended, so that a cancelled job is
// seen to stop; Esc and the close button cancel like the button.
#pragma once

#include <QDialog>

class Progress;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

class JobProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    JobProgressDialog(const QString &title, const QString &label, Progress *progress, QWidget *parent = nullptr);

    // The worker has ended: the dialog closes.
    void finish();
    // Asks the job to stop (the Cancel button, Esc, the close button).
    void cancel();

    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void update();
    void retranslate();

    QString m_label;
    Progress *m_progress;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_timer;
    bool m_finished = false;
};
