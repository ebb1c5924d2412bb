// Connect to a shared registry.
#include "connectdialog.h"

#include "serverconnection.h"
#include "service/registry.h"
#include "widgets/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString kHostKey = QStringLiteral("sharedRegistry/host");
const QString kPortKey = QStringLiteral("sharedRegistry/port");
const QString kDatabaseKey = QStringLiteral("sharedRegistry/database");
const QString kUserKey = QStringLiteral("sharedRegistry/user");
const QString kTlsKey = QStringLiteral("sharedRegistry/sslMode");

// The TLS modes offered, from none to the strictest ("allow" adds nothing a user should choose).
const QStringList kTlsModes = {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QString kDefaultTlsMode = QStringLiteral("prefer"); // libpq's own default

QString tlsName(const QString &mode)
{
    if (mode == QLatin1String("disable"))
        return ConnectDialog::tr("No encryption");
    if (mode == QLatin1String("prefer"))
        return ConnectDialog::tr("Encrypt when the server offers it");
    if (mode == QLatin1String("require"))
        return ConnectDialog::tr("Always encrypt");
    if (mode == QLatin1String("verify-ca"))
        return ConnectDialog::tr("Encrypt and verify the certificate");
    return ConnectDialog::tr("Encrypt and verify the certificate and host name");
}

QString tlsModeExplanation(const QString &mode)
{
    if (mode == QLatin1String("disable"))
        return ConnectDialog::tr("Connects without encryption: the password and the registry's data cross the network "
                                 "readable. Only for a server on this computer or on a network you trust entirely.");
    if (mode == QLatin1String("prefer"))
        return ConnectDialog::tr("Encrypts when the server offers TLS and otherwise connects without encryption; the "
                                 "server's certificate is not verified. The default of PostgreSQL's own programs, "
                                 "but no protection against someone who can change what crosses the network.");
    if (mode == QLatin1String("require"))
        return ConnectDialog::tr("Always encrypts and refuses a server without TLS, but does not verify the server's "
                                 "certificate: protects against eavesdropping, not against a machine posing as the "
                                 "server.");
    if (mode == QLatin1String("verify-ca"))
        return ConnectDialog::tr("Always encrypts and verifies that the server's certificate is signed by the "
                                 "certificate authority in ~/.postgresql/root.crt.");
    return ConnectDialog::tr("Always encrypts, verifies the server's certificate against ~/.postgresql/root.crt and "
                             "that it was issued for the host name above. The safest setting; the server's "
                             "administrator gives you the authority's certificate.");
}

// The name libpq signs in with when none is given.
QString systemUser()
{
    const QString fromEnvironment = qEnvironmentVariable("PGUSER");
    return fromEnvironment.isEmpty() ? qEnvironmentVariable("USER") : fromEnvironment;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_hostLabel = new QLabel(this);
    m_host = new QLineEdit(this);
    m_host->setMinimumWidth(360);
    m_hostLabel->setBuddy(m_host);
    m_portLabel = new QLabel(this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress::kDefaultPort);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel = new QLabel(this);
    m_database = new QLineEdit(this);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel = new QLabel(this);
    m_user = new QLineEdit(this);
    m_userLabel->setBuddy(m_user);
    m_tlsLabel = new QLabel(this);
    m_tls = new QComboBox(this);
    for (const QString &mode : kTlsModes)
        m_tls->addItem(QString(), mode);
    m_tlsLabel->setBuddy(m_tls);
    m_tlsExplanation = new QLabel(this);
    m_tlsExplanation->setWordWrap(true);
    m_tlsExplanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for the longest explanation, so that the dialog does not jump while the user looks through the modes.
    m_tlsExplanation->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_passwordNote = new QLabel(this);
    m_passwordNote->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_tlsLabel, m_tls);
    form->addRow(QString(), m_tlsExplanation);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_passwordNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateExplanation);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::updateConnectButton);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateConnectButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    setAddress(remembered());
    retranslateUi();
    updateConnectButton();
    for (QLineEdit *field : {m_host, m_database, m_user}) {
        if (field->text().isEmpty()) {
            field->setFocus();
            break;
        }
    }
}

ConnectDialog::~ConnectDialog() = default;

std::unique_ptr<Registry> ConnectDialog::takeRegistry()
{
    return std::move(m_registry);
}

