// The exact count of a filter that matches too many assets to count while the user types (a one-letter search of a
// million assets matches half of them): counted on a worker thread, on a connection of its own to the registry, while
// the window shows the first rows. A new count cancels the one before it; counted() reports only the latest one.
#pragma once

#include "domain/assetquery.h"

#include <QObject>

#include <memory>

class Progress;
class QThread;
class Registry;

class BackgroundCount final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundCount(QObject *parent = nullptr);
    ~BackgroundCount() override;

    // Counts the assets of the filter in `registry`, which must outlive the count (cancel() before it goes).
    void start(const Registry &registry, const AssetFilter &filter);
    // Stops the running count, if any, and waits for its thread: nothing is reported for it.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void counted(qint64 count);
    void failed(const QString &message);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<Progress> m_progress;
    quint64 m_generation = 0;
};
