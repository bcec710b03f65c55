#include "snapshotjson.h"

#include "firewalljson.h"
#include "jsonfields.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <initializer_list>
#include <limits>
#include <string>
#include <type_traits>

using json = nlohmann::json;
using namespace Qt::StringLiterals;

namespace portolan {
namespace {

using namespace jsonfields;
using jsonfields::toJson; // joins the overloads below

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::SnapshotJson)
};

constexpr const char *kFormatMarker = "portolan-snapshot";

std::string stdString(const QByteArray &bytes)
{
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

// RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF. Exactly
// what nlohmann accepts in a string, so such bytes survive dump() and parse().
bool isStrictUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (size - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

// ---------------------------------------------------------------- writing

json toJson(const QDateTime &time)
{
    if (!time.isValid())
        return nullptr;
    return utf8(time.toUTC().toString(Qt::ISODateWithMs));
}

json toJson(const IpAddress &address)
{
    return address.isValid() ? json(utf8(address.toString())) : json(nullptr);
}

json toJson(const Prefix &prefix)
{
    return prefix.isValid() ? json(utf8(prefix.toString())) : json(nullptr);
}

json toJson(const QByteArray &bytes)
{
    if (isStrictUtf8(bytes))
        return stdString(bytes);
    return json{{"base64", stdString(bytes.toBase64())}};
}

// Declared ahead so the list template below finds them at instantiation.
json toJson(const InterfaceAddress &a);
json toJson(const Interface &i);
json toJson(const Route &r);
json toJson(const SocketOwner &o);
json toJson(const ListeningSocket &s);
json toJson(const Process &p);
json toJson(const RawRuleset &r);
json toJson(const CommandEvidence &e);
json toJson(const Node &n);

template<typename T> json toJson(const QList<T> &list)
{
    return toJsonArray(list, [](const T &item) { return toJson(item); });
}

template<typename V> json toJson(const QMap<QString, V> &map)
{
    json object = json::object();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if constexpr (std::is_same_v<V, QString>)
            object[utf8(it.key())] = utf8(it.value());
        else
            object[utf8(it.key())] = it.value();
    }
    return object;
}

json toJson(const InterfaceAddress &a)
{
    return {{"address", toJson(a.address)},
            {"prefixLength", a.prefixLength},
            {"scope", toJson(a.scope)},
            {"label", toJson(a.label)}};
}

json toJson(const Interface &i)
{
    return {{"name", toJson(i.name)},
            {"index", i.index},
            {"macAddress", toJson(i.macAddress)},
            {"mtu", i.mtu},
            {"operState", toJson(i.operState)},
            {"flags", toJson(i.flags)},
            {"addresses", toJson(i.addresses)}};
}

json toJson(const Route &r)
{
    return {{"family", toJson(toString(r.family))},
            {"type", toJson(r.type)},
            {"destination", toJson(r.destination)},
            {"gateway", toJson(r.gateway)},
            {"device", toJson(r.device)},
            {"protocol", toJson(r.protocol)},
            {"scope", toJson(r.scope)},
            {"metric", r.metric},
            {"table", toJson(r.table)},
            {"preferredSource", toJson(r.preferredSource)}};
}

json toJson(const SocketOwner &o)
{
    return {{"pid", o.pid}, {"processName", toJson(o.processName)}, {"fd", o.fd}};
}

json toJson(const ListeningSocket &s)
{
    return {{"protocol", toJson(toString(s.protocol))},
            {"address", toJson(s.address)},
            {"dualStack", s.dualStack},
            {"scopeInterface", toJson(s.scopeInterface)},
            {"port", s.port},
            {"owners", toJson(s.owners)}};
}

json toJson(const Process &p)
{
    return {{"pid", p.pid},
            {"ppid", p.ppid},
            {"user", toJson(p.user)},
            {"comm", toJson(p.comm)},
            {"command", toJson(p.command)},
            {"environment", toJson(p.environment)}};
}

json toJson(const RawRuleset &r)
{
    return {{"source", toJson(r.source)}, {"text", toJson(r.text)}};
}

json toJson(const Firewall &f)
{
    return {{"backend", toJson(toString(f.backend))},
            {"iptablesVersion", toJson(f.iptablesVersion)},
            {"manager", toJson(f.manager)},
            {"raw", toJson(f.raw)},
            {"iptables", iptablesRulesetsToJson(f.iptables)},
            {"nftables", nftRulesetToJson(f.nftables)},
            {"ipsets", ipSetsToJson(f.ipsets)},
            {"errors", toJson(f.errors)}};
}

json toJson(const RayFacts &r)
{
    return {{"version", toJson(r.version)},
            {"detectedRole", toJson(toString(r.detectedRole))},
            {"sessionName", toJson(r.sessionName)},
            {"sessionPorts", toJson(r.sessionPorts)}};
}

json toJson(const CommandEvidence &e)
{
    return {{"id", toJson(e.id)},
            {"command", toJson(e.command)},
            {"exitCode", e.exitCode},
            {"output", toJson(e.output)},
            {"errorOutput", toJson(e.errorOutput)},
            {"durationMs", e.durationMs},
            {"truncated", e.truncated},
            {"timedOut", e.timedOut}};
}

json toJson(const Node &n)
{
    return {{"name", toJson(n.name)},
            {"sshTarget", toJson(n.sshTarget)},
            {"role", toJson(toString(n.role))},
            {"status", toJson(toString(n.status))},
            {"error", toJson(n.error)},
            {"warnings", toJson(n.warnings)},
            {"collectedUtc", toJson(n.collectedUtc)},
            {"hostname", toJson(n.hostname)},
            {"kernel", toJson(n.kernel)},
            {"os", toJson(n.os)},
            {"interfaces", toJson(n.interfaces)},
            {"routes", toJson(n.routes)},
            {"sockets", toJson(n.sockets)},
            {"processes", toJson(n.processes)},
            {"firewall", toJson(n.firewall)},
            {"ray", toJson(n.ray)},
            {"evidence", toJson(n.evidence)}};
}

// ---------------------------------------------------------------- reading

template<typename E>
E readEnum(const At &at, std::optional<E> (*fromText)(QStringView), std::initializer_list<E> all)
{
    const QString text = readString(at);
    if (const std::optional<E> value = fromText(text))
        return *value;
    QStringList names;
    for (const E e : all)
        names << toString(e);
    failUnknownValue(at, text, names);
}

NodeRole readRole(const At &at)
{
    return readEnum(at, &nodeRoleFromString, {NodeRole::Unknown, NodeRole::Head, NodeRole::Worker});
}

IpAddress readAddress(const At &at)
{
    if (at.value.is_null())
        return {};
    const QString text = readString(at);
    QString error;
    const std::optional<IpAddress> address = IpAddress::parse(text, &error);
    if (!address)
        fail(at.path, Tr::tr("invalid address \"%1\": %2").arg(text, error));
    return *address;
}

Prefix readPrefix(const At &at)
{
    if (at.value.is_null())
        return {};
    const QString text = readString(at);
    QString error;
    const std::optional<Prefix> prefix = Prefix::parse(text, &error);
    if (!prefix)
        fail(at.path, Tr::tr("invalid prefix \"%1\": %2").arg(text, error));
    return *prefix;
}

QDateTime readTime(const At &at)
{
    if (at.value.is_null())
        return {};
    const QString text = readString(at);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        fail(at.path, Tr::tr("expected an ISO-8601 UTC time such as 2026-11-30T09:15:00.123Z, "
                             "got \"%1\"")
                          .arg(text));
    return time.toUTC();
}

QByteArray readBytes(const At &at)
{
    if (at.value.is_string()) {
        const auto &text = at.value.get_ref<const std::string &>();
        return QByteArray(text.data(), qsizetype(text.size()));
    }
    if (!at.value.is_object() || !at.value.contains("base64"))
        fail(at.path, Tr::tr("expected a string or an object {\"base64\": \"...\"}"));
    const At encoded = member(at, "base64");
    const QString text = readString(encoded);
    // Only canonical, padded base64 (what we write): Qt alone would accept "Q" or "QQ".
    const QByteArray latin1 = text.toLatin1(); // non-Latin-1 becomes '?', invalid base64
    const auto decoded = QByteArray::fromBase64Encoding(
        latin1, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != latin1)
        fail(encoded.path, Tr::tr("invalid base64 data"));
    return decoded.decoded;
}

template<typename F>
auto readMap(const At &at, F readValue) -> QMap<QString, std::invoke_result_t<F, const At &>>
{
    requireObject(at);
    QMap<QString, std::invoke_result_t<F, const At &>> map;
    for (auto it = at.value.begin(); it != at.value.end(); ++it) {
        const QString key = qString(it.key());
        map.insert(key, readValue(At{it.value(), memberPath(at.path, key)}));
    }
    return map;
}

InterfaceAddress readInterfaceAddress(const At &at)
{
    requireObject(at);
    InterfaceAddress a;
    a.address = readAddress(member(at, "address"));
    a.prefixLength = int(
        readRange(member(at, "prefixLength"), 0, a.address.isValid() ? a.address.bitWidth() : 128));
    a.scope = readString(member(at, "scope"));
    a.label = readString(member(at, "label"));
    return a;
}

Interface readInterface(const At &at)
{
    requireObject(at);
    Interface i;
    i.name = readString(member(at, "name"));
    i.index = readInt(member(at, "index"));
    i.macAddress = readString(member(at, "macAddress"));
    i.mtu = readInt(member(at, "mtu"));
    i.operState = readString(member(at, "operState"));
    i.flags = readStringList(member(at, "flags"));
    i.addresses = readList(member(at, "addresses"), &readInterfaceAddress);
    return i;
}

Route readRoute(const At &at)
{
    requireObject(at);
    Route r;
    r.family = readFamily(member(at, "family"));
    r.type = readString(member(at, "type"));
    r.destination = readPrefix(member(at, "destination"));
    r.gateway = readAddress(member(at, "gateway"));
    r.device = readString(member(at, "device"));
    r.protocol = readString(member(at, "protocol"));
    r.scope = readString(member(at, "scope"));
    r.metric = readInt(member(at, "metric"));
    r.table = readString(member(at, "table"));
    r.preferredSource = readAddress(member(at, "preferredSource"));
    return r;
}

SocketOwner readSocketOwner(const At &at)
{
    requireObject(at);
    SocketOwner o;
    o.pid = readInt64(member(at, "pid"));
    o.processName = readString(member(at, "processName"));
    o.fd = readInt(member(at, "fd"));
    return o;
}

ListeningSocket readSocket(const At &at)
{
    requireObject(at);
    ListeningSocket s;
    s.protocol =
        readEnum(member(at, "protocol"), &protocolFromString, {Protocol::Tcp, Protocol::Udp});
    s.address = readAddress(member(at, "address"));
    s.dualStack = readBool(member(at, "dualStack"));
    s.scopeInterface = readString(member(at, "scopeInterface"));
    s.port = quint16(readRange(member(at, "port"), 0, 65535));
    s.owners = readList(member(at, "owners"), &readSocketOwner);
    return s;
}

Process readProcess(const At &at)
{
    requireObject(at);
    Process p;
    p.pid = readInt64(member(at, "pid"));
    p.ppid = readInt64(member(at, "ppid"));
    p.user = readString(member(at, "user"));
    p.comm = readString(member(at, "comm"));
    p.command = readString(member(at, "command"));
    p.environment = readMap(member(at, "environment"), &readString);
    return p;
}

RawRuleset readRawRuleset(const At &at)
{
    requireObject(at);
    return {readString(member(at, "source")), readString(member(at, "text"))};
}

Firewall readFirewall(const At &at)
{
    requireObject(at);
    Firewall f;
    f.backend =
        readEnum(member(at, "backend"), &firewallBackendFromString,
                 {FirewallBackend::Unknown, FirewallBackend::None, FirewallBackend::IptablesLegacy,
                  FirewallBackend::IptablesNft, FirewallBackend::Nftables, FirewallBackend::Mixed});
    f.iptablesVersion = readString(member(at, "iptablesVersion"));
    f.manager = readString(member(at, "manager"));
    f.raw = readList(member(at, "raw"), &readRawRuleset);
    const At iptables = member(at, "iptables");
    f.iptables = iptablesRulesetsFromJson(iptables.value, iptables.path);
    const At nftables = member(at, "nftables");
    f.nftables = nftRulesetFromJson(nftables.value, nftables.path);
    const At ipsets = member(at, "ipsets");
    f.ipsets = ipSetsFromJson(ipsets.value, ipsets.path);
    f.errors = readStringList(member(at, "errors"));
    return f;
}

RayFacts readRayFacts(const At &at)
{
    requireObject(at);
    RayFacts r;
    r.version = readString(member(at, "version"));
    r.detectedRole = readRole(member(at, "detectedRole"));
    r.sessionName = readString(member(at, "sessionName"));
    r.sessionPorts = readMap(member(at, "sessionPorts"), &readInt);
    return r;
}

CommandEvidence readEvidence(const At &at)
{
    requireObject(at);
    CommandEvidence e;
    e.id = readString(member(at, "id"));
    e.command = readString(member(at, "command"));
    e.exitCode = readInt(member(at, "exitCode"));
    e.output = readBytes(member(at, "output"));
    e.errorOutput = readBytes(member(at, "errorOutput"));
    e.durationMs = readInt64(member(at, "durationMs"));
    e.truncated = readBool(member(at, "truncated"));
    e.timedOut = readBool(member(at, "timedOut"));
    return e;
}

Node readNode(const At &at)
{
    requireObject(at);
    Node n;
    n.name = readString(member(at, "name"));
    n.sshTarget = readString(member(at, "sshTarget"));
    n.role = readRole(member(at, "role"));
    n.status = readEnum(member(at, "status"), &collectionStatusFromString,
                        {CollectionStatus::Pending, CollectionStatus::Ok, CollectionStatus::Partial,
                         CollectionStatus::Failed, CollectionStatus::Cancelled});
    n.error = readString(member(at, "error"));
    n.warnings = readStringList(member(at, "warnings"));
    n.collectedUtc = readTime(member(at, "collectedUtc"));
    n.hostname = readString(member(at, "hostname"));
    n.kernel = readString(member(at, "kernel"));
    n.os = readString(member(at, "os"));
    n.interfaces = readList(member(at, "interfaces"), &readInterface);
    n.routes = readList(member(at, "routes"), &readRoute);
    n.sockets = readList(member(at, "sockets"), &readSocket);
    n.processes = readList(member(at, "processes"), &readProcess);
    n.firewall = readFirewall(member(at, "firewall"));
    n.ray = readRayFacts(member(at, "ray"));
    n.evidence = readList(member(at, "evidence"), &readEvidence);
    return n;
}

// Paths inside the snapshot object start at its fields ("nodes[0].name").
Snapshot readSnapshot(const At &at)
{
    Snapshot s;
    s.id = readRange(member(at, "id"), 0, std::numeric_limits<qint64>::max());
    s.label = readString(member(at, "label"));
    s.createdUtc = readTime(member(at, "createdUtc"));
    s.toolVersion = readString(member(at, "toolVersion"));
    s.inventoryName = readString(member(at, "inventoryName"));
    s.nodes = readList(member(at, "nodes"), &readNode);
    return s;
}

// "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> "line 1, ..."
QString parseErrorDetail(const char *what)
{
    QString detail = QString::fromUtf8(what);
    const qsizetype bracket = detail.indexOf(u"] "_s);
    if (detail.startsWith(u'[') && bracket > 0)
        detail.remove(0, bracket + 2);
    if (detail.startsWith(u"parse error at "_s))
        detail.remove(0, 15);
    return detail;
}

} // namespace

