// The due-for-disposal view (DESIGN.md §5): assets whose retention (保存期限) has passed or ends within a chosen number
// of days, and assets marked disposal pending (廃棄予定), most urgent first. From here the user records the disposal
// of the selected assets or finds one in the asset list.
#pragma once

#include <QDialog>
#include <QList>

class DueAssetsModel;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class Registry;

class DueDisposalDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DueDisposalDialog(Registry *registry, QWidget *parent = nullptr);

    DueAssetsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setWithinDays(int days);
    QList<qint64> selectedAssetIds() const;

public slots:
    void refresh();

signals:
    void recordDisposalRequested(const QList<qint64> &assetIds);
    void showAssetRequested(qint64 assetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void updateButtons();

    DueAssetsModel *m_model = nullptr;
    QLabel *m_withinLabel = nullptr;
    QSpinBox *m_within = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_close = nullptr;
};
