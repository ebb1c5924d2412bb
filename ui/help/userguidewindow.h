// The window that shows the user guide: the bundled HTML in a QTextBrowser, with Contents, Back and Forward. It
// follows the UI language (a language switch shows the same section in the other guide).
#pragma once

#include <QWidget>

class QPushButton;
class QTextBrowser;

class UserGuideWindow final : public QWidget
{
    Q_OBJECT

public:
    // parent: the window it belongs to (it stays above it and closes with it); nullptr for one of its own.
    explicit UserGuideWindow(QWidget *parent = nullptr);

    void showSection(const QString &section);
    QString section() const { return m_section; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser = nullptr;
    QPushButton *m_contents = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_forward = nullptr;
    QString m_section;
};
