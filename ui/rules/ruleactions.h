// Puts the rule check into the main window: Asset → Check Rules… lists the assets that break a personal-information
// or retention rule and opens each one in the asset editor.
#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class QAction;
class RuleCheckDialog;

class RuleActions final : public QObject
{
    Q_OBJECT

public:
    explicit RuleActions(MainWindow *window);

    QAction *checkRulesAction() const { return m_checkRules; }
    RuleCheckDialog *dialog() const;

public slots:
    void checkRules();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();

    MainWindow *m_window;
    QAction *m_checkRules = nullptr;
    QPointer<RuleCheckDialog> m_dialog;
};
