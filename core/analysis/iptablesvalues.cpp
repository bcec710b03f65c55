#include "iptablesvalues.h"

#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr int kMaxPort = 65535;

std::optional<int> portNumber(QStringView text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok, 10);
    if (!ok || value > kMaxPort)
        return std::nullopt;
    return int(value);
}

// "22", "1024:65535", ":1023", "1024:"
std::optional<std::pair<int, int>> portRange(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        const auto port = portNumber(text);
        if (!port)
            return std::nullopt;
        return std::pair{*port, *port};
    }
    const QStringView firstText = text.left(colon);
    const QStringView lastText = text.mid(colon + 1);
    const auto first = firstText.isEmpty() ? std::optional<int>(0) : portNumber(firstText);
    const auto last = lastText.isEmpty() ? std::optional<int>(kMaxPort) : portNumber(lastText);
    if (!first || !last || *first > *last)
        return std::nullopt;
    return std::pair{*first, *last};
}

struct ProtocolName
{
    QStringView name;
    int number;
};

constexpr std::array<ProtocolName, 21> kProtocols{{
    {u"all", 0},         {u"icmp", 1},       {u"igmp", 2},  {u"ipencap", 4},     {u"tcp", 6},
    {u"egp", 8},         {u"udp", 17},       {u"ipv6", 41}, {u"ipv6-route", 43}, {u"ipv6-frag", 44},
    {u"gre", 47},        {u"esp", 50},       {u"ah", 51},   {u"ipv6-icmp", 58},  {u"icmpv6", 58},
    {u"ipv6-nonxt", 59}, {u"ipv6-opts", 60}, {u"ospf", 89}, {u"vrrp", 112},      {u"sctp", 132},
    {u"udplite", 136},
}};

// Length of a contiguous dotted IPv4 netmask ("255.255.0.0" -> 16).
std::optional<int> maskLength(QStringView text)
{
    const auto mask = IpAddress::parse(text);
    if (!mask || !mask->isV4())
        return std::nullopt;
    const std::uint32_t value = mask->toV4();
    int length = 0;
    while (length < 32 && (value & (0x80000000u >> length)) != 0)
        ++length;
    const std::uint32_t expected = length == 0 ? 0u : ~std::uint32_t(0) << (32 - length);
    if (value != expected)
        return std::nullopt;
    return length;
}

std::optional<Prefix> addressItem(QStringView item, IpFamily family)
{
    const qsizetype slash = item.indexOf(u'/');
    std::optional<Prefix> prefix;
    if (slash >= 0 && item.mid(slash + 1).contains(u'.')) {
        const auto length = maskLength(item.mid(slash + 1));
        const auto address = IpAddress::parse(item.left(slash));
        if (!length || !address)
            return std::nullopt;
        prefix = Prefix(*address, *length);
    } else {
        prefix = Prefix::parse(item, nullptr, Prefix::HostBits::Clear);
    }
    if (!prefix || !prefix->isValid() || prefix->family() != family)
        return std::nullopt;
    return prefix;
}

} // namespace

PortSet PortSet::all()
{
    return range(0, kMaxPort);
}

PortSet PortSet::range(int first, int last)
{
    PortSet set;
    if (first <= last)
        set.m_ranges.append({std::max(first, 0), std::min(last, kMaxPort)});
    return set;
}

PortSet PortSet::fromRanges(QList<Range> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    PortSet set;
    for (const Range &r : ranges) {
        if (!set.m_ranges.isEmpty() && r.first <= set.m_ranges.last().second + 1)
            set.m_ranges.last().second = std::max(set.m_ranges.last().second, r.second);
        else
            set.m_ranges.append(r);
    }
    return set;
}

std::optional<PortSet> PortSet::parse(QStringView text)
{
    QList<Range> ranges;
    for (const QStringView item : text.split(u',')) {
        const auto r = portRange(item.trimmed());
        if (!r)
            return std::nullopt;
        ranges.append(*r);
    }
    return fromRanges(std::move(ranges));
}

bool PortSet::isAll() const
{
    return m_ranges.size() == 1 && m_ranges[0] == Range{0, kMaxPort};
}

bool PortSet::contains(int port) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(),
                       [port](const Range &r) { return r.first <= port && port <= r.second; });
}

bool PortSet::contains(const PortSet &other) const
{
    return other.intersected(*this) == other;
}

bool PortSet::intersects(const PortSet &other) const
{
    return !intersected(other).isEmpty();
}

PortSet PortSet::united(const PortSet &other) const
{
    return fromRanges(m_ranges + other.m_ranges);
}

PortSet PortSet::intersected(const PortSet &other) const
{
    PortSet set;
    for (const Range &a : m_ranges) {
        for (const Range &b : other.m_ranges) {
            const int first = std::max(a.first, b.first);
            const int last = std::min(a.second, b.second);
            if (first <= last)
                set.m_ranges.append({first, last});
        }
    }
    return fromRanges(std::move(set.m_ranges));
}

PortSet PortSet::complement() const
{
    PortSet set;
    int next = 0;
    for (const Range &r : m_ranges) {
        if (r.first > next)
            set.m_ranges.append({next, r.first - 1});
        next = r.second + 1;
    }
    if (next <= kMaxPort)
        set.m_ranges.append({next, kMaxPort});
    return set;
}

std::optional<int> iptablesProtocolNumber(QStringView name)
{
    bool ok = false;
    const uint number = name.toUInt(&ok, 10);
    if (ok)
        return number <= 255 ? std::optional<int>(int(number)) : std::nullopt;
    for (const ProtocolName &p : kProtocols) {
        if (name.compare(p.name, Qt::CaseInsensitive) == 0)
            return p.number;
    }
    return std::nullopt;
}

std::optional<AddressSet> iptablesAddressSet(QStringView text, IpFamily family)
{
    QList<Prefix> prefixes;
    for (const QStringView item : text.split(u',', Qt::SkipEmptyParts)) {
        const auto prefix = addressItem(item.trimmed(), family);
        if (!prefix)
            return std::nullopt;
        prefixes.append(*prefix);
    }
    if (prefixes.isEmpty())
        return std::nullopt;
    return AddressSet::of(prefixes);
}

bool iptablesInterfaceMatches(QStringView pattern, QStringView name)
{
    if (pattern.endsWith(u'+'))
        return name.startsWith(pattern.chopped(1));
    return pattern == name;
}

std::optional<quint32> iptablesNumber(QStringView text)
{
    bool ok = false;
    const uint value = text.toString().toUInt(&ok, 0);
    if (!ok)
        return std::nullopt;
    return quint32(value);
}

std::optional<std::pair<quint32, quint32>> iptablesMarkValue(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const auto value = iptablesNumber(slash < 0 ? text : text.left(slash));
    const auto mask =
        slash < 0 ? std::optional<quint32>(0xffffffffu) : iptablesNumber(text.mid(slash + 1));
    if (!value || !mask)
        return std::nullopt;
    return std::pair{*value, *mask};
}

} // namespace portolan
