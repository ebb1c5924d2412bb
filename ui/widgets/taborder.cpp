// Moving a group of widgets in the focus chain.
#include "taborder.h"

#include <QList>
#include <QWidget>

namespace {

bool within(const QWidget *widget, const QWidget *group)
{
    return widget == group || group->isAncestorOf(widget);
}

// Qt's setTabOrder leaves widgets that never take focus where they are; only the others are moved and moved past.
bool takesFocus(const QWidget *widget)
{
    return widget->focusPolicy() != Qt::NoFocus;
}

} // namespace

void TabOrder::placeBefore(QWidget *group, QWidget *target)
{
    if (!group || !target || group->window() != target->window() || within(target, group))
        return;
    QWidget *window = target->window();
    QList<QWidget *> moving;
    QList<QWidget *> following;
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window;
         widget = widget->nextInFocusChain()) {
        if (!takesFocus(widget))
            continue;
        if (within(widget, group))
            moving << widget;
        else if (within(widget, target))
            following << widget;
    }
    if (moving.isEmpty() || following.isEmpty())
        return;
    // Tab goes round the window: the target's widgets are put right after the group's, which puts the group before
    // them, and after whatever came before the target.
    QWidget *previous = moving.constLast();
    for (QWidget *widget : std::as_const(following)) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}
