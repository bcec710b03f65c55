#pragma once
// What a node reports about its own network: interfaces, routes, listening sockets.
// Plain values; parsers fill them, the store and JSON round-trip them losslessly.

#include "address.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

struct InterfaceAddress
{
    IpAddress address;    // the host's own address (host bits kept)
    int prefixLength = 0; // on-link prefix length
    QString scope;        // "global", "link", "host"
    QString label;

    Prefix subnet() const { return Prefix(address, prefixLength); }
    bool operator==(const InterfaceAddress &) const = default;
};

struct Interface
{
    QString name;
    int index = 0;
    QString macAddress;
    int mtu = 0;
    QString operState; // "UP", "DOWN", "UNKNOWN"
    QStringList flags; // "LOOPBACK", "UP", "LOWER_UP", ...
    QList<InterfaceAddress> addresses;

    bool operator==(const Interface &) const = default;
};

struct Route
{
    IpFamily family = IpFamily::V4;
    QString type = QStringLiteral("unicast"); // unicast, local, broadcast, blackhole, ...
    Prefix destination;                       // 0.0.0.0/0 for "default"
    IpAddress gateway;                        // invalid when directly connected
    QString device;
    QString protocol; // kernel, boot, static, dhcp, ...
    QString scope;
    int metric = 0;
    QString table; // "main", "local", ...
    IpAddress preferredSource;

    bool operator==(const Route &) const = default;
};

enum class Protocol : std::uint8_t { Tcp, Udp };
QString toString(Protocol protocol);
std::optional<Protocol> protocolFromString(QStringView text);

struct SocketOwner
{
    qint64 pid = 0;
    QString processName;
    int fd = -1;

    bool operator==(const SocketOwner &) const = default;
};

// A listening socket. Bind semantics: an unspecified address (0.0.0.0 or ::)
// accepts every local address of its family; `dualStack` (ss prints "*") means
// a :: socket that also accepts IPv4. `scopeInterface` is the "%eth0" suffix,
// i.e. SO_BINDTODEVICE, which restricts the socket to that interface.
struct ListeningSocket
{
    Protocol protocol = Protocol::Tcp;
    IpAddress address;
    bool dualStack = false;
    QString scopeInterface;
    quint16 port = 0;
    QList<SocketOwner> owners;

    bool operator==(const ListeningSocket &) const = default;
};

} // namespace portolan