bool ConnectDialog::address(ServerAddress *address, QString *error) const
{
    ServerAddress result;
    QString host = m_host->text().trimmed();
    // An IPv6 address may be typed as in a URL, in brackets.
    if (host.size() > 2 && host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty()) {
        *error = tr("Enter the host name or address of the server.");
        return false;
    }
    if (!host.startsWith(QLatin1Char('/'))) {
        QUrl probe;
        probe.setHost(host, QUrl::StrictMode);
        if (!probe.isValid() || probe.host().isEmpty()) {
            *error = tr("'%1' is not a host name or an address. Enter a name such as db.example.org, an address "
                        "such as 192.0.2.10 or ::1, or the folder of the server's socket such as /run/postgresql.")
                         .arg(host);
            return false;
        }
    }
    result.host = host;
    result.port = m_port->value();
    result.database = m_database->text().trimmed();
    if (result.database.isEmpty()) {
        *error = tr("Enter the name of the registry's database on the server.");
        return false;
    }
    result.user = m_user->text().trimmed();
    result.sslMode = m_tls->currentData().toString();
    // The address must read back as the same fields: what the window opens and the recent list keeps.
    ServerAddress check;
    if (!ServerAddress::parse(result.displayUrl(), &check, error))
        return false;
    *address = result;
    return true;
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host.contains(QLatin1Char(':')) && !address.host.startsWith(QLatin1Char('/'))
                        ? QLatin1Char('[') + address.host + QLatin1Char(']')
                        : address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    const int mode = m_tls->findData(address.sslMode);
    m_tls->setCurrentIndex(mode >= 0 ? mode : m_tls->findData(kDefaultTlsMode));
    updateExplanation();
}

ServerAddress ConnectDialog::remembered()
{
    const QSettings settings;
    ServerAddress address;
    address.host = settings.value(kHostKey).toString();
    address.port = settings.value(kPortKey, ServerAddress::kDefaultPort).toInt();
    if (address.port <= 0 || address.port > 65535)
        address.port = ServerAddress::kDefaultPort;
    address.database = settings.value(kDatabaseKey).toString();
    address.user = settings.value(kUserKey, systemUser()).toString();
    address.sslMode = settings.value(kTlsKey, kDefaultTlsMode).toString();
    return address;
}

void ConnectDialog::remember(const ServerAddress &address)
{
    // Everything but the password, which is never written anywhere.
    QSettings settings;
    settings.setValue(kHostKey, address.host);
    settings.setValue(kPortKey, address.port);
    settings.setValue(kDatabaseKey, address.database);
    settings.setValue(kUserKey, address.user);
    settings.setValue(kTlsKey, address.sslMode);
}

void ConnectDialog::accept()
{
    ServerAddress server;
    QString error;
    if (!address(&server, &error)) {
        MessageBox::critical(this, tr("Cannot Connect to Shared Registry"), error);
        return;
    }
    std::unique_ptr<Registry> registry = ServerConnection::open(this, server.displayUrl(), &error);
    if (!registry) {
        // A cancelled password dialog needs no message; the values stay for another try.
        if (!error.isEmpty())
            MessageBox::critical(this, tr("Cannot Connect to Shared Registry"), error);
        return;
    }
    remember(server);
    m_registry = std::move(registry);
    QDialog::accept();
}

void ConnectDialog::updateExplanation()
{
    m_tlsExplanation->setText(tlsModeExplanation(m_tls->currentData().toString()));
}

void ConnectDialog::updateConnectButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Shared Registry"));
    m_intro->setText(tr("A shared registry lives in a database on a PostgreSQL server, where several administrators "
                        "work on it at once. The server's administrator gives you these values."));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("db.example.org, 192.0.2.10, ::1 or /run/postgresql"));
    m_portLabel->setText(tr("&Port:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_database->setPlaceholderText(tr("The registry's database on the server"));
    m_userLabel->setText(tr("&User name:"));
    m_user->setPlaceholderText(systemUser());
    m_tlsLabel->setText(tr("&TLS mode:"));
    for (int index = 0; index < m_tls->count(); ++index) {
        const QString mode = m_tls->itemData(index).toString();
        m_tls->setItemText(index, tr("%1 (%2)").arg(tlsName(mode), mode));
    }
    updateExplanation();
    m_passwordNote->setText(tr("The password is taken from ~/.pgpass or PGPASSWORD when they hold one; otherwise it "
                               "is asked for when the server wants it. It is used until the application is closed "
                               "and never saved."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}
