#include "addressset.h"

#include "util/error.h"

#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr IpFamily kFamilies[] = {IpFamily::V4, IpFamily::V6};

Uint128 maxValue(IpFamily family)
{
    return family == IpFamily::V4 ? Uint128{0, 0xffffffffu} : ~Uint128{};
}

// Whether an interval starting at `first` overlaps or directly follows one that
// ends at `last` (with `first` >= that interval's start). No overflow at the top.
bool joins(const Uint128 &last, const Uint128 &first)
{
    return last.isMax() || first <= last.next();
}

bool isSeparator(QChar c)
{
    return c == u',' || c.isSpace();
}

// The items of a list separated by commas and/or whitespace; empty items are skipped.
QList<QStringView> splitItems(QStringView text)
{
    QList<QStringView> items;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool separator = i == text.size() || isSeparator(text[i]);
        if (separator && start >= 0) {
            items.append(text.mid(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return items;
}

} // namespace

// ---------------------------------------------------------------- construction

AddressSet AddressSet::all()
{
    return allOf(IpFamily::V4).united(allOf(IpFamily::V6));
}

AddressSet AddressSet::allOf(IpFamily family)
{
    AddressSet set;
    set.listFor(family).append({Uint128{}, maxValue(family)});
    return set;
}

AddressSet AddressSet::of(const Prefix &prefix)
{
    AddressSet set;
    if (prefix.isValid())
        set.add(prefix.family(), prefix.first().value(), prefix.last().value());
    return set;
}

AddressSet AddressSet::of(const AddressRange &range)
{
    AddressSet set;
    if (range.isValid())
        set.add(range.first.family(), range.first.value(), range.last.value());
    return set;
}

AddressSet AddressSet::of(const IpAddress &address)
{
    AddressSet set;
    if (address.isValid())
        set.add(address.family(), address.value(), address.value());
    return set;
}

AddressSet AddressSet::of(const QList<Prefix> &prefixes)
{
    AddressSet set;
    for (const Prefix &prefix : prefixes) {
        if (prefix.isValid())
            set.listFor(prefix.family()).append({prefix.first().value(), prefix.last().value()});
    }
    set.m_v4 = normalized(std::move(set.m_v4));
    set.m_v6 = normalized(std::move(set.m_v6));
    return set;
}

AddressSet AddressSet::parse(QStringView text)
{
    if (text.trimmed() == u"(none)")
        return {};
    const QList<QStringView> items = splitItems(text);
    AddressSet set;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringView item = items[i];
        QString error;
        if (item.contains(u'-')) {
            const std::optional<AddressRange> range = AddressRange::parse(item, &error);
            if (range) {
                set.listFor(range->first.family())
                    .append({range->first.value(), range->last.value()});
                continue;
            }
        } else {
            const std::optional<Prefix> prefix =
                Prefix::parse(item, &error, Prefix::HostBits::Reject);
            if (prefix) {
                set.listFor(prefix->family())
                    .append({prefix->first().value(), prefix->last().value()});
                continue;
            }
        }
        throw Error(tr("address list item %1 of %2: %3").arg(i + 1).arg(items.size()).arg(error));
    }
    set.m_v4 = normalized(std::move(set.m_v4));
    set.m_v6 = normalized(std::move(set.m_v6));
    return set;
}

void AddressSet::add(IpFamily family, Uint128 first, Uint128 last)
{
    Intervals &list = listFor(family);
    list = unite(list, Intervals{{first, last}});
}

// ---------------------------------------------------------------- queries

bool AddressSet::contains(const IpAddress &address) const
{
    if (!address.isValid())
        return false;
    const Intervals &list = listFor(address.family());
    const Uint128 value = address.value();
    // The first interval that starts after `value`; the one before it may hold it.
    const auto after = std::upper_bound(
        list.cbegin(), list.cend(), value,
        [](const Uint128 &v, const Interval &interval) { return v < interval.first; });
    return after != list.cbegin() && value <= std::prev(after)->last;
}

bool AddressSet::contains(const AddressSet &other) const
{
    return containsAll(m_v4, other.m_v4) && containsAll(m_v6, other.m_v6);
}

bool AddressSet::intersects(const AddressSet &other) const
{
    return overlap(m_v4, other.m_v4) || overlap(m_v6, other.m_v6);
}

// ---------------------------------------------------------------- operations

AddressSet AddressSet::united(const AddressSet &other) const
{
    AddressSet set;
    set.m_v4 = unite(m_v4, other.m_v4);
    set.m_v6 = unite(m_v6, other.m_v6);
    return set;
}

AddressSet AddressSet::intersected(const AddressSet &other) const
{
    AddressSet set;
    set.m_v4 = intersect(m_v4, other.m_v4);
    set.m_v6 = intersect(m_v6, other.m_v6);
    return set;
}

AddressSet AddressSet::subtracted(const AddressSet &other) const
{
    AddressSet set;
    for (const IpFamily family : kFamilies) {
        const Intervals &mine = listFor(family);
        const Intervals &theirs = other.listFor(family);
        set.listFor(family) =
            theirs.isEmpty() ? mine : intersect(mine, complementOf(theirs, family));
    }
    return set;
}

AddressSet AddressSet::complement() const
{
    AddressSet set;
    set.m_v4 = complementOf(m_v4, IpFamily::V4);
    set.m_v6 = complementOf(m_v6, IpFamily::V6);
    return set;
}

AddressSet AddressSet::complementIn(IpFamily family) const
{
    AddressSet set;
    set.listFor(family) = complementOf(listFor(family), family);
    return set;
}

AddressSet AddressSet::onlyFamily(IpFamily family) const
{
    AddressSet set;
    set.listFor(family) = listFor(family);
    return set;
}

// ---------------------------------------------------------------- output

QList<AddressRange> AddressSet::ranges() const
{
    QList<AddressRange> result;
    result.reserve(m_v4.size() + m_v6.size());
    for (const IpFamily family : kFamilies) {
        for (const Interval &interval : listFor(family)) {
            result.append({IpAddress::fromValue(family, interval.first),
                           IpAddress::fromValue(family, interval.last)});
        }
    }
    return result;
}

QList<Prefix> AddressSet::toPrefixes() const
{
    QList<Prefix> result;
    for (const AddressRange &range : ranges())
        result.append(range.toPrefixes());
    return result;
}

QString AddressSet::toString() const
{
    if (isEmpty())
        return u"(none)"_s; // not translated: part of the JSON output
    QStringList parts;
    for (const Prefix &prefix : toPrefixes())
        parts.append(prefix.toString());
    return parts.join(u", ");
}

// ---------------------------------------------------------------- interval algebra

void AddressSet::appendMerged(Intervals &out, const Interval &interval)
{
    if (!out.isEmpty() && joins(out.last().last, interval.first)) {
        if (out.last().last < interval.last)
            out.last().last = interval.last;
        return;
    }
    out.append(interval);
}

AddressSet::Intervals AddressSet::normalized(Intervals intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.first < b.first; });
    Intervals out;
    out.reserve(intervals.size());
    for (const Interval &interval : std::as_const(intervals))
        appendMerged(out, interval);
    return out;
}

