#pragma once
// Audits one node: connect (through its jump host if any), verify the host key,
// authenticate, run the fixed command set, and turn the evidence into a Node.
// Never throws: every failure ends up in Node::status / error / warnings, and
// whatever evidence was gathered before a failure is kept.

#include "collect/collectoptions.h"
#include "inventory/inventory.h"
#include "model/snapshot.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace portolan {

class NodeCollector
{
    Q_DECLARE_TR_FUNCTIONS(portolan::NodeCollector)
public:
    using ProgressFn = std::function<void(const NodeProgress &)>;

    NodeCollector(const CollectOptions &options, InteractionHandler *handler,
                  const std::atomic_bool *cancel, ProgressFn progress);

    Node collect(const InventoryNode &target) const;

private:
    void report(const QString &node, NodeStage stage, int step = 0, int steps = 0,
                const QString &detail = {}) const;
    void runCommands(class SshSession &session, const InventoryNode &target, Node &node) const;

    const CollectOptions &m_options;
    InteractionHandler *m_handler;
    const std::atomic_bool *m_cancel;
    ProgressFn m_progress;
};

} // namespace portolan
