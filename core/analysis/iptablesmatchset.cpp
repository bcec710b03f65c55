// -m set --match-set NAME FLAGS against the collected ipsets (xt_set/ip_set).
// Every dimension of the set type (ip/net, port, iface, mark, mac) is read from
// the members and tested with its src/dst flag. "nomatch" members exclude their
// net: the most specific entry decides, so entries are folded from the widest
// prefix to the narrowest. Fewer flags than dimensions, or a set of the other
// family, never matches. Undecidable: an unknown set name, list:set, source
// ports, MAC addresses, counter conditions, nomatch with two net dimensions.

#include "iptablesmatch.h"

#include "iptablesvalues.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IptablesEvaluator)
};

struct SetShape
{
    QStringList dims;  // "ip", "net", "port", "iface", "mark", "mac"
    QStringList flags; // "src"/"dst" per dimension
    std::optional<IpFamily> family;
    quint32 markMask = 0xffffffffu;
    bool portOnly = false; // bitmap:port
};

// One member after testing every dimension but the source address.
struct MemberTest
{
    AddressSet sources; // the sources it holds for (all when no src ip dimension)
    int prefixLength = 0;
    bool nomatch = false;
    bool unknown = false;
    QString reason;
};

std::optional<QString> optionValue(const QString &options, QStringView name)
{
    const QStringList words = options.split(u' ', Qt::SkipEmptyParts);
    const qsizetype i = words.indexOf(name.toString());
    if (i < 0 || i + 1 >= words.size())
        return std::nullopt;
    return words[i + 1];
}

SetShape shapeOf(const IpSet &set, const QString &flagText)
{
    SetShape shape;
    shape.dims = set.type.section(u':', 1).split(u',', Qt::SkipEmptyParts);
    shape.flags = flagText.split(u',', Qt::SkipEmptyParts);
    const auto family = optionValue(set.options, u"family");
    if (family == u"inet6")
        shape.family = IpFamily::V6;
    else if (family == u"inet" || set.type.startsWith(u"bitmap:ip") ||
             (set.type.startsWith(u"hash:") &&
              (shape.dims.contains(u"ip"_s) || shape.dims.contains(u"net"_s))))
        shape.family = IpFamily::V4;
    shape.portOnly = set.type == u"bitmap:port";
    if (const auto mask = optionValue(set.options, u"markmask"))
        shape.markMask = iptablesNumber(*mask).value_or(0xffffffffu);
    return shape;
}

std::optional<AddressSet> addressPart(QStringView text, IpFamily family, int *prefixLength)
{
    const int width = family == IpFamily::V4 ? 32 : 128;
    if (text.contains(u'-')) {
        const auto range = AddressRange::parse(text);
        if (!range || range->first.family() != family)
            return std::nullopt;
        *prefixLength = width;
        return AddressSet::of(*range);
    }
    const qsizetype slash = text.indexOf(u'/');
    *prefixLength = slash < 0 ? width : text.mid(slash + 1).toInt();
    return iptablesAddressSet(text, family);
}

// "tcp:8265", "udp:53", "8265" (tcp), "tcp:80-90"; a bitmap:port set stores
// only port numbers and matches them for TCP and UDP alike.
bool portPartHolds(QStringView text, const SetShape &shape, const InboundQuery &query, int port)
{
    const qsizetype colon = text.indexOf(u':');
    const QStringView protocol = colon < 0 ? u"tcp" : text.left(colon);
    const QStringView ports = colon < 0 ? text : text.mid(colon + 1);
    const QStringView wanted = query.protocol == Protocol::Tcp ? u"tcp" : u"udp";
    if (!shape.portOnly && protocol.compare(wanted, Qt::CaseInsensitive) != 0)
        return false;
    const auto set = PortSet::parse(ports.toString().replace(u'-', u':'));
    return set && set->contains(port);
}

