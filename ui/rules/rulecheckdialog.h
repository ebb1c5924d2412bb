// Tools of the rule check (design/practice.md §1–2): every asset that breaks a personal-information or retention rule,
// with the rule, the field and the fix; activating a row opens the asset editor, where saving requires the fix.
// The list is read again after each save, so a fixed asset leaves it.
#pragma once

#include "service/rulecheck.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class Registry;

class RuleCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RuleCheckDialog(Registry &registry, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    const QList<RuleBreach> &breaches() const { return m_breaches; }

public slots:
    // Runs the check again.
    void refresh();

signals:
    // The user wants to fix this asset.
    void assetActivated(qint64 assetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    Registry &m_registry;
    QList<RuleBreach> m_breaches;
    QString m_error;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_refresh = nullptr;
};
