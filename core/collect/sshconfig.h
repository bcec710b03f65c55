#pragma once
// What ~/.ssh/config says about a host, read with libssh's own parser so the
// matching rules are the ones libssh applies when it connects. libssh 0.10
// turns ProxyJump into a ProxyCommand running the system's ssh; Portolan
// instead tunnels through the jump host itself (JumpTunnel), so the jump host's
// key is checked by Portolan's host-key policy too. Pitfall: only a single-hop
// ProxyJump is taken over; any other ProxyCommand (multi-hop jumps included) is
// left to libssh, which runs it with the system's ssh and its own known_hosts.

#include <QString>
#include <QStringView>

#include <optional>

namespace portolan {

struct ProxyJumpSpec
{
    QString host;
    int port = 0; // 0: the jump host's default (its ssh config, else 22)
    QString user;

    bool operator==(const ProxyJumpSpec &) const = default;
};

// `host` as the config resolves it: HostName, Port (0 when unset) and ProxyJump.
struct ResolvedHost
{
    QString hostName;
    int port = 0;
    std::optional<ProxyJumpSpec> proxyJump;
};

// Reads `configFile` (empty: ~/.ssh/config; a missing file changes nothing).
ResolvedHost resolveHost(const QString &host, const QString &configFile);

// Reads libssh's rewrite of a ProxyJump: "ssh -l bob -p 2200 -W '[%h]:%p' jump".
std::optional<ProxyJumpSpec> parseProxyJumpCommand(QStringView command);

} // namespace portolan
