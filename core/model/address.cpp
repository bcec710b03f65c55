#include "address.h"

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr std::uint64_t kAllOnes = ~std::uint64_t(0);
constexpr qsizetype kMaxQuotedInput = 64;

// The input as error messages show it: long inputs are elided so that a pasted
// blob does not turn into a screen-filling message.
QString shown(QStringView text)
{
    if (text.size() <= kMaxQuotedInput)
        return text.toString();
    return text.left(kMaxQuotedInput - 1).toString() + QChar(0x2026);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

template<typename T> std::optional<T> fail(QString *error, const QString &message)
{
    setError(error, message);
    return std::nullopt;
}

// Shows one offending character; invisible ones as U+XXXX.
QString shownChar(QChar c)
{
    if (c.isPrint())
        return QString(c);
    return u"U+%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int hexDigitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Low `width` bits set (width 32 or 128).
Uint128 widthMask(int width)
{
    return width == 32 ? Uint128{0, 0xffffffffu} : Uint128{kAllOnes, kAllOnes};
}

// The host part of a `length`-bit prefix in a `width`-bit number.
Uint128 hostMask(int length, int width)
{
    return ~Uint128::highMask(length, width) & widthMask(width);
}

int trailingZeros(const Uint128 &v, int width)
{
    if (v.lo != 0)
        return std::min(std::countr_zero(v.lo), width);
    if (v.hi != 0)
        return std::min(64 + std::countr_zero(v.hi), width);
    return width;
}

// Whether `value` lies in `network`/`length` of a `width`-bit space.
bool inNet(const Uint128 &value, const Uint128 &network, int length, int width)
{
    return (value & Uint128::highMask(length, width)) == network;
}

bool inV4(std::uint32_t value, std::uint32_t network, int length)
{
    return inNet(Uint128{0, value}, Uint128{0, network}, length, 32);
}

struct V6Net
{
    Uint128 network;
    int length;
};

bool inV6(const Uint128 &value, const V6Net &net)
{
    return inNet(value, net.network, net.length, 128);
}

constexpr std::uint32_t v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d)
{
    return std::uint32_t(a) << 24 | std::uint32_t(b) << 16 | std::uint32_t(c) << 8 | d;
}

// The first four 16-bit groups of an IPv6 address as the high 64 bits.
constexpr std::uint64_t hi64(std::uint16_t g0, std::uint16_t g1 = 0, std::uint16_t g2 = 0,
                             std::uint16_t g3 = 0)
{
    return std::uint64_t(g0) << 48 | std::uint64_t(g1) << 32 | std::uint64_t(g2) << 16 | g3;
}

struct V4Net
{
    std::uint32_t network;
    int length;
};

// IANA IPv4 special-purpose registry entries that are not globally reachable,
// plus multicast (not unicast-routable) and 240/4 (reserved, includes broadcast).
constexpr V4Net kV4NotGlobal[] = {
    {v4(0, 0, 0, 0), 8},     {v4(10, 0, 0, 0), 8},      {v4(100, 64, 0, 0), 10},
    {v4(127, 0, 0, 0), 8},   {v4(169, 254, 0, 0), 16},  {v4(172, 16, 0, 0), 12},
    {v4(192, 0, 0, 0), 24},  {v4(192, 0, 2, 0), 24},    {v4(192, 168, 0, 0), 16},
    {v4(198, 18, 0, 0), 15}, {v4(198, 51, 100, 0), 24}, {v4(203, 0, 113, 0), 24},
    {v4(224, 0, 0, 0), 4},   {v4(240, 0, 0, 0), 4},
};
// Globally reachable exceptions inside 192.0.0.0/24 (PCP and TURN anycast).
constexpr V4Net kV4GlobalExceptions[] = {
    {v4(192, 0, 0, 9), 32},
    {v4(192, 0, 0, 10), 32},
};

// IANA IPv6 special-purpose registry entries that are not globally reachable,
// plus the ranges the classification predicates cover. ::ffff:0:0/96 is not
// listed: v4-mapped addresses are judged by their IPv4 address instead.
const V6Net kV6NotGlobal[] = {
    {{0, 0}, 128},                      // ::/128 unspecified
    {{0, 1}, 128},                      // ::1/128 loopback
    {{hi64(0x64, 0xff9b, 0x1), 0}, 48}, // 64:ff9b:1::/48 local-use NAT64
    {{hi64(0x100), 0}, 64},             // 100::/64 discard-only
    {{hi64(0x2001), 0}, 23},            // 2001::/23 IETF protocol assignments
    {{hi64(0x2001, 0xdb8), 0}, 32},     // 2001:db8::/32 documentation
    {{hi64(0x3fff), 0}, 20},            // 3fff::/20 documentation
    {{hi64(0x5f00), 0}, 16},            // 5f00::/16 SRv6 SIDs
    {{hi64(0xfc00), 0}, 7},             // fc00::/7 unique local
    {{hi64(0xfe80), 0}, 10},            // fe80::/10 link-local
    {{hi64(0xfec0), 0}, 10},            // fec0::/10 deprecated site-local
    {{hi64(0xff00), 0}, 8},             // ff00::/8 multicast
};
// Globally reachable exceptions inside 2001::/23.
const V6Net kV6GlobalExceptions[] = {
    {{hi64(0x2001, 0x1), 1}, 128},       // 2001:1::1 port control protocol anycast
    {{hi64(0x2001, 0x1), 2}, 128},       // 2001:1::2 TURN anycast
    {{hi64(0x2001, 0x1), 3}, 128},       // 2001:1::3 DNS-SD service registration anycast
    {{hi64(0x2001, 0x3), 0}, 32},        // 2001:3::/32 AMT
    {{hi64(0x2001, 0x4, 0x112), 0}, 48}, // 2001:4:112::/48 AS112-v6
    {{hi64(0x2001, 0x20), 0}, 28},       // 2001:20::/28 ORCHIDv2
    {{hi64(0x2001, 0x30), 0}, 28},       // 2001:30::/28 drone remote ID
};

// The IPv4 address a classification predicate should judge: the address itself,
// or the IPv4 address inside a v4-mapped IPv6 address.
std::optional<std::uint32_t> judgedV4(const IpAddress &address)
{
    if (address.isV4())
        return address.toV4();
    if (const auto mapped = address.mappedV4())
        return mapped->toV4();
    return std::nullopt;
}

QString v4ToString(std::uint32_t value)
{
    return u"%1.%2.%3.%4"_s.arg(value >> 24)
        .arg((value >> 16) & 0xff)
        .arg((value >> 8) & 0xff)
        .arg(value & 0xff);
}

// Parses a dotted quad. `input` is the whole user input, named in messages.
std::optional<std::uint32_t> parseV4(QStringView text, QStringView input, QString *error)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c) && c != u'.')
            return fail<std::uint32_t>(
                error,
                IpAddress::tr("\"%1\": unexpected character '%2'").arg(shown(input), shownChar(c)));
    }
    const QList<QStringView> octets = text.split(u'.');
    for (const QStringView octet : octets) {
        if (octet.isEmpty())
            return fail<std::uint32_t>(
                error, IpAddress::tr("\"%1\": empty octet (missing number between dots)")
                           .arg(shown(input)));
    }
    if (octets.size() != 4) {
        // There are at least two octets here: the text has a dot and no empty octet.
        return fail<std::uint32_t>(error,
                                   IpAddress::tr("\"%1\": %2 octets, an IPv4 address has exactly 4")
                                       .arg(shown(input), QString::number(octets.size())));
    }
    std::uint32_t value = 0;
    for (const QStringView octet : octets) {
        // "010" is octal 8 to inet_aton() and decimal 10 to other parsers; the
        // ambiguity has caused access-control bypasses, so it is refused.
        if (octet.size() > 1 && octet.front() == u'0') {
            return fail<std::uint32_t>(
                error, IpAddress::tr("\"%1\": octet \"%2\" has a leading zero, which is "
                                     "ambiguous (some tools read it as octal)")
                           .arg(shown(input), octet.toString()));
        }
        int number = 0;
        for (const QChar c : octet.left(4))
            number = number * 10 + (c.unicode() - u'0');
        if (octet.size() > 3 || number > 255) {
            return fail<std::uint32_t>(error,
                                       IpAddress::tr("\"%1\": octet %2 is out of range (0 to 255)")
                                           .arg(shown(input), shown(octet)));
        }
        value = value << 8 | std::uint32_t(number);
    }
    return value;
}

