#include "nodecollector.h"

#include "collect/evidenceclassifier.h"
#include "collect/jumptunnel.h"
#include "collect/nodebuilder.h"
#include "collect/sshconfig.h"
#include "collect/sshsession.h"
#include "parse/commandset.h"

#include <QDateTime>

#include <memory>

namespace portolan {
namespace {

SshEndpoint endpointFor(const InventoryNode &target)
{
    SshEndpoint e;
    e.label = target.name;
    e.host = target.host;
    e.port = target.portIsExplicit ? target.port : 0; // 0: ~/.ssh/config, else 22
    e.user = target.user;
    e.identityFiles = target.identityFiles;
    return e;
}

QString displayTarget(const InventoryNode &target)
{
    const QString host = target.host.contains(u':') ? u'[' + target.host + u']' : target.host;
    const QString user = target.user.isEmpty() ? QString() : target.user + u'@';
    return user + host + u':' + QString::number(target.port);
}

} // namespace

NodeCollector::NodeCollector(const CollectOptions &options, InteractionHandler *handler,
                             const std::atomic_bool *cancel, ProgressFn progress)
    : m_options(options)
    , m_handler(handler)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
{}

void NodeCollector::report(const QString &node, NodeStage stage, int step, int steps,
                           const QString &detail) const
{
    if (m_progress)
        m_progress(NodeProgress{node, stage, step, steps, detail});
}

Node NodeCollector::collect(const InventoryNode &target) const
{
    Node node;
    node.name = target.name;
    node.role = target.role;
    node.sshTarget = displayTarget(target);
    node.collectedUtc = QDateTime::currentDateTimeUtc();

    std::unique_ptr<JumpTunnel> tunnel;
    std::unique_ptr<SshSession> session;
    try {
        if (m_cancel && m_cancel->load())
            throw SshError(SshError::Kind::Cancelled, tr("%1: cancelled").arg(target.name));
        report(target.name, NodeStage::Connecting);
        int socketFd = -1;
        std::optional<JumpHost> jumpHost = target.jump;
        QString tunnelHost = target.host;
        int tunnelPort = target.port;
        if (m_options.ssh.readSshConfig) {
            const ResolvedHost resolved = resolveHost(target.host, m_options.ssh.configFile);
            tunnelHost = resolved.hostName;
            if (!target.portIsExplicit && resolved.port > 0)
                tunnelPort = resolved.port;
            if (!jumpHost && resolved.proxyJump)
                jumpHost = JumpHost{resolved.proxyJump->host, resolved.proxyJump->port,
                                    resolved.proxyJump->port > 0, resolved.proxyJump->user};
        }
        if (jumpHost) {
            SshEndpoint jump;
            jump.label = tr("%1 (jump host %2)").arg(target.name, jumpHost->host);
            jump.host = jumpHost->host;
            jump.port = jumpHost->portIsExplicit ? jumpHost->port : 0;
            jump.user = jumpHost->user.isEmpty() ? target.user : jumpHost->user;
            jump.identityFiles = target.identityFiles;
            auto bastion = std::make_unique<SshSession>(jump, m_options.ssh, m_handler, m_cancel);
            bastion->connect();
            bastion->verifyHostKey();
            bastion->authenticate();
            tunnel = std::make_unique<JumpTunnel>(std::move(bastion), tunnelHost,
                                                  tunnelPort > 0 ? tunnelPort : 22);
            socketFd = tunnel->takeInnerSocket();
        }
        session =
            std::make_unique<SshSession>(endpointFor(target), m_options.ssh, m_handler, m_cancel);
        session->connect(socketFd);
        node.sshTarget = session->target();
        session->verifyHostKey();
        report(target.name, NodeStage::Authenticating);
        session->authenticate();
        runCommands(*session, target, node);
    } catch (const SshError &e) {
        node.error = e.message();
        if (e.kind() == SshError::Kind::Cancelled) {
            node.status = CollectionStatus::Cancelled;
        } else if (node.evidence.isEmpty()) {
            node.status = CollectionStatus::Failed;
        } else {
            node.status = CollectionStatus::Partial; // lost mid-way: keep what we have
            node.warnings << e.message();
        }
    }
    session.reset(); // before the tunnel it runs through
    tunnel.reset();

    buildNode(node); // parse whatever evidence there is, even from a partial run
    if (node.status == CollectionStatus::Pending)
        node.status = node.warnings.isEmpty() ? CollectionStatus::Ok : CollectionStatus::Partial;
    switch (node.status) {
    case CollectionStatus::Failed:
        report(target.name, NodeStage::Failed, 0, 0, node.error);
        break;
    case CollectionStatus::Cancelled:
        report(target.name, NodeStage::Cancelled, 0, 0, node.error);
        break;
    default:
        report(target.name, NodeStage::Done, 0, 0, node.warnings.join(u"; "));
        break;
    }
    return node;
}

void NodeCollector::runCommands(SshSession &session, const InventoryNode &target, Node &node) const
{
    const QList<CommandSpec> &commands = commandSet();
    const int steps = int(commands.size());
    int step = 0;
    for (const CommandSpec &spec : commands) {
        if (spec.condition == CommandCondition::LegacyTablesPresent &&
            !legacyTablesPresent(node.evidence)) {
            ++step;
            continue;
        }
        report(target.name, NodeStage::Collecting, step, steps, spec.id);
        // env gives every login shell the C locale and the sbin directories
        // (Debian keeps iptables, nft and ss there, outside a user's PATH).
        QString line = QStringLiteral("env LC_ALL=C LANG=C "
                                      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:"
                                      "/sbin:/bin ");
        if (spec.needsRoot && target.sudo)
            line += QStringLiteral("sudo -n ");
        line += spec.commandLine();
        CommandEvidence ev =
            session.run(spec.id, line, m_options.commandTimeout, m_options.outputCap);
        if (const std::optional<QString> problem = classifyFailure(ev))
            node.warnings << *problem;
        node.evidence << std::move(ev);
        ++step;
    }
    report(target.name, NodeStage::Collecting, steps, steps);
}

QString toString(NodeStage stage)
{
    switch (stage) {
    case NodeStage::Queued:
        return QStringLiteral("queued");
    case NodeStage::Connecting:
        return QStringLiteral("connecting");
    case NodeStage::Authenticating:
        return QStringLiteral("authenticating");
    case NodeStage::Collecting:
        return QStringLiteral("collecting");
    case NodeStage::Done:
        return QStringLiteral("done");
    case NodeStage::Failed:
        return QStringLiteral("failed");
    case NodeStage::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace portolan
