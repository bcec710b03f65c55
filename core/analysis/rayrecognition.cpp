#include "rayrecognition.h"

#include "rayownerrules.h"
#include "rayportrules.h"

#include <QHash>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::RayRecognition)
};

struct NodeView
{
    QHash<qint64, const Process *> processes;
    WorkerPorts workers;
    bool rayPresent = false;
    bool redisInsteadOfGcs = false;
};

NodeView viewOf(const Node &node)
{
    NodeView view;
    view.workers = WorkerPorts::of(node.processes);
    bool redis = false;
    bool gcs = false;
    for (const Process &p : node.processes) {
        view.processes.insert(p.pid, &p);
        const RayProcessKind kind = classifyProcess(p.comm, p.command);
        view.rayPresent = view.rayPresent || isRayProcess(kind);
        redis = redis || kind == RayProcessKind::RedisServer;
        gcs = gcs || kind == RayProcessKind::GcsServer;
    }
    // Without ps, the owners ss names still tell whether Ray runs here.
    for (const ListeningSocket &s : node.sockets) {
        for (const SocketOwner &o : s.owners) {
            const RayProcessKind kind = classifyProcess(o.processName, {});
            view.rayPresent = view.rayPresent || isRayProcess(kind);
            gcs = gcs || kind == RayProcessKind::GcsServer;
        }
    }
    view.redisInsteadOfGcs = redis && !gcs;
    return view;
}

SocketOwnerView ownerView(const NodeView &node, const SocketOwner &owner)
{
    SocketOwnerView view;
    const Process *process = node.processes.value(owner.pid);
    if (!process) {
        view.kind = classifyProcess(owner.processName, {});
        view.name = owner.processName;
        return view;
    }
    view.kind = classifyProcess(process->comm, process->command);
    view.commandLine = process->command;
    const bool titled =
        view.kind == RayProcessKind::Worker || view.kind == RayProcessKind::ServeProxy;
    view.name = titled && !process->command.trimmed().isEmpty() ? process->command.trimmed()
                : !process->comm.isEmpty()                      ? process->comm
                                                                : owner.processName;
    return view;
}

// How evidence names an owner: the Ray program, else the process name.
QString ownerLabel(const SocketOwnerView &view)
{
    return isRayProcess(view.kind) ? programLabel(view.kind) : view.name;
}

ServiceBinding bindingOf(const ListeningSocket &socket, const SocketOwner *owner,
                         const SocketOwnerView *view, const ServiceMatch &match)
{
    ServiceBinding binding;
    binding.socket = socket;
    if (owner) {
        binding.pid = owner->pid;
        binding.processName = view && !view->name.isEmpty() ? view->name : owner->processName;
    }
    binding.component = match.component;
    binding.source = match.source;
    binding.evidence = match.evidence;
    return binding;
}

ServiceBinding recognize(const NodeView &node, const Node &model, const ListeningSocket &socket)
{
    QList<SocketOwnerView> owners;
    for (const SocketOwner &o : socket.owners)
        owners << ownerView(node, o);

    for (qsizetype i = 0; i < owners.size(); ++i) {
        if (auto match = matchOwner(owners.at(i), socket.port, node.workers))
            return bindingOf(socket, &socket.owners.at(i), &owners.at(i), *match);
    }
    const SocketOwner *first = socket.owners.isEmpty() ? nullptr : &socket.owners.first();
    const SocketOwnerView *firstView = owners.isEmpty() ? nullptr : &owners.first();
    if (socket.protocol == Protocol::Tcp) {
        if (auto match = matchSessionPort(model.ray.sessionPorts, socket.port))
            return bindingOf(socket, first, firstView, *match);
        DefaultPortContext context;
        context.rayPresent = node.rayPresent;
        context.redisInsteadOfGcs = node.redisInsteadOfGcs;
        context.ownerName = firstView ? ownerLabel(*firstView) : QString();
        context.workers = node.workers;
        if (auto match = matchDefaultPort(socket.port, context))
            return bindingOf(socket, first, firstView, *match);
    }
    for (qsizetype i = 0; i < owners.size(); ++i) {
        if (auto match = matchOwnerProgram(owners.at(i)))
            return bindingOf(socket, &socket.owners.at(i), &owners.at(i), *match);
    }
    const QString evidence =
        first ? Tr::tr("no rule matches port %1 of %2").arg(socket.port).arg(ownerLabel(*firstView))
              : Tr::tr("no rule matches port %1 (no owning process visible)").arg(socket.port);
    return bindingOf(socket, first, firstView,
                     {RayComponent::Other, RecognitionSource::None, evidence});
}

} // namespace

QList<ServiceBinding> recognizeServices(const Node &node)
{
    const NodeView view = viewOf(node);
    QList<ServiceBinding> bindings;
    bindings.reserve(node.sockets.size());
    for (const ListeningSocket &socket : node.sockets)
        bindings << recognize(view, node, socket);
    return bindings;
}

} // namespace portolan
