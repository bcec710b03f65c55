#include "zone.h"

#include "inventory/document.h"
#include "inventory/fieldreader.h"
#include "inventory/jsondocument.h"
#include "model/snapshot.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Zones)
};

constexpr qint64 kMaxZonesFileBytes = 4 * 1024 * 1024;

AddressSet setOf(std::initializer_list<const char16_t *> prefixes)
{
    QList<Prefix> list;
    for (const char16_t *text : prefixes)
        list.append(Prefix::parse(QStringView(text)).value()); // constants: always valid
    return AddressSet::of(list);
}

// ---------------------------------------------------------------- zones file

const DocValue &requiredMember(const DocValue &map, const QString &name, const QString &where,
                               const FieldReader &reader)
{
    const DocValue *value = map.member(name);
    if (!value)
        reader.fail(map.line, where, Tr::tr("missing \"%1\"").arg(name));
    return *value;
}

// Prefix::parse's message starts with the quoted input; the field message quotes
// it already.
QString withoutQuotedInput(const QString &detail, const QString &text)
{
    const QString quotedInput = u'"' + text + u"\": "_s;
    return detail.startsWith(quotedInput) ? detail.mid(quotedInput.size()) : detail;
}

AddressSet readPrefixes(const DocValue &list, const QString &field, const FieldReader &reader)
{
    reader.requireList(list, field);
    QList<Prefix> prefixes;
    for (std::size_t i = 0; i < list.children.size(); ++i) {
        const DocValue &item = list.children[i];
        const QString itemField = field + u'[' + QString::number(i) + u']';
        const QString text = reader.text(item, itemField);
        QString error;
        const std::optional<Prefix> prefix = Prefix::parse(text, &error, Prefix::HostBits::Reject);
        if (!prefix) {
            reader.fail(
                item.line, itemField,
                Tr::tr("\"%1\" is not a prefix: %2").arg(text, withoutQuotedInput(error, text)));
        }
        prefixes.append(*prefix);
    }
    return AddressSet::of(prefixes);
}

Zone readZone(const DocValue &map, const QString &where, const FieldReader &reader)
{
    reader.requireMap(map, where);
    reader.checkKeys(map, {u"name"_s, u"sources"_s, u"reaches"_s}, where);
    Zone zone;
    const QString nameField = where + u".name"_s;
    zone.name = reader.text(requiredMember(map, u"name"_s, where, reader), nameField);
    if (zone.name.trimmed() != zone.name) // " internet" would be a zone of its own
        reader.fail(map.member(u"name")->line, nameField,
                    Tr::tr("\"%1\" starts or ends with a space").arg(zone.name));
    zone.sources = readPrefixes(requiredMember(map, u"sources"_s, where, reader),
                                where + u".sources"_s, reader);
    zone.reaches = readPrefixes(requiredMember(map, u"reaches"_s, where, reader),
                                where + u".reaches"_s, reader);
    return zone;
}

// ---------------------------------------------------------------- default zones

bool isNodeAddress(const InterfaceAddress &entry)
{
    const IpAddress &a = entry.address;
    return entry.scope == u"global" && a.isValid() && !a.isLoopback() && !a.isLinkLocal() &&
           !a.isMulticast() && !a.isUnspecified();
}

struct NodeAddresses
{
    AddressSet addresses; // the nodes' own addresses
    AddressSet subnets;   // their on-link prefixes
};

NodeAddresses nodeAddresses(const Snapshot &snapshot)
{
    QList<Prefix> hosts;
    QList<Prefix> subnets;
    for (const Node &node : snapshot.nodes) {
        for (const Interface &interface : node.interfaces) {
            for (const InterfaceAddress &entry : interface.addresses) {
                if (!isNodeAddress(entry))
                    continue;
                const Prefix host = Prefix::host(entry.address);
                const Prefix subnet = entry.subnet();
                hosts.append(host);
                subnets.append(subnet.isValid() ? subnet : host);
            }
        }
    }
    return {AddressSet::of(hosts), AddressSet::of(subnets)};
}

} // namespace

QList<Zone> parseZones(const QByteArray &content, const QString &fileName)
{
    const FieldReader reader(fileName);
    if (content.size() > kMaxZonesFileBytes) {
        reader.fail(0, {},
                    Tr::tr("the file is larger than %1 MiB, too large for a zones file")
                        .arg(kMaxZonesFileBytes / (1024 * 1024)));
    }
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const DocValue root = parseJsonDocument(text, reader);
    reader.requireMap(root, {});
    reader.checkKeys(root, {u"zones"_s}, {});
    const DocValue &list = requiredMember(root, u"zones"_s, {}, reader);
    reader.requireList(list, u"zones"_s);
    if (list.children.empty())
        reader.fail(list.line, u"zones"_s, Tr::tr("no zones: define at least one"));

    QList<Zone> zones;
    QHash<QString, qsizetype> indexOfName;
    for (std::size_t i = 0; i < list.children.size(); ++i) {
        const QString where = u"zones["_s + QString::number(i) + u']';
        Zone zone = readZone(list.children[i], where, reader);
        const auto seen = indexOfName.constFind(zone.name);
        if (seen != indexOfName.cend()) {
            reader.fail(
                list.children[i].member(u"name")->line, where + u".name"_s,
                Tr::tr("duplicate zone name \"%1\" (also zones[%2])").arg(zone.name).arg(*seen));
        }
        indexOfName.insert(zone.name, zones.size());
        zones.append(std::move(zone));
    }
    return zones;
}

QList<Zone> loadZones(const QString &path)
{
    if (QFileInfo(path).isDir())
        throw Error(Tr::tr("%1: cannot read the zones file: it is a directory").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("%1: cannot read the zones file: %2").arg(path, file.errorString()));
    const QByteArray content = file.read(kMaxZonesFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        throw Error(Tr::tr("%1: cannot read the zones file: %2").arg(path, file.errorString()));
    return parseZones(content, path);
}

AddressSet privateAddressRanges()
{
    return setOf(
        {u"10.0.0.0/8", u"100.64.0.0/10", u"172.16.0.0/12", u"192.168.0.0/16", u"fc00::/7"});
}

AddressSet internetSourceAddresses()
{
    const AddressSet neverFromTheInternet =
        setOf({u"0.0.0.0/8", u"127.0.0.0/8", u"169.254.0.0/16", u"224.0.0.0/4", u"240.0.0.0/4",
               u"::/128", u"::1/128", u"::ffff:0:0/96", u"fe80::/10", u"ff00::/8"});
    return AddressSet::all().subtracted(privateAddressRanges()).subtracted(neverFromTheInternet);
}

QList<Zone> defaultZones(const Snapshot &snapshot)
{
    const NodeAddresses nodes = nodeAddresses(snapshot);
    const AddressSet internet = internetSourceAddresses();
    const AddressSet privateRanges = privateAddressRanges();
    return {
        {kInternetZone.toString(), internet, nodes.addresses.intersected(internet)},
        {kInternalZone.toString(), privateRanges.subtracted(nodes.subnets),
         nodes.addresses.intersected(privateRanges)},
        {kClusterZone.toString(), nodes.subnets, nodes.addresses},
    };
}

const Zone *findZone(const QList<Zone> &zones, QStringView name)
{
    for (const Zone &zone : zones) {
        if (zone.name == name)
            return &zone;
    }
    return nullptr;
}

} // namespace portolan
