#pragma once
// A set of IPv4 and IPv6 addresses, kept as sorted, disjoint, non-adjacent
// inclusive ranges per family. Zones and firewall evaluation split source sets
// with it ("0.0.0.0/0 except 10.0.0.0/8"). Values are immutable-style: every
// operation returns a new set; operator== is semantic equality. Pitfalls:
// complement() is taken within BOTH families, use complementIn(family) for one;
// a v4-mapped address (::ffff:a.b.c.d) is an IPv6 member, never folded into IPv4;
// invalid addresses, prefixes and ranges add nothing.

#include "model/address.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portolan {

class AddressSet
{
    Q_DECLARE_TR_FUNCTIONS(portolan::AddressSet)
public:
    AddressSet() = default;                   // empty
    static AddressSet all();                  // every IPv4 and IPv6 address
    static AddressSet allOf(IpFamily family); // 0.0.0.0/0 or ::/0
    static AddressSet of(const Prefix &prefix);
    static AddressSet of(const AddressRange &range);
    static AddressSet of(const IpAddress &address);
    static AddressSet of(const QList<Prefix> &prefixes);
    // "10.0.0.0/8", "10.0.0.1-10.0.0.9", "::1", separated by commas and/or
    // whitespace; host bits in a prefix are an error. "" and "(none)" give the
    // empty set, so parse(s.toString()) == s. Throws Error naming the bad item.
    static AddressSet parse(QStringView text);

    bool isEmpty() const { return m_v4.isEmpty() && m_v6.isEmpty(); }
    bool contains(const IpAddress &address) const;
    bool contains(const AddressSet &other) const; // other is a subset
    bool intersects(const AddressSet &other) const;

    AddressSet united(const AddressSet &other) const;
    AddressSet intersected(const AddressSet &other) const;
    AddressSet subtracted(const AddressSet &other) const;
    AddressSet complement() const;
    AddressSet complementIn(IpFamily family) const;
    AddressSet onlyFamily(IpFamily family) const; // the part of this set in `family`

    QList<AddressRange> ranges() const; // IPv4 ranges first, in address order
    QList<Prefix> toPrefixes() const;   // minimal CIDR cover, IPv4 first
    // Prefixes joined by ", "; "(none)" for the empty set. Stable and never
    // translated: used in JSON output.
    QString toString() const;

    bool operator==(const AddressSet &) const = default;

private:
    struct Interval
    {
        Uint128 first;
        Uint128 last;
        bool operator==(const Interval &) const = default;
    };
    using Intervals = QList<Interval>;

    // Set algebra on one family's normalized (sorted, disjoint, non-adjacent) lists.
    static Intervals normalized(Intervals intervals);
    static Intervals unite(const Intervals &a, const Intervals &b);
    static Intervals intersect(const Intervals &a, const Intervals &b);
    static Intervals complementOf(const Intervals &intervals, IpFamily family);
    static bool containsAll(const Intervals &outer, const Intervals &inner);
    static bool overlap(const Intervals &a, const Intervals &b);
    static void appendMerged(Intervals &out, const Interval &interval);
    void add(IpFamily family, Uint128 first, Uint128 last);

    QList<Interval> &listFor(IpFamily family) { return family == IpFamily::V4 ? m_v4 : m_v6; }
    const QList<Interval> &listFor(IpFamily family) const
    {
        return family == IpFamily::V4 ? m_v4 : m_v6;
    }

    QList<Interval> m_v4;
    QList<Interval> m_v6;
};

} // namespace portolan
