// Files written for the user (exports, reports) hold the registry's data, so they are created owner-only, like the
// registry itself (DESIGN.md §7), whatever the umask says.
#pragma once

class QSaveFile;

namespace OwnerFile {

// Opens file for writing and makes it readable and writable by its owner only; false (with file.errorString())
// when it cannot be opened.
bool open(QSaveFile &file);

} // namespace OwnerFile
