// The asset table: one row per asset, columns the user shows, hides, reorders and resizes (remembered), sorting on
// any column by a click on its header. Rows have one fixed height so that a million rows scroll smoothly.
#pragma once

#include <QTableView>
#include <QTimer>

class QMenu;

class AssetTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit AssetTableView(QWidget *parent = nullptr);
    ~AssetTableView() override;

    void setModel(QAbstractItemModel *model) override;

    // The menu of columns (one checkable action a field), shared with View ▸ Columns of the main window.
    QMenu *columnsMenu() const { return m_columnsMenu; }

    bool isColumnShown(int column) const { return !isColumnHidden(column); }
    void setColumnShown(int column, bool shown);
    // Columns shown, in the order the user arranged them (logical indexes).
    QList<int> shownColumnsInOrder() const;

    // Column layout (order, visibility, widths, sort) is kept in QSettings under this key.
    void restoreColumns();
    void saveColumns();
    void resetColumns();

    // Shown in the middle of the table while it has no rows: why, and what to do.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // Selects and shows the row, keeping the current column.
    void makeRowCurrent(int row);

signals:
    void columnsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void fillColumnsMenu();
    void updateColumnActions();
    void applyDefaultColumns();
    int defaultWidth(int column) const;

    QMenu *m_columnsMenu = nullptr;
    QTimer m_saveDelay;
    QString m_placeholder;
    bool m_restoring = false;
};
