// Help in the main window: Help ▸ User Guide (F1) opens the bundled guide in the UI language, F1 in any other window
// or dialog opens the guide's section about it, and the first start of a new registry asks once for the
// organisation's name (OrganisationDialog).
#pragma once

#include <QObject>

class MainWindow;
class QAction;
class Registry;

class HelpActions final : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(MainWindow *window);

    QAction *userGuideAction() const { return m_userGuide; }

public slots:
    void showUserGuide();
    // Asks for the organisation's name of a registry the application has just created without one.
    void askOrganisation(Registry *registry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    MainWindow *m_window;
    QAction *m_userGuide = nullptr;
};
