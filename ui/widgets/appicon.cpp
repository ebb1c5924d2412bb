// The embedded application icon (see appicon.h).
#include "appicon.h"

#include <QDir>
#include <QString>

namespace AppIcon {

QIcon icon()
{
    // Every size the build rendered (ui/CMakeLists.txt), so that the sizes are listed in one place only.
    QIcon icon;
    const QDir root(QStringLiteral(":/icons"));
    const QStringList sizes = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &size : sizes)
        icon.addFile(root.filePath(size + QStringLiteral("/apps/asset-registry.png")));
    return icon;
}

} // namespace AppIcon
