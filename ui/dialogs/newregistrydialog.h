// File ▸ New registry: the file, the classification scheme (fixed for the life of the registry), the organisation
// name and the asset number prefix. On OK it creates the registry; errors are shown and the dialog stays open.
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Registry;

class NewRegistryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewRegistryDialog(QWidget *parent = nullptr);
    ~NewRegistryDialog() override;

    // The registry created when the dialog was accepted; the caller takes it over.
    std::unique_ptr<Registry> takeRegistry();

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *schemeCombo() const { return m_scheme; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QLineEdit *prefixEdit() const { return m_prefix; }

public slots:
    void accept() override;
    void browse();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDescription();
    void updateOkButton();

    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_schemeLabel = nullptr;
    QComboBox *m_scheme = nullptr;
    QLabel *m_schemeDescription = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLabel *m_prefixLabel = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLabel *m_prefixExample = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<Registry> m_registry;
};
