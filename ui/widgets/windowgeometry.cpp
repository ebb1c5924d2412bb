// Window sizes that suit the screen, remembered per window.
#include "windowgeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWidget>
#include <algorithm>

namespace {

QString key(const QString &name)
{
    return QStringLiteral("windows/%1/geometry").arg(name);
}

QScreen *screenOf(const QWidget *window)
{
    if (const QWidget *parent = window->parentWidget())
        return parent->window()->screen();
    return QGuiApplication::primaryScreen();
}

void fit(QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : screenOf(window);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is known only once the window is shown; before that, the geometry stands for it.
    const QRect frame = window->isVisible() ? window->frameGeometry() : window->geometry();
    const QSize decoration = frame.size() - window->geometry().size();
    const QSize room = available.size() - decoration;
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
    if (!window->isVisible())
        return;
    QRect placed = window->frameGeometry();
    placed.moveLeft(std::clamp(placed.left(), available.left(),
                               std::max(available.left(), available.right() - placed.width() + 1)));
    placed.moveTop(
        std::clamp(placed.top(), available.top(), std::max(available.top(), available.bottom() - placed.height() + 1)));
    if (placed.topLeft() != window->frameGeometry().topLeft())
        window->move(placed.topLeft());
}

// Keeps its window on the screen when it is shown (once its frame is known) and saves the window's geometry under
// its name, if it has one, when it is hidden (closed, accepted or rejected).
class Keeper final : public QObject
{
public:
    Keeper(QWidget *window, const QString &name)
        : QObject(window)
        , m_window(window)
        , m_name(name)
    {
        setObjectName(objectNameOfKeeper());
        window->installEventFilter(this);
    }

    static QString objectNameOfKeeper() { return QStringLiteral("windowGeometryKeeper"); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Show)
            QTimer::singleShot(0, m_window, [window = m_window] { fit(window); });
        else if (watched == m_window && event->type() == QEvent::Hide && !m_name.isEmpty())
            QSettings().setValue(key(m_name), m_window->saveGeometry());
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QString m_name;
};

} // namespace

void WindowGeometry::restore(QWidget *window, const QString &name, const QSize &preferred)
{
    const QByteArray saved = QSettings().value(key(name)).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        const QScreen *screen = screenOf(window);
        const QSize room = screen ? screen->availableGeometry().size() : preferred;
        window->resize(preferred.boundedTo(room));
    }
    fit(window);
    new Keeper(window, name);
}

void WindowGeometry::keepOnScreen(QWidget *window)
{
    fit(window);
    if (!window->findChild<QObject *>(Keeper::objectNameOfKeeper(), Qt::FindDirectChildrenOnly))
        new Keeper(window, QString());
}
