// The application icon (resources/icons/asset-registry.svg, rendered at the hicolor sizes by the build and embedded
// under :/icons/NxN/apps/): the window icon and the picture of the About dialog.
#pragma once

#include <QIcon>

namespace AppIcon {

QIcon icon();

} // namespace AppIcon