std::optional<Uint128> parseV6(QStringView text, QString *error)
{
    const QString in = shown(text);
    if (text.contains(u":::"))
        return fail<Uint128>(error, IpAddress::tr("\"%1\": \":::\" is not valid").arg(in));
    const qsizetype gap = text.indexOf(u"::");
    if (gap >= 0 && text.indexOf(u"::", gap + 2) >= 0)
        return fail<Uint128>(error, IpAddress::tr("\"%1\": more than one \"::\"").arg(in));
    if (text.startsWith(u':') && gap != 0)
        return fail<Uint128>(error, IpAddress::tr("\"%1\": starts with a single ':'").arg(in));
    if (text.endsWith(u':') && (gap < 0 || gap + 2 != text.size()))
        return fail<Uint128>(error, IpAddress::tr("\"%1\": ends with a single ':'").arg(in));

    const QStringView head = gap >= 0 ? text.left(gap) : text;
    const QStringView tail = gap >= 0 ? text.mid(gap + 2) : QStringView();
    const QList<QStringView> headGroups = head.isEmpty() ? QList<QStringView>() : head.split(u':');
    const QList<QStringView> tailGroups = tail.isEmpty() ? QList<QStringView>() : tail.split(u':');

    // Groups as 16-bit values; an embedded IPv4 address (only allowed last) adds two.
    QList<std::uint16_t> headValues;
    QList<std::uint16_t> tailValues;
    const auto convert = [&](const QList<QStringView> &groups, QList<std::uint16_t> &values,
                             bool holdsLastGroup) -> bool {
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QStringView group = groups.at(i);
            if (group.isEmpty()) {
                setError(error, IpAddress::tr("\"%1\": empty group").arg(in));
                return false;
            }
            if (group.contains(u'.')) {
                if (!holdsLastGroup || i + 1 != groups.size()) {
                    setError(error, IpAddress::tr("\"%1\": an embedded IPv4 address is only "
                                                  "allowed in the last 32 bits")
                                        .arg(in));
                    return false;
                }
                const auto embedded = parseV4(group, text, error);
                if (!embedded)
                    return false;
                values.append(std::uint16_t(*embedded >> 16));
                values.append(std::uint16_t(*embedded & 0xffff));
                continue;
            }
            int value = 0;
            for (const QChar c : group) {
                const int digit = hexDigitValue(c);
                if (digit < 0) {
                    setError(
                        error,
                        IpAddress::tr("\"%1\": unexpected character '%2'").arg(in, shownChar(c)));
                    return false;
                }
                value = (value << 4 | digit) & 0xffff;
            }
            if (group.size() > 4) {
                setError(error, IpAddress::tr("\"%1\": group \"%2\" has more than 4 hex digits")
                                    .arg(in, shown(group)));
                return false;
            }
            values.append(std::uint16_t(value));
        }
        return true;
    };
    if (!convert(headGroups, headValues, gap < 0))
        return std::nullopt;
    if (!convert(tailGroups, tailValues, true))
        return std::nullopt;

    const qsizetype count = headValues.size() + tailValues.size();
    if (gap < 0 && count < 8) {
        return fail<Uint128>(error, IpAddress::tr("\"%1\": too few groups (%2 of 8) and no \"::\"")
                                        .arg(in, QString::number(count)));
    }
    if (gap < 0 && count > 8) {
        return fail<Uint128>(error, IpAddress::tr("\"%1\": too many groups (%2, at most 8)")
                                        .arg(in, QString::number(count)));
    }
    if (gap >= 0 && count > 7) {
        return fail<Uint128>(error, IpAddress::tr("\"%1\": too many groups (%2) to also hold "
                                                  "\"::\", which stands for at least one group")
                                        .arg(in, QString::number(count)));
    }

    std::array<std::uint16_t, 8> groups{};
    for (qsizetype i = 0; i < headValues.size(); ++i)
        groups[std::size_t(i)] = headValues.at(i);
    for (qsizetype i = 0; i < tailValues.size(); ++i)
        groups[std::size_t(8 - tailValues.size() + i)] = tailValues.at(i);
    Uint128 value;
    for (std::size_t i = 0; i < 4; ++i) {
        value.hi = value.hi << 16 | groups[i];
        value.lo = value.lo << 16 | groups[i + 4];
    }
    return value;
}

} // namespace

