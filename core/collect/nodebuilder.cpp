#include "nodebuilder.h"

#include "collect/evidenceclassifier.h"
#include "parse/environ.h"
#include "parse/ipaddr.h"
#include "parse/iproute.h"
#include "parse/osrelease.h"
#include "parse/parseerror.h"
#include "parse/ps.h"
#include "parse/raysession.h"
#include "parse/rayversion.h"
#include "parse/singleline.h"
#include "parse/ss.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::NodeBuilder)
};

const CommandEvidence *find(const Node &node, QStringView id)
{
    for (const CommandEvidence &ev : node.evidence) {
        if (ev.id == id)
            return &ev;
    }
    return nullptr;
}

// Runs `parse` on the output of command `id` when it delivered; a parse error
// becomes a warning. Returns false when there was nothing usable.
template<typename Fn> bool withOutput(Node &node, QStringView id, Fn parse)
{
    const CommandEvidence *ev = find(node, id);
    if (!ev || failureKind(*ev) != FailureKind::None)
        return false;
    try {
        parse(*ev);
        return true;
    } catch (const Error &e) {
        node.warnings << Tr::tr("%1: unreadable output: %2").arg(ev->id, e.message());
        return false;
    }
}

void addOwnerWarning(Node &node)
{
    int unowned = 0;
    for (const ListeningSocket &s : std::as_const(node.sockets)) {
        if (s.owners.isEmpty())
            ++unowned;
    }
    if (unowned > 0)
        node.warnings << Tr::tr("ss: %n listening socket(s) without an owning process (ss shows "
                                "other users' processes only as root; set sudo: true)",
                                nullptr, unowned);
}

} // namespace

NodeRole detectRayRole(const QList<Process> &processes)
{
    bool raylet = false;
    for (const Process &p : processes) {
        if (p.comm == u"gcs_server")
            return NodeRole::Head;
        if (p.comm == u"raylet") {
            if (p.command.split(u' ', Qt::SkipEmptyParts).contains(u"--head"))
                return NodeRole::Head;
            raylet = true;
        }
    }
    return raylet ? NodeRole::Worker : NodeRole::Unknown;
}

void buildNode(Node &node)
{
    withOutput(node, u"hostname", [&](const CommandEvidence &ev) {
        node.hostname = parseSingleLine(ev.output, ev.id);
    });
    withOutput(node, u"uname",
               [&](const CommandEvidence &ev) { node.kernel = parseSingleLine(ev.output, ev.id); });
    withOutput(node, u"os-release",
               [&](const CommandEvidence &ev) { node.os = parseOsRelease(ev.output); });
    withOutput(node, u"ip-addr",
               [&](const CommandEvidence &ev) { node.interfaces = parseIpAddr(ev.output); });
    node.routes.clear();
    withOutput(node, u"ip-route", [&](const CommandEvidence &ev) {
        node.routes += parseIpRoute(ev.output, IpFamily::V4);
    });
    withOutput(node, u"ip6-route", [&](const CommandEvidence &ev) {
        node.routes += parseIpRoute(ev.output, IpFamily::V6);
    });
    if (withOutput(node, u"ss",
                   [&](const CommandEvidence &ev) { node.sockets = parseSs(ev.output); }))
        addOwnerWarning(node);
    withOutput(node, u"ps",
               [&](const CommandEvidence &ev) { node.processes = parsePs(ev.output); });
    withOutput(node, u"environ", [&](const CommandEvidence &ev) {
        const QMap<qint64, Environment> environments = parseEnvironDump(ev.output);
        for (Process &p : node.processes)
            p.environment = environments.value(p.pid);
    });
    withOutput(node, u"ray-version", [&](const CommandEvidence &ev) {
        node.ray.version = parseRayVersion(ev.output).version;
    });
    withOutput(node, u"ray-session", [&](const CommandEvidence &ev) {
        const RaySessionInfo session = parseRaySession(ev.output);
        node.ray.sessionName = session.sessionName;
        node.ray.sessionPorts = session.ports;
    });
    node.ray.detectedRole = detectRayRole(node.processes);
    buildFirewall(node);
}

} // namespace portolan
