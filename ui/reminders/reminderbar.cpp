// The reminder bar above the asset table.
#include "reminderbar.h"

#include "mainwindow/mainwindow.h"
#include "risk/riskactions.h"
#include "risk/riskregisterwindow.h"
#include "service/assetservice.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "widgets/assettableview.h"
#include "widgets/filterbar.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

ReminderBar::ReminderBar(MainWindow *window)
    : QFrame(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("reminderBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#reminderBar { background: #FFF4D6; border: 1px solid #C98A00; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("reminders"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("closeReminders"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 3, 3);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_text, &QLabel::linkActivated, this, &ReminderBar::open);
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_closed = true;
        hide();
    });
    connect(window, &MainWindow::registryChanged, this, [this] {
        m_closed = false;
        refresh();
    });
    connect(window, &MainWindow::assetSaved, this, &ReminderBar::refresh);
    window->addBanner(this);
    hide();
    refresh();
}

void ReminderBar::refresh()
{
    Registry *registry = m_window->registry();
    m_overdue = m_disposal = m_retentionUnset = m_risksDue = 0;
    if (registry) {
        QString error;
        AssetFilter overdue;
        overdue.overdueForReview = true;
        m_overdue = std::max<qint64>(0, registry->assets().count(overdue, &error));
        AssetFilter unset;
        unset.retentionUnset = true;
        m_retentionUnset = std::max<qint64>(0, registry->assets().count(unset, &error));
        m_disposal = std::max<qint64>(0, registry->disposal().dueCount(kDisposalWithinDays, &error));
        if (const Result<qint64> risks = registry->risks().count(risksDue()))
            m_risksDue = *risks;
    }
    updateText();
    setVisible(!m_closed && (m_overdue > 0 || m_disposal > 0 || m_retentionUnset > 0 || m_risksDue > 0));
}

void ReminderBar::updateText()
{
    const auto link = [](const QString &href, const QString &text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text.toHtmlEscaped());
    };
    QStringList items;
    if (m_overdue > 0)
        items << link(QStringLiteral("overdue"),
                      tr("%n asset(s) overdue for review", nullptr, int(std::min<qint64>(m_overdue, INT_MAX))));
    if (m_disposal > 0)
        items << link(QStringLiteral("disposal"),
                      tr("%n asset(s) due for disposal", nullptr, int(std::min<qint64>(m_disposal, INT_MAX))));
    if (m_retentionUnset > 0)
        items << link(QStringLiteral("retention"), tr("%n asset(s) without a retention period", nullptr,
                                                      int(std::min<qint64>(m_retentionUnset, INT_MAX))));
    if (m_risksDue > 0)
        items << link(QStringLiteral("risks"),
                      tr("%n risk entry(ies) due", nullptr, int(std::min<qint64>(m_risksDue, INT_MAX))));
    m_text->setText(items.isEmpty() ? QString() : tr("Due now: %1").arg(items.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    m_close->setToolTip(tr("Hide the reminders until a registry is opened again"));
}

void ReminderBar::open(const QString &link)
{
    FilterBar *filter = m_window->filterBar();
    if (link == QLatin1String("overdue") || link == QLatin1String("retention")) {
        // Only those assets: the other filters would hide some of them.
        filter->clear();
        QCheckBox *box = link == QLatin1String("overdue") ? filter->overdueCheck() : filter->retentionUnsetCheck();
        box->setChecked(true);
        m_window->assetView()->setFocus();
        return;
    }
    if (link == QLatin1String("disposal")) {
        if (auto *due = m_window->findChild<QAction *>(QStringLiteral("dueForDisposalAction")))
            due->trigger();
        return;
    }
    if (link == QLatin1String("risks")) {
        if (auto *actions = m_window->findChild<RiskActions *>())
            if (RiskRegisterWindow *window = actions->showRegister())
                window->showFilter(risksDue(), tr("due now (overdue for review or treatment, needing reassessment, "
                                                  "or an acceptance ending within %n day(s))",
                                                  nullptr, kAcceptanceWithinDays));
    }
}

RiskFilter ReminderBar::risksDue()
{
    RiskFilter filter;
    filter.status = QStringLiteral("open");
    filter.dueWithinDays = kAcceptanceWithinDays;
    return filter;
}

void ReminderBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QFrame::changeEvent(event);
}