// --- Uint128 ---------------------------------------------------------------

Uint128 Uint128::next() const
{
    const std::uint64_t newLo = lo + 1;
    return {newLo == 0 ? hi + 1 : hi, newLo};
}

Uint128 Uint128::previous() const
{
    return {lo == 0 ? hi - 1 : hi, lo - 1};
}

Uint128 Uint128::highMask(int bits, int width)
{
    if (width == 32) {
        bits = std::clamp(bits, 0, 32);
        return {0, (std::uint64_t(0xffffffffu) << (32 - bits)) & 0xffffffffu};
    }
    bits = std::clamp(bits, 0, 128);
    if (bits == 0)
        return {};
    if (bits <= 64)
        return {kAllOnes << (64 - bits), 0};
    return {kAllOnes, kAllOnes << (128 - bits)};
}

// --- IpAddress -------------------------------------------------------------

IpAddress IpAddress::fromV4(std::uint32_t value)
{
    return fromValue(IpFamily::V4, Uint128{0, value});
}

IpAddress IpAddress::fromV6(const std::array<std::uint8_t, 16> &bytes)
{
    Uint128 value;
    for (std::size_t i = 0; i < 8; ++i) {
        value.hi = value.hi << 8 | bytes[i];
        value.lo = value.lo << 8 | bytes[i + 8];
    }
    return fromValue(IpFamily::V6, value);
}

