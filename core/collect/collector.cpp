#include "collector.h"

#include "collect/nodecollector.h"
#include "version.h"

#include <QDateTime>
#include <QThreadPool>

#include <algorithm>

namespace portolan {

Collector::Collector(Inventory inventory, CollectOptions options, InteractionHandler *handler,
                     QObject *parent)
    : QObject(parent)
    , m_inventory(std::move(inventory))
    , m_options(std::move(options))
    , m_handler(handler)
{
    qRegisterMetaType<portolan::NodeProgress>();
}

Snapshot Collector::run(const QString &label)
{
    Snapshot snapshot;
    snapshot.label = label;
    snapshot.createdUtc = QDateTime::currentDateTimeUtc();
    snapshot.toolVersion = toolVersion();
    snapshot.inventoryName = m_inventory.name;
    snapshot.nodes.resize(m_inventory.nodes.size());

    for (const InventoryNode &target : std::as_const(m_inventory.nodes))
        emit progress(NodeProgress{target.name, NodeStage::Queued, 0, 0, {}});

    const NodeCollector collector(m_options, m_handler, &m_cancel,
                                  [this](const NodeProgress &p) { emit progress(p); });
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, m_options.jobs));
    for (qsizetype i = 0; i < m_inventory.nodes.size(); ++i) {
        pool.start([&, i] {
            // Each task writes only its own slot: no lock needed.
            snapshot.nodes[i] = collector.collect(m_inventory.nodes.at(i));
        });
    }
    pool.waitForDone();
    return snapshot;
}

} // namespace portolan