MemberTest testMember(const QString &member, const SetShape &shape, const PacketState &state,
                      const IptablesMatchContext &context)
{
    MemberTest test;
    test.sources = AddressSet::allOf(context.family);
    const QStringList words = member.split(u' ', Qt::SkipEmptyParts);
    test.nomatch = words.contains(u"nomatch"_s);
    const QStringList parts = words.value(0).split(u',');
    if (parts.size() != shape.dims.size()) {
        test.unknown = true;
        test.reason = Tr::tr("cannot read the ipset member %1").arg(member);
        return test;
    }
    auto fail = [&test] {
        test.sources = {};
        return test;
    };
    for (qsizetype i = 0; i < shape.dims.size(); ++i) {
        const QString &dim = shape.dims[i];
        const bool src = shape.flags[i] == u"src";
        if (dim == u"ip" || dim == u"net") {
            int length = 0;
            const auto set = addressPart(parts[i], context.family, &length);
            if (!set) {
                test.unknown = true;
                test.reason = Tr::tr("cannot read the ipset member %1").arg(member);
                return test;
            }
            test.prefixLength += length;
            if (src)
                test.sources = test.sources.intersected(*set);
            else if (!set->contains(state.destination))
                return fail();
        } else if (dim == u"port") {
            if (src) {
                test.unknown = true;
                test.reason = Tr::tr("the ipset tests the source port, which the client picks");
            } else if (!portPartHolds(parts[i], shape, *context.query, state.port)) {
                return fail();
            }
        } else if (dim == u"iface" && src && !parts[i].startsWith(u"physdev:")) {
            if (!iptablesInterfaceMatches(parts[i], context.query->inInterface))
                return fail();
        } else if (dim == u"mark") {
            const auto mark = iptablesNumber(parts[i]);
            if (!mark) {
                test.unknown = true;
                test.reason = Tr::tr("cannot read the ipset member %1").arg(member);
            } else if ((state.mark & shape.markMask) != *mark) {
                return fail();
            }
        } else {
            test.unknown = true;
            test.reason = Tr::tr("the ipset dimension %1 is not evaluated").arg(dim);
        }
    }
    return test;
}

IptablesPredicate matchSetOption(const IptablesMatch &match, const PacketState &state,
                                 const IptablesMatchContext &context)
{
    const QString name = match.arguments.value(0);
    const auto set = std::find_if(context.ipsets->begin(), context.ipsets->end(),
                                  [&](const IpSet &s) { return s.name == name; });
    if (set == context.ipsets->end())
        return IptablesPredicate::unknown(Tr::tr("ipset %1 was not collected").arg(name));
    if (set->type.startsWith(u"list:"))
        return IptablesPredicate::unknown(Tr::tr("ipset %1 is a list of sets").arg(name));
    const SetShape shape = shapeOf(*set, match.arguments.value(1));
    if (shape.flags.size() < shape.dims.size() || (shape.family && *shape.family != context.family))
        return IptablesPredicate::fails().negatedIf(match.negated, context.family);

    QList<MemberTest> tests;
    int netDims = 0;
    for (const QString &dim : shape.dims)
        netDims += dim == u"ip" || dim == u"net" ? 1 : 0;
    for (const QString &member : set->members) {
        MemberTest test = testMember(member, shape, state, context);
        if (test.sources.isEmpty() || !test.sources.intersects(state.sources))
            continue;
        if (test.unknown || (test.nomatch && netDims > 1))
            return IptablesPredicate::unknown(
                test.reason.isEmpty() ? Tr::tr("ipset %1 has nomatch entries on two nets").arg(name)
                                      : test.reason);
        tests.append(std::move(test));
    }
    std::stable_sort(tests.begin(), tests.end(), [](const MemberTest &a, const MemberTest &b) {
        return a.prefixLength < b.prefixLength;
    });
    AddressSet holds;
    for (const MemberTest &test : std::as_const(tests))
        holds = test.nomatch ? holds.subtracted(test.sources) : holds.united(test.sources);
    return IptablesPredicate::onSources(holds).negatedIf(match.negated, context.family);
}

} // namespace

IptablesPredicate evaluateSetMatch(const IptablesMatch &match, const PacketState &state,
                                   const IptablesMatchContext &context)
{
    if (match.option == u"--match-set" || match.option == u"--set")
        return matchSetOption(match, state, context);
    if (match.option == u"--update-counters" || match.option == u"--update-subcounters")
        return IptablesPredicate::holds(); // only counting, never deciding
    return IptablesPredicate::unknown(Tr::tr("%1 of -m set is not evaluated").arg(match.option));
}

} // namespace portolan