IpAddress IpAddress::fromValue(IpFamily family, Uint128 value)
{
    IpAddress address;
    address.m_family = family;
    address.m_value = family == IpFamily::V4 ? value & widthMask(32) : value;
    address.m_valid = true;
    return address;
}

IpAddress IpAddress::anyAddress(IpFamily family)
{
    return fromValue(family, Uint128{});
}

std::optional<IpAddress> IpAddress::parse(QStringView text, QString *error)
{
    if (text.isEmpty())
        return fail<IpAddress>(error, tr("The address is empty"));
    const QString in = shown(text);
    for (const QChar c : text) {
        if (c.isSpace())
            return fail<IpAddress>(error, tr("\"%1\": contains whitespace").arg(in));
    }
    if (text.contains(u'[') || text.contains(u']')) {
        return fail<IpAddress>(
            error, tr("\"%1\": brackets are not allowed, write the bare address").arg(in));
    }
    if (text.contains(u'%')) {
        return fail<IpAddress>(error,
                               tr("\"%1\": a \"%scope\" zone suffix is not allowed here").arg(in));
    }
    if (!text.contains(u':')) {
        if (!text.contains(u'.')) {
            return fail<IpAddress>(error, tr("\"%1\": not an IP address (expected a dotted quad "
                                             "such as 10.0.0.1 or an IPv6 address such as fd00::1)")
                                              .arg(in));
        }
        const auto value = parseV4(text, text, error);
        if (!value)
            return std::nullopt;
        return fromV4(*value);
    }
    if (text.count(u':') == 1 && text.contains(u'.') &&
        parseV4(text.left(text.indexOf(u':')), text, nullptr)) {
        return fail<IpAddress>(
            error, tr("\"%1\": looks like address:port, a port is not allowed here").arg(in));
    }
    const auto value = parseV6(text, error);
    if (!value)
        return std::nullopt;
    return fromValue(IpFamily::V6, *value);
}

std::array<std::uint8_t, 16> IpAddress::toV6Bytes() const
{
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < 8; ++i) {
        bytes[i] = std::uint8_t(m_value.hi >> (56 - 8 * i));
        bytes[i + 8] = std::uint8_t(m_value.lo >> (56 - 8 * i));
    }
    return bytes;
}

QString IpAddress::toString() const
{
    if (!m_valid)
        return {};
    if (m_family == IpFamily::V4)
        return v4ToString(toV4());
    if (const auto mapped = mappedV4())
        return u"::ffff:"_s + v4ToString(mapped->toV4());

    std::array<std::uint16_t, 8> groups{};
    for (std::size_t i = 0; i < 4; ++i) {
        groups[i] = std::uint16_t(m_value.hi >> (48 - 16 * i));
        groups[i + 4] = std::uint16_t(m_value.lo >> (48 - 16 * i));
    }
    // RFC 5952 4.2: compress the longest run of two or more zero groups, the
    // leftmost one on a tie; a single zero group stays "0".
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[std::size_t(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[std::size_t(j)] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }

    QString text;
    text.reserve(39);
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += u"::"_s;
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(u':'))
            text += u':';
        text += QString::number(groups[std::size_t(i)], 16);
    }
    return text;
}

bool IpAddress::isUnspecified() const
{
    if (const auto v = judgedV4(*this))
        return *v == 0;
    return isV6() && m_value.isZero();
}

