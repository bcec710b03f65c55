#pragma once
// A set of IPv4 and IPv6 addresses, kept as sorted, disjoint, non-adjacent
// inclusive ranges per family. Zones and firewall evaluation split source sets
// with it ("0.0.0.0/0 except 10.0.0.0/8"). Values are immutable-style: every
// operation returns a new set. Pitfall: complement() is taken within BOTH
// families; use complementIn(family) for one family.

#include "model/address.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portolan {

class AddressSet
{
    Q_DECLARE_TR_FUNCTIONS(portolan::AddressSet)
public:
    AddressSet() = default; // empty
    static AddressSet all();                    // every IPv4 and IPv6 address
    static AddressSet allOf(IpFamily family);   // 0.0.0.0/0 or ::/0
    static AddressSet of(const Prefix &prefix);
    static AddressSet of(const AddressRange &range);
    static AddressSet of(const IpAddress &address);
    static AddressSet of(const QList<Prefix> &prefixes);
    // "10.0.0.0/8", "10.0.0.1-10.0.0.9", "::1", separated by commas/spaces;
    // throws Error naming the bad item.
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
    AddressSet onlyFamily(IpFamily family) const;

    QList<AddressRange> ranges() const;  // IPv4 ranges first, in address order
    QList<Prefix> toPrefixes() const;   // minimal CIDR cover, IPv4 first
    // Prefixes joined by ", "; "(none)" for the empty set. Stable: used in JSON.
    QString toString() const;

    bool operator==(const AddressSet &) const = default;

private:
    struct Interval
    {
        Uint128 first;
        Uint128 last;
        bool operator==(const Interval &) const = default;
    };
    QList<Interval> &listFor(IpFamily family) { return family == IpFamily::V4 ? m_v4 : m_v6; }
    const QList<Interval> &listFor(IpFamily family) const
    {
        return family == IpFamily::V4 ? m_v4 : m_v6;
    }

    QList<Interval> m_v4;
    QList<Interval> m_v6;
};

} // namespace portolan
