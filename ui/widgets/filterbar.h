// The filter bar above the asset table: a search box that filters as the user types, and choices for department,
// asset type, importance, status and personal information, and switches for the assets overdue for review and those
// whose retention is not set (保存期限未設定). It only describes the filter; the model runs it in SQL.
#pragma once

#include "domain/assetquery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class Registry;

class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    // Typing is settled for this long before the table is filtered again.
    static constexpr int kSearchDelayMs = 150;

    explicit FilterBar(QWidget *parent = nullptr);

    // Fills the choices that depend on the registry (departments, importance labels); nullptr empties them.
    void setRegistry(const Registry *registry);
    // Reads the departments again, after an edit may have added one.
    void refreshDepartments();

    // The filter as chosen; includeDisposed is left to the caller.
    AssetFilter filter() const;

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *departmentCombo() const { return m_department; }
    QComboBox *assetTypeCombo() const { return m_assetType; }
    QComboBox *importanceCombo() const { return m_importance; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *personalInfoCombo() const { return m_personalInfo; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QCheckBox *retentionUnsetCheck() const { return m_retentionUnset; }

public slots:
    void clear();
    void focusSearch();

signals:
    void filterChanged();
    // The user pressed Down in the search box: the results should take the focus.
    void resultsWanted();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    static void setChoices(QComboBox *combo, const QList<QPair<QString, QVariant>> &choices);
    static void fitChoices(QComboBox *combo, int choices);

    const Registry *m_registry = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_assetType = nullptr;
    QComboBox *m_importance = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_personalInfo = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_retentionUnset = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer m_searchDelay;
    bool m_filling = false;
};
