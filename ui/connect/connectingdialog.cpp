// The wait for a shared registry's server, on a worker, with Cancel.
#include "connectingdialog.h"

#include "domain/serveraddress.h"
#include "service/registry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <thread>

// Shared by the dialog and its worker, which may outlive the dialog after Cancel.
struct ServerCheckState
{
    std::atomic<bool> cancel{false};
    std::atomic<bool> done{false};
    // Written by the worker before `done`, read by the dialog after it.
    ServerRefusal refusal = ServerRefusal::None;
    QString error;
};

namespace {

// How often the dialog looks whether the worker has finished.
constexpr int kLookIntervalMs = 20;

} // namespace

ConnectingDialog::ConnectingDialog(const QString &shown, QWidget *parent)
    : QDialog(parent)
    , m_shown(shown)
    , m_state(std::make_shared<ServerCheckState>())
{
    setObjectName(QStringLiteral("connectingDialog"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *busy = new QProgressBar(this);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectingDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(busy);
    layout->addWidget(m_buttons);
    m_timer = new QTimer(this);
    m_timer->setInterval(kLookIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectingDialog::lookAtWorker);
    m_timer->start();
    retranslateUi();
    setMinimumWidth(420);
}

ServerRefusal ConnectingDialog::check(QWidget *parent, const QString &address, QString *error)
{
    ServerAddress server;
    QString unused;
    const QString shown = ServerAddress::parse(address, &server, &unused) ? server.displayName()
                                                                          : ServerAddress::withoutPassword(address);
    ConnectingDialog dialog(shown, parent);
    std::shared_ptr<ServerCheckState> state = dialog.m_state;
    std::thread([state, address] {
        QString message;
        const ServerRefusal refusal = Registry::checkServer(address, state->cancel, &message);
        state->refusal = refusal;
        state->error = message;
        state->done.store(true, std::memory_order_release);
    }).detach();
    if (dialog.exec() != QDialog::Accepted) {
        error->clear();
        return ServerRefusal::Cancelled;
    }
    *error = state->error;
    return state->refusal;
}

void ConnectingDialog::reject()
{
    // The worker gives up at its next look at the flag; the window does not wait for it.
    m_state->cancel.store(true);
    m_timer->stop();
    QDialog::reject();
}

void ConnectingDialog::lookAtWorker()
{
    if (!m_state->done.load(std::memory_order_acquire))
        return;
    m_timer->stop();
    accept();
}

void ConnectingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectingDialog::retranslateUi()
{
    setWindowTitle(tr("Connecting to Shared Registry"));
    m_text->setText(tr("Connecting to %1…").arg(m_shown));
}
