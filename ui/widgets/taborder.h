// Tab order for widgets made after the ones they are laid out before (a banner put above the asset table, a part
// added to a finished form): Qt's Tab follows the order in which widgets were made, so such a widget is moved in the
// focus chain to where it is laid out.
#pragma once

class QWidget;

namespace TabOrder {

// Makes Tab reach the widgets of `group` (itself and what it holds, in their order) just before those of `target`:
// the target's widgets are moved in the focus chain to follow the group's. Both must be in one window.
void placeBefore(QWidget *group, QWidget *target);

} // namespace TabOrder