nlohmann::json snapshotToJson(const Snapshot &snapshot)
{
    const json body = {{"id", snapshot.id},
                       {"label", toJson(snapshot.label)},
                       {"createdUtc", toJson(snapshot.createdUtc)},
                       {"toolVersion", toJson(snapshot.toolVersion)},
                       {"inventoryName", toJson(snapshot.inventoryName)},
                       {"nodes", toJson(snapshot.nodes)}};
    return {{"format", kFormatMarker},
            {"formatVersion", kSnapshotJsonFormatVersion},
            {"snapshot", body}};
}

Snapshot snapshotFromJson(const nlohmann::json &json)
{
    const At root{json, {}};
    if (!json.is_object())
        fail({}, Tr::tr("not a Portolan snapshot document (expected a JSON object)"));
    const At format = member(root, "format");
    if (!format.value.is_string() || format.value.get_ref<const std::string &>() != kFormatMarker)
        fail(format.path,
             Tr::tr("not a Portolan snapshot document (expected \"%1\", got %2)")
                 .arg(QString::fromLatin1(kFormatMarker), qString(format.value.dump())));
    const At version = member(root, "formatVersion");
    const auto number = integerValue(version.value);
    if (!number)
        fail(version.path, Tr::tr("expected an integer"));
    if (*number > kSnapshotJsonFormatVersion)
        fail(version.path, Tr::tr("format version %1 is newer than this Portolan supports (%2); "
                                  "use a newer Portolan")
                               .arg(*number)
                               .arg(kSnapshotJsonFormatVersion));
    if (*number < 1)
        fail(version.path, Tr::tr("unsupported format version %1").arg(*number));
    const At body = member(root, "snapshot");
    requireObject(body);
    return readSnapshot(At{body.value, {}});
}

QByteArray snapshotToJsonBytes(const Snapshot &snapshot, int indent)
{
    std::string text = snapshotToJson(snapshot).dump(indent);
    if (indent >= 0)
        text += '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

Snapshot snapshotFromJsonBytes(const QByteArray &bytes)
{
    json document;
    try {
        document = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::parse_error &e) {
        throw Error(Tr::tr("malformed JSON at byte %1: %2")
                        .arg(qulonglong(e.byte))
                        .arg(parseErrorDetail(e.what())));
    }
    return snapshotFromJson(document);
}

nlohmann::json snapshotSummaryToJson(const SnapshotSummary &summary)
{
    return {{"id", summary.id},
            {"label", toJson(summary.label)},
            {"createdUtc", toJson(summary.createdUtc)},
            {"toolVersion", toJson(summary.toolVersion)},
            {"inventoryName", toJson(summary.inventoryName)},
            {"nodeCount", summary.nodeCount},
            {"failedNodeCount", summary.failedNodeCount}};
}

} // namespace portolan
