// Window sizes that suit the screen (issue: a 1366×768 laptop): every window and dialog opens within the available
// geometry of its screen, at its remembered size when it has one, else at its preferred size made smaller to fit,
// and remembers its size and place when it is closed.
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace WindowGeometry {

// Sizes and places window (before it is shown): the geometry remembered under name, or preferred, in both cases
// within the available geometry of the screen of its parent (or the primary screen). The geometry is saved under
// name whenever the window is hidden or closed.
void restore(QWidget *window, const QString &name, const QSize &preferred);

// Shrinks window so that it fits its screen's available geometry, now and whenever it is shown (then also moving it
// onto the screen); for windows that remember their geometry themselves.
void keepOnScreen(QWidget *window);

} // namespace WindowGeometry
