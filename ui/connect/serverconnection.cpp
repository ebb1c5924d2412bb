// Opening a shared registry with the password asked for when the server wants one.
#include "serverconnection.h"

#include "domain/serveraddress.h"
#include "passworddialog.h"
#include "service/registry.h"

#include <QApplication>
#include <QCursor>

namespace {

std::unique_ptr<Registry> openWaiting(const QString &address, QString *error)
{
    // Reaching a server takes a moment (up to libpq's connect timeout when it does not answer).
    QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    std::unique_ptr<Registry> registry = Registry::open(address, error);
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
    std::unique_ptr<Registry> registry = openWaiting(address, error);
    if (registry || !Registry::isPasswordRefusal(*error))
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
        registry = openWaiting(server.connectionUrl(), error);
        server.password.clear();
        if (registry || !Registry::isPasswordRefusal(*error))
            return registry;
        problem = *error;
    }
}
