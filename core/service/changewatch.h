// Tells an open window that the registry changed under it (DESIGN.md §14): another administrator's save on a shared
// registry (the server's notice on the channel registry_changed, server schema 4), or another program's write to a
// registry file (the head of the audit trail moved, seen by a look every few seconds). Every change appends an audit
// event, so a moved head is a change; the window's own saves are reported too, which costs one more reading of what
// is in view.
#pragma once

#include "domain/auditevent.h"

#include <QObject>
#include <QTimer>

class Registry;

class ChangeWatch final : public QObject
{
    Q_OBJECT

public:
    // Watches `registry`, which must outlive the watch.
    explicit ChangeWatch(Registry &registry, QObject *parent = nullptr);
    ~ChangeWatch() override;

    // Whether the server pushes notices (a shared registry of schema 4 or later); otherwise the watch only looks.
    bool isPushed() const { return m_pushed; }
    // How often the watch looks at the audit trail's head, in milliseconds.
    int lookInterval() const { return m_timer.interval(); }

    // Looks now (also what a notice and the timer do).
    void check();

signals:
    void changed();

private:
    void onNotice(const QString &channel);
    // noticed: after the server's notice, which is a change even when the head cannot be read.
    void look(bool noticed);

    Registry &m_registry;
    QTimer m_timer;
    AuditCheckpoint m_seen;
    bool m_pushed = false;
};
