#include "ipaddr.h"

#include "jsoninput.h"
#include "parseerror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IpAddrParser)
};

const QString kSource = u"ip-addr"_s;

std::optional<InterfaceAddress> readAddress(const nlohmann::json &value, const QString &path)
{
    if (value.is_object() && value.empty())
        return std::nullopt;
    const JsonObjectReader entry(value, path, kSource);
    const QString family = entry.optionalString("family");
    if (family != u"inet" && family != u"inet6")
        return std::nullopt;

    InterfaceAddress address;
    const QString local = entry.string("local");
    QString error;
    const auto parsed = IpAddress::parse(local, &error);
    if (!parsed)
        entry.fail("local", error);
    if (parsed->isV4() != (family == u"inet"))
        entry.fail("local", Tr::tr("address %1 does not match family %2").arg(local, family));
    address.address = *parsed;
    const qint64 length = entry.integer("prefixlen");
    if (length < 0 || length > parsed->bitWidth())
        entry.fail("prefixlen", Tr::tr("prefix length %1 out of range").arg(length));
    address.prefixLength = int(length);
    address.scope = entry.optionalString("scope");
    address.label = entry.optionalString("label");
    return address;
}

Interface readInterface(const nlohmann::json &value, const QString &path)
{
    const JsonObjectReader object(value, path, kSource);
    Interface interface;
    interface.name = object.string("ifname");
    if (interface.name.isEmpty())
        object.fail("ifname", Tr::tr("empty interface name"));
    const qint64 index = object.integer("ifindex");
    if (index < 0 || index > std::numeric_limits<int>::max())
        object.fail("ifindex", Tr::tr("index out of range"));
    interface.index = int(index);
    interface.macAddress = object.optionalString("address");
    const qint64 mtu = object.optionalInteger("mtu");
    if (mtu < 0 || mtu > std::numeric_limits<int>::max())
        object.fail("mtu", Tr::tr("MTU out of range"));
    interface.mtu = int(mtu);
    interface.operState = object.optionalString("operstate");
    interface.flags = object.optionalStringList("flags");

    const nlohmann::json &addresses = object.optionalArray("addr_info");
    for (std::size_t i = 0; i < addresses.size(); ++i) {
        const QString addressPath =
            object.fieldPath("addr_info") + u'[' + QString::number(i) + u']';
        if (auto address = readAddress(addresses[i], addressPath))
            interface.addresses.append(*address);
    }
    return interface;
}

} // namespace

QList<Interface> parseIpAddr(const QByteArray &output)
{
    const nlohmann::json document = parseJsonOutput(output, kSource);
    if (!document.is_array())
        throw ParseError(kSource, 0, Tr::tr("expected a JSON array of interfaces"));
    QList<Interface> interfaces;
    interfaces.reserve(qsizetype(document.size()));
    for (std::size_t i = 0; i < document.size(); ++i)
        interfaces.append(readInterface(document[i], u'[' + QString::number(i) + u']'));
    return interfaces;
}

} // namespace portolan
