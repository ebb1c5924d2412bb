// Puts secure disposal into the main window: a Disposal menu (record the disposal of the selected assets, the
// disposal record of the current asset, assets due for disposal, all disposal records, minimum methods) and the same
// record actions in the Asset menu and the table's context menu. Follows the window's registry and language.
#pragma once

#include <QList>
#include <QObject>

class MainWindow;
class QAction;
class QMenu;
class Registry;

class DisposalActions final : public QObject
{
    Q_OBJECT

public:
    // A record lists every asset on its certificate; a contractor pick-up is hundreds, not hundreds of thousands.
    static constexpr qint64 kMaxAssetsPerRecord = 1000;

    explicit DisposalActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *recordAction() const { return m_record; }
    QAction *showRecordAction() const { return m_showRecord; }
    QAction *dueAction() const { return m_due; }
    QAction *recordsAction() const { return m_records; }
    QAction *minimumMethodsAction() const { return m_minimumMethods; }

public slots:
    // Opens the recording dialog for these assets; returns whether a disposal was recorded.
    bool recordDisposal(const QList<qint64> &assetIds);
    void recordSelected();
    void showRecordOfCurrent();
    void showRecord(qint64 jobId);
    void showDue();
    void showRecords();
    void editMinimumMethods();
    void updateActions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    qint64 selectedCount() const;

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_record = nullptr;
    QAction *m_showRecord = nullptr;
    QAction *m_due = nullptr;
    QAction *m_records = nullptr;
    QAction *m_minimumMethods = nullptr;
};
