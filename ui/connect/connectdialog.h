// File ▸ Connect to Shared Registry…: a registry on a PostgreSQL server (DESIGN.md §14) by its host, port, database,
// user and TLS mode, each TLS mode explained. On Connect it opens the registry (asking for the password when the
// server wants one that libpq's sources do not hold); a refusal is shown and the dialog stays open with the values to
// correct. The values of the last connection are remembered in the settings, the password never.
#pragma once

#include "domain/serveraddress.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Registry;

class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The registry opened when the dialog was accepted; the caller takes it over.
    std::unique_ptr<Registry> takeRegistry();

    // The address the fields name (without a password); false with a translated message naming the field that is
    // not usable.
    bool address(ServerAddress *address, QString *error) const;
    // Fills the fields from an address (its password is ignored).
    void setAddress(const ServerAddress &address);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *tlsCombo() const { return m_tls; }
    QLabel *tlsExplanation() const { return m_tlsExplanation; }

    // The values of the last successful connection, as the dialog starts with them (libpq's defaults before any).
    static ServerAddress remembered();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateExplanation();
    void updateConnectButton();
    static void remember(const ServerAddress &address);

    QLabel *m_intro = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_tlsLabel = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_tlsExplanation = nullptr;
    QLabel *m_passwordNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<Registry> m_registry;
};
