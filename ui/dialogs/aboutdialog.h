// Help ▸ About: the program's name, version and licence, and the third-party components it is built on with their
// licences (the list of core/product/productinfo.h, the same as the installed Debian copyright file).
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *componentTable() const { return m_components; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_componentsHeading = nullptr;
    QTableWidget *m_components = nullptr;
};