bool IpAddress::isLoopback() const
{
    if (const auto v = judgedV4(*this))
        return inV4(*v, v4(127, 0, 0, 0), 8);
    return isV6() && m_value == Uint128{0, 1};
}

bool IpAddress::isLinkLocal() const
{
    if (const auto v = judgedV4(*this))
        return inV4(*v, v4(169, 254, 0, 0), 16);
    return isV6() && inV6(m_value, {{hi64(0xfe80), 0}, 10});
}

bool IpAddress::isMulticast() const
{
    if (const auto v = judgedV4(*this))
        return inV4(*v, v4(224, 0, 0, 0), 4);
    return isV6() && inV6(m_value, {{hi64(0xff00), 0}, 8});
}

bool IpAddress::isPrivate() const
{
    if (const auto v = judgedV4(*this)) {
        return inV4(*v, v4(10, 0, 0, 0), 8) || inV4(*v, v4(172, 16, 0, 0), 12) ||
               inV4(*v, v4(192, 168, 0, 0), 16) || inV4(*v, v4(100, 64, 0, 0), 10);
    }
    return isV6() && inV6(m_value, {{hi64(0xfc00), 0}, 7});
}

bool IpAddress::isGlobal() const
{
    if (const auto v = judgedV4(*this)) {
        for (const V4Net &net : kV4GlobalExceptions) {
            if (inV4(*v, net.network, net.length))
                return true;
        }
        for (const V4Net &net : kV4NotGlobal) {
            if (inV4(*v, net.network, net.length))
                return false;
        }
        return true;
    }
    if (!isV6())
        return false;
    for (const V6Net &net : kV6GlobalExceptions) {
        if (inV6(m_value, net))
            return true;
    }
    for (const V6Net &net : kV6NotGlobal) {
        if (inV6(m_value, net))
            return false;
    }
    return true;
}

std::optional<IpAddress> IpAddress::mappedV4() const
{
    if (isV6() && m_value.hi == 0 && (m_value.lo >> 32) == 0xffff)
        return fromV4(static_cast<std::uint32_t>(m_value.lo));
    return std::nullopt;
}

std::strong_ordering IpAddress::operator<=>(const IpAddress &other) const
{
    if (m_valid != other.m_valid)
        return m_valid ? std::strong_ordering::greater : std::strong_ordering::less;
    if (!m_valid)
        return std::strong_ordering::equal;
    if (m_family != other.m_family) {
        return m_family == IpFamily::V4 ? std::strong_ordering::less
                                        : std::strong_ordering::greater;
    }
    return m_value <=> other.m_value;
}

// --- Prefix ----------------------------------------------------------------

Prefix::Prefix(const IpAddress &address, int length)
{
    if (!address.isValid() || length < 0 || length > address.bitWidth())
        return;
    m_address = IpAddress::fromValue(
        address.family(), address.value() & Uint128::highMask(length, address.bitWidth()));
    m_length = length;
}

Prefix Prefix::all(IpFamily family)
{
    return Prefix(IpAddress::anyAddress(family), 0);
}

Prefix Prefix::host(const IpAddress &address)
{
    return Prefix(address, address.bitWidth());
}

std::optional<Prefix> Prefix::parse(QStringView text, QString *error, HostBits hostBits)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        const auto address = IpAddress::parse(text, error);
        if (!address)
            return std::nullopt;
        return host(*address);
    }
    const QString in = shown(text);
    if (text.indexOf(u'/', slash + 1) >= 0)
        return fail<Prefix>(error, tr("\"%1\": more than one '/'").arg(in));
    const QStringView addressText = text.left(slash);
    const QStringView lengthText = text.mid(slash + 1);
    if (addressText.isEmpty())
        return fail<Prefix>(error, tr("\"%1\": missing address before '/'").arg(in));
    const auto address = IpAddress::parse(addressText, error);
    if (!address)
        return std::nullopt;
    if (lengthText.isEmpty())
        return fail<Prefix>(error, tr("\"%1\": missing prefix length after '/'").arg(in));
    for (const QChar c : lengthText) {
        if (!isAsciiDigit(c)) {
            return fail<Prefix>(
                error,
                tr("\"%1\": prefix length \"%2\" is not a number").arg(in, shown(lengthText)));
        }
    }
    int length = 0;
    for (const QChar c : lengthText.left(4))
        length = length * 10 + (c.unicode() - u'0');
    const int width = address->bitWidth();
    if (lengthText.size() > 3 || length > width) {
        const QString message = address->isV4()
                                    ? tr("\"%1\": prefix length %2 is out of range for IPv4 "
                                         "(0 to 32)")
                                    : tr("\"%1\": prefix length %2 is out of range for IPv6 "
                                         "(0 to 128)");
        return fail<Prefix>(error, message.arg(in, shown(lengthText)));
    }
    const Prefix prefix(*address, length);
    if (hostBits == HostBits::Reject && prefix.network() != *address) {
        return fail<Prefix>(
            error, tr("\"%1\": host bits are set (the network is %2)").arg(in, prefix.toString()));
    }
    return prefix;
}

