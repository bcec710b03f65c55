#pragma once
// IPv4/IPv6 addresses, prefixes and inclusive ranges as plain values.
// Contract: every address is a family plus a 128-bit value (IPv4 uses the low
// 32 bits), so ranges and the interval set of the analysis can do arithmetic
// without caring about the family. Mixed-family comparisons order IPv4 first.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>
#include <optional>

namespace portolan {

enum class IpFamily : std::uint8_t { V4 = 4, V6 = 6 };

QString toString(IpFamily family); // "ipv4" / "ipv6"
std::optional<IpFamily> ipFamilyFromString(QStringView text);

// Unsigned 128-bit integer with just the operations address arithmetic needs.
struct Uint128
{
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;

    auto operator<=>(const Uint128 &) const = default;
    bool operator==(const Uint128 &) const = default;

    Uint128 next() const;     // wraps at the top; callers check isMax() first
    Uint128 previous() const; // wraps at zero; callers check isZero() first
    bool isZero() const { return hi == 0 && lo == 0; }
    bool isMax() const { return hi == ~std::uint64_t(0) && lo == ~std::uint64_t(0); }
    Uint128 operator&(const Uint128 &o) const { return {hi & o.hi, lo & o.lo}; }
    Uint128 operator|(const Uint128 &o) const { return {hi | o.hi, lo | o.lo}; }
    Uint128 operator~() const { return {~hi, ~lo}; }

    // Mask with the top `bits` bits of a `width`-bit number set (width 32 or 128).
    static Uint128 highMask(int bits, int width);
};

class IpAddress
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IpAddress)
public:
    IpAddress() = default; // invalid
    static IpAddress fromV4(std::uint32_t value);
    static IpAddress fromV6(const std::array<std::uint8_t, 16> &bytes);
    static IpAddress fromValue(IpFamily family, Uint128 value);
    static IpAddress anyAddress(IpFamily family); // 0.0.0.0 or ::

    // Parses a plain literal ("10.0.0.1", "fe80::1", "::ffff:1.2.3.4"). No brackets,
    // no port, no "%scope" suffix, no whitespace. IPv4 must be a full dotted quad of
    // decimal octets; leading zeros ("010.1.1.1") are rejected because inet_aton()
    // reads them as octal and other parsers as decimal, so the same text would name
    // two different hosts. On failure returns nullopt and sets *error to a
    // translated message that names the input and the cause.
    static std::optional<IpAddress> parse(QStringView text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    IpFamily family() const { return m_family; }
    bool isV4() const { return m_valid && m_family == IpFamily::V4; }
    bool isV6() const { return m_valid && m_family == IpFamily::V6; }
    int bitWidth() const { return m_family == IpFamily::V4 ? 32 : 128; }
    Uint128 value() const { return m_value; }
    std::uint32_t toV4() const { return static_cast<std::uint32_t>(m_value.lo); }
    std::array<std::uint8_t, 16> toV6Bytes() const; // big-endian bytes of value()

    // Canonical text: dotted quad, or RFC 5952 for IPv6 (lower case, longest zero run
    // compressed, "::ffff:1.2.3.4" for v4-mapped). Invalid addresses print as "".
    QString toString() const;

    // Classification. A v4-mapped address (::ffff:a.b.c.d) is judged by its IPv4
    // address in every predicate; invalid addresses are none of these.
    bool isUnspecified() const; // 0.0.0.0, ::
    bool isLoopback() const;    // 127.0.0.0/8, ::1
    bool isLinkLocal() const;   // 169.254.0.0/16, fe80::/10
    bool isMulticast() const;   // 224.0.0.0/4, ff00::/8
    bool isPrivate() const;     // RFC 1918, RFC 6598 shared 100.64/10, IPv6 ULA fc00::/7
    // Globally reachable unicast: not in any range the IANA special-purpose
    // registries mark as not globally reachable, and not multicast or 240.0.0.0/4.
    // Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
    // 2001:db8::/32, 3fff::/20) count as NOT global. Also not global: 0/8, 192.0.0/24
    // (except the anycast 192.0.0.9 and .10), 198.18/15 benchmarking, ::, ::1,
    // 64:ff9b:1::/48, 100::/64 discard, 2001::/23 (except its registered global
    // blocks), 5f00::/16, fec0::/10. 64:ff9b::/96 (NAT64) counts as global.
    bool isGlobal() const;
    std::optional<IpAddress> mappedV4() const; // ::ffff:a.b.c.d -> a.b.c.d

    std::strong_ordering operator<=>(const IpAddress &other) const;
    bool operator==(const IpAddress &other) const = default;

private:
    Uint128 m_value;
    IpFamily m_family = IpFamily::V4;
    bool m_valid = false;
};

// A network prefix; the stored address is always the network (host bits cleared).
class Prefix
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Prefix)
public:
    enum class HostBits { Reject, Clear };

    Prefix() = default; // invalid
    // Clears host bits. An invalid address or a length outside 0..bitWidth()
    // gives an invalid prefix.
    Prefix(const IpAddress &address, int length);
    static Prefix all(IpFamily family);           // 0.0.0.0/0 or ::/0
    static Prefix host(const IpAddress &address); // /32 or /128

    // "10.0.0.0/8", "fd00::/8"; a bare address means a host prefix. With
    // HostBits::Reject, "10.0.0.1/8" is an error that says so.
    static std::optional<Prefix> parse(QStringView text, QString *error = nullptr,
                                       HostBits hostBits = HostBits::Reject);

    bool isValid() const { return m_address.isValid(); }
    IpFamily family() const { return m_address.family(); }
    const IpAddress &network() const { return m_address; }
    int length() const { return m_length; }
    IpAddress first() const { return m_address; }
    IpAddress last() const;
    // Containment and overlap are false across families and for invalid values.
    bool contains(const IpAddress &address) const;
    bool contains(const Prefix &other) const;
    bool overlaps(const Prefix &other) const;
    QString toString() const; // "10.0.0.0/8"; "" when invalid

    auto operator<=>(const Prefix &) const = default;
    bool operator==(const Prefix &) const = default;

private:
    IpAddress m_address;
    int m_length = 0;
};

// Inclusive range of one family; first <= last.
struct AddressRange
{
    Q_DECLARE_TR_FUNCTIONS(portolan::AddressRange)
public:
    IpAddress first;
    IpAddress last;

    bool isValid() const;
    bool contains(const IpAddress &address) const;
    // The fewest prefixes that cover exactly this range, in address order.
    QList<Prefix> toPrefixes() const;
    // "a-b" or a single address; parse reports errors through *error.
    static std::optional<AddressRange> parse(QStringView text, QString *error = nullptr);
    QString toString() const; // "a-b", "a" when first == last, "" when invalid

    bool operator==(const AddressRange &) const = default;
};

} // namespace portolan
