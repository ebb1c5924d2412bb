// Puts "Mark as reviewed" (見直し済みにする, practice.md §2) into the main window: an action in the Asset menu and the
// table's context menu for the selected assets, with a dialog for the date and the reviewer. Follows the window's
// registry, selection and language.
#pragma once

#include <QList>
#include <QObject>

class MainWindow;
class QAction;

class ReviewActions final : public QObject
{
    Q_OBJECT

public:
    // One mark is one transaction with an audit event per asset; more than this is a stock-take, not a selection.
    static constexpr qint64 kMaxAssetsPerMark = 10000;

    explicit ReviewActions(MainWindow *window);

    QAction *markReviewedAction() const { return m_markReviewed; }

public slots:
    // Opens the dialog for these assets; returns how many were marked (0 when cancelled or refused).
    int markReviewed(const QList<qint64> &assetIds);
    void markSelected();
    void updateActions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    qint64 selectedCount() const;

    MainWindow *m_window;
    QAction *m_markReviewed = nullptr;
};
