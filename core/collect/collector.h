#pragma once
// Collects every node of an inventory in parallel (at most `jobs` at once) and
// returns one Snapshot holding every node with its status. One failed node never
// spoils the others. progress() is emitted from worker threads: connect with
// Qt::DirectConnection and lock, or with a queued connection from a GUI thread.
// cancel() is thread-safe; nodes not finished then come back as Cancelled.

#include "collect/collectoptions.h"
#include "inventory/inventory.h"
#include "model/snapshot.h"

#include <QObject>

#include <atomic>

namespace portolan {

class Collector final : public QObject
{
    Q_OBJECT
public:
    Collector(Inventory inventory, CollectOptions options, InteractionHandler *handler,
              QObject *parent = nullptr);

    // Blocks until every node is done or cancelled.
    Snapshot run(const QString &label);
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel.load(); }

signals:
    void progress(const portolan::NodeProgress &progress);

private:
    Inventory m_inventory;
    CollectOptions m_options;
    InteractionHandler *m_handler;
    std::atomic_bool m_cancel{false};
};

} // namespace portolan
