// Reminders when a registry is opened (issue: a working day starts with what is due): a bar above the asset table that
// says how many assets are overdue for review, how many are due for disposal (retention ended or ending within 30
// days, or marked disposal pending), how many have no retention set and how many risk entries are due (rule 8 of
// risk.md: overdue for review or treatment, needing reassessment, or an acceptance ending within 30 days), each a link
// to the list of them — the table filtered to them, Disposal ▸ Assets Due for Disposal, or the risk register. Items
// with nothing due are left out; with nothing due at all the bar stays hidden. It can be closed until the next registry
// is opened.
#pragma once

#include "domain/risk.h"

#include <QFrame>

class MainWindow;
class QLabel;
class QToolButton;

class ReminderBar final : public QFrame
{
    Q_OBJECT

public:
    // The window of the Due for Disposal list (DueAssetsModel's default).
    static constexpr int kDisposalWithinDays = 30;
    // Acceptances ending within this many days are due (the default of `risk due`).
    static constexpr int kAcceptanceWithinDays = 30;

    explicit ReminderBar(MainWindow *window);

    qint64 overdueCount() const { return m_overdue; }
    qint64 disposalCount() const { return m_disposal; }
    qint64 retentionUnsetCount() const { return m_retentionUnset; }
    qint64 risksDueCount() const { return m_risksDue; }
    QLabel *textLabel() const { return m_text; }

public slots:
    // Counts again and shows the bar when something is due (and it was not closed for this registry).
    void refresh();
    // What a click on a link does: "overdue", "disposal", "retention" or "risks".
    void open(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    // The entries the risk item counts and opens.
    static RiskFilter risksDue();

    MainWindow *m_window;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    qint64 m_overdue = 0;
    qint64 m_disposal = 0;
    qint64 m_retentionUnset = 0;
    qint64 m_risksDue = 0;
    bool m_closed = false;
};