IpAddress Prefix::last() const
{
    if (!isValid())
        return {};
    const int width = m_address.bitWidth();
    return IpAddress::fromValue(m_address.family(), m_address.value() | hostMask(m_length, width));
}

bool Prefix::contains(const IpAddress &address) const
{
    if (!isValid() || !address.isValid() || address.family() != family())
        return false;
    return inNet(address.value(), m_address.value(), m_length, m_address.bitWidth());
}

bool Prefix::contains(const Prefix &other) const
{
    return other.isValid() && other.m_length >= m_length && contains(other.m_address);
}

bool Prefix::overlaps(const Prefix &other) const
{
    return contains(other) || other.contains(*this);
}

QString Prefix::toString() const
{
    if (!isValid())
        return {};
    return m_address.toString() + u'/' + QString::number(m_length);
}

// --- AddressRange ----------------------------------------------------------

bool AddressRange::isValid() const
{
    return first.isValid() && last.isValid() && first.family() == last.family() && first <= last;
}

bool AddressRange::contains(const IpAddress &address) const
{
    return isValid() && address.isValid() && address.family() == first.family() &&
           first <= address && address <= last;
}

QList<Prefix> AddressRange::toPrefixes() const
{
    QList<Prefix> prefixes;
    if (!isValid())
        return prefixes;
    const IpFamily family = first.family();
    const int width = first.bitWidth();
    const Uint128 end = last.value();
    Uint128 current = first.value();
    for (;;) {
        // The largest block that starts at `current` (it must be aligned) and
        // does not run past `end`; a host prefix always fits.
        int length = width - trailingZeros(current, width);
        while (length < width && (current | hostMask(length, width)) > end)
            ++length;
        const Uint128 blockLast = current | hostMask(length, width);
        prefixes.append(Prefix(IpAddress::fromValue(family, current), length));
        if (blockLast == end)
            break;
        current = blockLast.next(); // blockLast < end, so this cannot wrap
    }
    return prefixes;
}

std::optional<AddressRange> AddressRange::parse(QStringView text, QString *error)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0) {
        const auto address = IpAddress::parse(text, error);
        if (!address)
            return std::nullopt;
        return AddressRange{*address, *address};
    }
    const QString in = shown(text);
    if (text.indexOf(u'-', dash + 1) >= 0)
        return fail<AddressRange>(error, tr("\"%1\": more than one '-'").arg(in));
    const QStringView firstText = text.left(dash);
    const QStringView lastText = text.mid(dash + 1);
    if (firstText.isEmpty())
        return fail<AddressRange>(error, tr("\"%1\": missing first address before '-'").arg(in));
    if (lastText.isEmpty())
        return fail<AddressRange>(error, tr("\"%1\": missing last address after '-'").arg(in));
    const auto firstAddress = IpAddress::parse(firstText, error);
    if (!firstAddress)
        return std::nullopt;
    const auto lastAddress = IpAddress::parse(lastText, error);
    if (!lastAddress)
        return std::nullopt;
    if (firstAddress->family() != lastAddress->family()) {
        return fail<AddressRange>(error,
                                  tr("\"%1\": the range mixes IPv4 and IPv6 addresses").arg(in));
    }
    if (*lastAddress < *firstAddress) {
        return fail<AddressRange>(error,
                                  tr("\"%1\": the range is reversed (%2 comes after %3)")
                                      .arg(in, firstAddress->toString(), lastAddress->toString()));
    }
    return AddressRange{*firstAddress, *lastAddress};
}

QString AddressRange::toString() const
{
    if (!isValid())
        return {};
    if (first == last)
        return first.toString();
    return first.toString() + u'-' + last.toString();
}

} // namespace portolan
