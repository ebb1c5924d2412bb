// The first start of a new registry asks once for the organisation's name, which the ledger, the certificates and
// the reports print in their header. It can be skipped; either way it is not asked again (the name can be set later
// in File ▸ Registry Settings). The name is saved through the settings service, audited like any other setting.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Registry;

class OrganisationDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OrganisationDialog(Registry &registry, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *skipButton() const { return m_skip; }

public slots:
    // Saves the name (a blank name is the same as Skip); on an error the dialog stays open and says why.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Registry &m_registry;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_skip = nullptr;
};
