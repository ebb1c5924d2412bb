// Opening a shared registry on a PostgreSQL server from the window (DESIGN.md §14): the server is reached on a worker
// while a "Connecting…" dialog with Cancel shows (ConnectingDialog), so the window never freezes; the password handled
// as libpq does: first from the address or libpq's own sources (PGPASSWORD, ~/.pgpass); when the server refuses for a
// missing or wrong password, asked for in a PasswordDialog and used for this session only: the open registry keeps it
// in memory for its second connections (background jobs), and it is never written anywhere or shown.
#pragma once

#include <QString>

#include <memory>

class QWidget;
class Registry;

namespace ServerConnection {

// Opens the registry at the server address. Null on failure with the translated message in *error, or with *error
// empty when the user cancelled the password dialog.
std::unique_ptr<Registry> open(QWidget *parent, const QString &address, QString *error);

} // namespace ServerConnection
