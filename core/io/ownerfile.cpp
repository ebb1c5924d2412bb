// Owner-only files through QSaveFile.
#include "ownerfile.h"

#include <QSaveFile>

bool OwnerFile::open(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // The permissions go to the temporary file, which commit() renames into place: the file is never readable by
    // others, not even for a moment, and an existing file's looser mode is not kept.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return false;
    }
    return true;
}