AddressSet::Intervals AddressSet::unite(const Intervals &a, const Intervals &b)
{
    Intervals out;
    out.reserve(a.size() + b.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        const bool takeA = j == b.size() || (i < a.size() && a[i].first <= b[j].first);
        appendMerged(out, takeA ? a[i++] : b[j++]);
    }
    return out;
}

// Normalized inputs give a normalized output: two output intervals cannot touch,
// since the addresses on both sides of the gap would share an interval of a and of b.
AddressSet::Intervals AddressSet::intersect(const Intervals &a, const Intervals &b)
{
    Intervals out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const Uint128 first = std::max(a[i].first, b[j].first);
        const Uint128 last = std::min(a[i].last, b[j].last);
        if (first <= last)
            out.append({first, last});
        if (a[i].last < b[j].last)
            ++i;
        else
            ++j;
    }
    return out;
}

AddressSet::Intervals AddressSet::complementOf(const Intervals &intervals, IpFamily family)
{
    const Uint128 top = maxValue(family);
    Intervals out;
    Uint128 start; // the first address not yet covered
    for (const Interval &interval : intervals) {
        if (start < interval.first)
            out.append({start, interval.first.previous()}); // first > start >= 0
        if (interval.last == top)
            return out; // nothing after the top; next() would overflow
        start = interval.last.next();
    }
    out.append({start, top});
    return out;
}

bool AddressSet::containsAll(const Intervals &outer, const Intervals &inner)
{
    qsizetype i = 0;
    for (const Interval &interval : inner) {
        while (i < outer.size() && outer[i].last < interval.first)
            ++i;
        // Normalized: an inner interval lies within one outer interval or is not covered.
        if (i == outer.size() || interval.first < outer[i].first || outer[i].last < interval.last)
            return false;
    }
    return true;
}

bool AddressSet::overlap(const Intervals &a, const Intervals &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].last < b[j].first)
            ++i;
        else if (b[j].last < a[i].first)
            ++j;
        else
            return true;
    }
    return false;
}

} // namespace portolan
