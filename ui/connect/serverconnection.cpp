// Opening a shared registry: the server checked on a worker (ConnectingDialog), the password asked for when the server
// wants one, then the registry opened.
#include "serverconnection.h"

#include "connectingdialog.h"
#include "domain/serveraddress.h"
#include "passworddialog.h"
#include "service/registry.h"

#include <QApplication>
#include <QCursor>

namespace {

bool asksForPassword(ServerRefusal refusal)
{
    return refusal == ServerRefusal::PasswordNeeded || refusal == ServerRefusal::WrongPassword;
}

// Null with *error empty when the user cancelled the wait.
std::unique_ptr<Registry> openChecked(QWidget *parent, const QString &address, QString *error, ServerRefusal *refusal)
{
    *refusal = ConnectingDialog::check(parent, address, error);
    if (*refusal != ServerRefusal::None)
        return nullptr;
    // The server let the user in a moment ago: opening the registry (its checks, an upgrade) is quick now.
    QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    std::unique_ptr<Registry> registry = Registry::open(address, error, refusal);
    QApplication::restoreOverrideCursor();
    return registry;
}

// The user libpq signs in as when the address names none.
QString effectiveUser(const ServerAddress &address)
{
    if (!address.user.isEmpty())
        return address.user;
    const QString fromEnvironment = qEnvironmentVariable("PGUSER");
    return fromEnvironment.isEmpty() ? qEnvironmentVariable("USER") : fromEnvironment;
}

} // namespace

std::unique_ptr<Registry> ServerConnection::open(QWidget *parent, const QString &address, QString *error)
{
    ServerRefusal refusal = ServerRefusal::None;
    std::unique_ptr<Registry> registry = openChecked(parent, address, error, &refusal);
    if (registry || !asksForPassword(refusal))
        return registry;
    ServerAddress server;
    QString unused;
    if (!ServerAddress::parse(address, &server, &unused))
        return nullptr;
    // The first time the dialog just asks; after a refused password it also says why it asks again.
    QString problem;
    for (;;) {
        PasswordDialog dialog(server.displayName(), effectiveUser(server), problem, parent);
        if (dialog.exec() != QDialog::Accepted) {
            error->clear();
            return nullptr;
        }
        server.password = dialog.password();
        registry = openChecked(parent, server.connectionUrl(), error, &refusal);
        server.password.clear();
        if (registry || !asksForPassword(refusal))
            return registry;
        problem = *error;
    }
}
