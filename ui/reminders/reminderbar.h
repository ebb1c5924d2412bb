// Reminders when a registry is opened (issue: a working day starts with what is due): a bar above the asset table that
// says how many assets are overdue for review, how many are due for disposal (retention ended or ending within 30
// days, or marked disposal pending) and how many have no retention set, each a link to the list of them — the table
// filtered to them, or Disposal ▸ Assets Due for Disposal. Items with nothing due are left out; with nothing due at
// all the bar stays hidden. It can be closed until the next registry is opened.
#pragma once

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

    explicit ReminderBar(MainWindow *window);

    qint64 overdueCount() const { return m_overdue; }
    qint64 disposalCount() const { return m_disposal; }
    qint64 retentionUnsetCount() const { return m_retentionUnset; }
    QLabel *textLabel() const { return m_text; }

public slots:
    // Counts again and shows the bar when something is due (and it was not closed for this registry).
    void refresh();
    // What a click on a link does: "overdue", "disposal" or "retention".
    void open(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    MainWindow *m_window;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    qint64 m_overdue = 0;
    qint64 m_disposal = 0;
    qint64 m_retentionUnset = 0;
    bool m_closed = false;
};
