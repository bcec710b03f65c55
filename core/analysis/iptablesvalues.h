#pragma once
// Values as iptables-save prints them in rule arguments, turned into sets the
// evaluator and the shadowed-rule analysis can compute with: port sets
// ("22", "1024:65535", ":1023", "22,80:90"), protocols ("tcp", "6", "all"),
// address arguments ("10.0.0.0/8", "10.0.0.0/255.0.0.0", comma lists), interface
// patterns ("eth+") and marks ("0x4000/0x4000").
// Contract: parsers return nullopt for anything they cannot read exactly (a
// service name instead of a port number, a non-contiguous netmask); callers
// turn that into an uncertain verdict, never into a guess.
// Pitfalls: a protocol of 0 or "all" matches every protocol; a port range
// "a:b" with a > b is invalid (iptables swaps nothing); mark values are read
// like strtoul(…, 0), so a leading 0 means octal.

#include "analysis/addressset.h"
#include "model/address.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace portolan {

// A set of TCP/UDP ports as sorted, disjoint, non-adjacent inclusive ranges.
class PortSet
{
public:
    PortSet() = default; // empty
    static PortSet all();
    static PortSet range(int first, int last);
    static PortSet single(int port) { return range(port, port); }
    // One iptables port argument: "22", "1024:65535", ":1023", "1024:", or a
    // multiport comma list of those.
    static std::optional<PortSet> parse(QStringView text);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool isAll() const;
    bool contains(int port) const;
    bool contains(const PortSet &other) const;
    bool intersects(const PortSet &other) const;
    PortSet united(const PortSet &other) const;
    PortSet intersected(const PortSet &other) const;
    PortSet complement() const;

    bool operator==(const PortSet &) const = default;

private:
    using Range = std::pair<int, int>;
    static PortSet fromRanges(QList<Range> ranges);
    QList<Range> m_ranges;
};

// Protocol number of an iptables -p argument: "all" and "0" give 0, names are
// matched case-insensitively; nullopt for a name this table does not know.
std::optional<int> iptablesProtocolNumber(QStringView name);

// Addresses of an -s/-d style argument in `family`: prefixes, bare addresses,
// dotted netmasks and comma lists. nullopt when any item is unreadable or of
// the other family.
std::optional<AddressSet> iptablesAddressSet(QStringView text, IpFamily family);

// Whether interface `name` matches an iptables pattern ("eth0", "eth+", "+").
bool iptablesInterfaceMatches(QStringView pattern, QStringView name);

// "0x4000/0x4000" -> (value, mask); a missing mask is 0xffffffff.
std::optional<std::pair<quint32, quint32>> iptablesMarkValue(QStringView text);
std::optional<quint32> iptablesNumber(QStringView text);

} // namespace portolan
