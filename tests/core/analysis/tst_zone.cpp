// Tests for core/analysis/zone: the zones file (valid files and every error,
// which must name the file, the field and the cause), the default zones of a
// synthetic snapshot (exact sets) and of one without addresses, findZone().

#include "analysis/zone.h"
#include "model/snapshot.h"
#include "util/error.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

namespace portolan {
char *toString(const AddressSet &set)
{
    return QTest::toString(set.toString());
}
} // namespace portolan

using portolan::AddressSet;
using portolan::Error;
using portolan::Interface;
using portolan::InterfaceAddress;
using portolan::IpAddress;
using portolan::Node;
using portolan::Snapshot;
using portolan::Zone;

namespace {

AddressSet set(const QString &text)
{
    try {
        return AddressSet::parse(text);
    } catch (const Error &e) {
        QTest::qFail(qPrintable(u"fixture set \"%1\": %2"_s.arg(text, e.message())), __FILE__,
                     __LINE__);
        return {};
    }
}

IpAddress ip(const QString &text)
{
    const auto address = IpAddress::parse(text);
    if (!address)
        QTest::qFail(qPrintable(u"fixture address \"%1\" does not parse"_s.arg(text)), __FILE__,
                     __LINE__);
    return address.value_or(IpAddress());
}

// "203.0.113.11/24 global" -> an interface address.
InterfaceAddress address(const QString &spec)
{
    const QStringList parts = spec.split(u' ');
    const QStringList addressAndLength = parts.value(0).split(u'/');
    InterfaceAddress entry;
    entry.address = ip(addressAndLength.value(0));
    entry.prefixLength = addressAndLength.value(1).toInt();
    entry.scope = parts.value(1);
    return entry;
}

Interface interface(const QString &name, const QStringList &specs)
{
    Interface result;
    result.name = name;
    result.operState = u"UP"_s;
    for (const QString &spec : specs)
        result.addresses.append(address(spec));
    return result;
}

Node node(const QString &name, const QList<Interface> &interfaces)
{
    Node result;
    result.name = name;
    result.interfaces = interfaces;
    return result;
}

QStringList zoneNames(const QList<Zone> &zones)
{
    QStringList names;
    for (const Zone &zone : zones)
        names.append(zone.name);
    return names;
}

// The zones file as the tests write it: one zone per line.
const QByteArray kValidFile = R"({
  "zones": [
    {"name": "internet", "sources": ["0.0.0.0/0", "::/0"], "reaches": ["203.0.113.0/24"]},
    {"name": "office vpn", "sources": ["10.8.0.0/16", "10.9.0.0/16", "10.8.0.1"],
     "reaches": ["10.77.0.11", "fd00::/8"]},
    {"name": "nobody", "sources": [], "reaches": []}
  ]
}
)";

} // namespace

class TestZone : public QObject
{
    Q_OBJECT

private slots:
    void parseValid();
    void loadFromFile();
    void loadErrors();
    void parseErrors_data();
    void parseErrors();
    void badPrefixMessage();

    void privateRangesMatchIsPrivate();
    void internetSources_data();
    void internetSources();

    void defaultZones();
    void defaultZonesWithoutAddresses();

    void findZone();
};

// ---------------------------------------------------------------- zones file

void TestZone::parseValid()
{
    const QList<Zone> zones = portolan::parseZones(kValidFile, u"zones.json"_s);
    QCOMPARE(zoneNames(zones), (QStringList{u"internet"_s, u"office vpn"_s, u"nobody"_s}));
    QCOMPARE(zones[0].sources, AddressSet::all());
    QCOMPARE(zones[0].reaches, set(u"203.0.113.0/24"_s));
    QCOMPARE(zones[1].sources.toString(), u"10.8.0.0/15"_s); // merged, duplicate absorbed
    QCOMPARE(zones[1].reaches, set(u"10.77.0.11, fd00::/8"_s));
    QVERIFY(zones[2].sources.isEmpty());
    QVERIFY(zones[2].reaches.isEmpty());

    // A UTF-8 byte order mark is tolerated.
    QCOMPARE(portolan::parseZones("\xEF\xBB\xBF" + kValidFile, u"zones.json"_s), zones);
}

void TestZone::loadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"zones.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kValidFile);
    file.close();
    QCOMPARE(portolan::loadZones(path), portolan::parseZones(kValidFile, u"zones.json"_s));
}

void TestZone::loadErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"nope.json"_s);
    try {
        portolan::loadZones(missing);
        QFAIL("a missing file loaded");
    } catch (const Error &e) {
        QVERIFY2(e.message().startsWith(missing + u": cannot read the zones file"_s),
                 qPrintable(e.message()));
    }
    try {
        portolan::loadZones(dir.path());
        QFAIL("a directory loaded");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(u"directory"_s), qPrintable(e.message()));
    }
    // Errors in the content name the path as given.
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"zones": [{"name": "x", "sources": ["10.0.0.0/33"], "reaches": []}]})");
    file.close();
    try {
        portolan::loadZones(bad);
        QFAIL("a bad file loaded");
    } catch (const Error &e) {
        QVERIFY2(e.message().startsWith(bad + u":1: zones[0].sources[0]: "_s),
                 qPrintable(e.message()));
    }
}

void TestZone::parseErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected"); // fragments of the message, in order

    const auto zone = [](const QByteArray &body) { return R"({"zones": [)" + body + "]}"; };
    const QByteArray ok = R"({"name": "a", "sources": [], "reaches": []})";

    QTest::newRow("empty file") << QByteArray() << QStringList{u"zones.json:1"_s, u"JSON"_s};
    QTest::newRow("syntax error") << QByteArray("{\n  \"zones\": [\n")
                                  << QStringList{u"zones.json:3"_s, u"JSON syntax error"_s};
    QTest::newRow("trailing comma")
        << zone(ok + ",") << QStringList{u"zones.json:1:"_s, u"syntax error"_s};
    QTest::newRow("root is a list")
        << QByteArray("[]") << QStringList{u"zones.json:1: "_s, u"must be a map"_s};
    QTest::newRow("no zones key") << QByteArray("{}") << QStringList{u"missing \"zones\""_s};
    QTest::newRow("unknown root key") << QByteArray(R"({"zones": [], "zone": []})")
                                      << QStringList{u"unknown key \"zone\""_s, u"top level"_s};
    QTest::newRow("zones is a map") << QByteArray(R"({"zones": {}})")
                                    << QStringList{u"zones.json:1: zones: "_s, u"must be a list"_s};
    QTest::newRow("no zone") << QByteArray(R"({"zones": []})")
                             << QStringList{u"zones.json:1: zones: "_s, u"no zones"_s};
    QTest::newRow("zone is a string")
        << zone(R"("internet")") << QStringList{u"zones[0]: "_s, u"must be a map"_s};
    QTest::newRow("missing name") << zone(R"({"sources": [], "reaches": []})")
                                  << QStringList{u"zones[0]: "_s, u"missing \"name\""_s};
    QTest::newRow("empty name") << zone(R"({"name": "", "sources": [], "reaches": []})")
                                << QStringList{u"zones[0].name: "_s, u"must not be empty"_s};
    QTest::newRow("blank name") << zone(R"({"name": "  ", "sources": [], "reaches": []})")
                                << QStringList{u"zones[0].name: "_s, u"must not be empty"_s};
    QTest::newRow("padded name") << zone(R"({"name": "internet ", "sources": [], "reaches": []})")
                                 << QStringList{u"zones[0].name: \"internet \" starts or ends"_s};
    QTest::newRow("name is a number") << zone(R"({"name": 7, "sources": [], "reaches": []})")
                                      << QStringList{u"zones[0].name: "_s, u"must be a string"_s};
    QTest::newRow("duplicate name")
        << zone(ok + ", " + ok)
        << QStringList{u"zones[1].name: "_s, u"duplicate zone name \"a\" (also zones[0])"_s};
    QTest::newRow("missing sources") << zone(R"({"name": "a", "reaches": []})")
                                     << QStringList{u"zones[0]: "_s, u"missing \"sources\""_s};
    QTest::newRow("missing reaches") << zone(R"({"name": "a", "sources": []})")
                                     << QStringList{u"zones[0]: "_s, u"missing \"reaches\""_s};
    QTest::newRow("sources is a string")
        << zone(R"({"name": "a", "sources": "10.0.0.0/8", "reaches": []})")
        << QStringList{u"zones[0].sources: "_s, u"must be a list"_s};
    QTest::newRow("reaches item is a number")
        << zone(R"({"name": "a", "sources": [], "reaches": ["10.0.0.1", 10]})")
        << QStringList{u"zones[0].reaches[1]: "_s, u"must be a string"_s};
    QTest::newRow("empty prefix") << zone(R"({"name": "a", "sources": [""], "reaches": []})")
                                  << QStringList{u"zones[0].sources[0]: "_s, u"empty"_s};
    QTest::newRow("host bits") << zone(R"({"name": "a", "sources": ["10.0.0.1/8"], "reaches": []})")
                               << QStringList{u"zones[0].sources[0]: \"10.0.0.1/8\" is not a "
                                              "prefix: host bits are set"_s};
    QTest::newRow("range is not a prefix")
        << zone(R"({"name": "a", "sources": [], "reaches": ["10.0.0.1-10.0.0.5"]})")
        << QStringList{u"zones[0].reaches[0]: \"10.0.0.1-10.0.0.5\" is not a prefix"_s};
    QTest::newRow("not an address")
        << zone(R"({"name": "a", "sources": ["internet"], "reaches": []})")
        << QStringList{u"\"internet\" is not a prefix: "_s};
    QTest::newRow("v6 length")
        << zone(R"({"name": "a", "sources": ["::/129"], "reaches": []})")
        << QStringList{u"\"::/129\" is not a prefix: prefix length 129 is out of range"_s};
    QTest::newRow("unknown zone key")
        << zone(R"({"name": "a", "sources": [], "reaches": [], "source": []})")
        << QStringList{u"unknown key \"source\" in zones[0]"_s, u"did you mean \"sources\"?"_s};
    QTest::newRow("except is not supported")
        << zone(R"({"name": "a", "sources": [], "reaches": [], "except": ["10.0.0.0/8"]})")
        << QStringList{u"unknown key \"except\""_s};
    QTest::newRow("duplicate key")
        << zone(R"({"name": "a", "sources": [], "sources": ["0.0.0.0/0"], "reaches": []})")
        << QStringList{u"duplicate key \"sources\""_s};
}

void TestZone::parseErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    try {
        const QList<Zone> zones = portolan::parseZones(content, u"zones.json"_s);
        QFAIL(qPrintable(u"parsed %1 zone(s)"_s.arg(zones.size())));
    } catch (const Error &e) {
        const QString message = e.message();
        QVERIFY2(message.startsWith(u"zones.json:"_s), qPrintable(message));
        qsizetype from = 0;
        for (const QString &fragment : expected) {
            const qsizetype at = message.indexOf(fragment, from);
            QVERIFY2(at >= 0, qPrintable(u"\"%1\" lacks \"%2\""_s.arg(message, fragment)));
            from = at + fragment.size();
        }
    }
}

void TestZone::badPrefixMessage()
{
    const QByteArray content = R"({"zones": [
  {"name": "a", "sources": [], "reaches": []},
  {"name": "b", "sources": ["10.0.0.0/8", "10.1.0.0/16",
                            "10.0.0.0/33"], "reaches": []}
]}
)";
    try {
        portolan::parseZones(content, u"zones.json"_s);
        QFAIL("parsed");
    } catch (const Error &e) {
        QCOMPARE(e.message(), u"zones.json:4: zones[1].sources[2]: \"10.0.0.0/33\" is not a "
                              "prefix: prefix length 33 is out of range for IPv4 (0 to 32)"_s);
    }
}

// ---------------------------------------------------------------- building blocks

void TestZone::privateRangesMatchIsPrivate()
{
    const AddressSet privateRanges = portolan::privateAddressRanges();
    QCOMPARE(privateRanges.toString(), u"10.0.0.0/8, 100.64.0.0/10, 172.16.0.0/12, "
                                       "192.168.0.0/16, fc00::/7"_s);
    // Cross-check with IpAddress::isPrivate() on random addresses and on the
    // boundaries of every range. v4-mapped addresses are left out: isPrivate()
    // judges them by their IPv4 address, the set keeps them in IPv6.
    QRandomGenerator random(7);
    QList<IpAddress> samples;
    for (int i = 0; i < 20000; ++i) {
        const auto v4 = random.generate();
        samples.append(IpAddress::fromV4(v4));
        // Random IPv6 with a bias to the fc00::/7 neighbourhood.
        std::array<std::uint8_t, 16> bytes{};
        for (auto &b : bytes)
            b = std::uint8_t(random.bounded(256));
        if (i % 2)
            bytes[0] = std::uint8_t(0xfa + random.bounded(6));
        samples.append(IpAddress::fromV6(bytes));
    }
    for (const portolan::AddressRange &range : privateRanges.ranges()) {
        samples.append(range.first);
        samples.append(range.last);
        samples.append(IpAddress::fromValue(range.first.family(), range.first.value().previous()));
        samples.append(IpAddress::fromValue(range.last.family(), range.last.value().next()));
    }
    for (const IpAddress &a : std::as_const(samples)) {
        if (a.mappedV4())
            continue;
        if (privateRanges.contains(a) != a.isPrivate())
            QFAIL(qPrintable(u"%1: set and isPrivate() disagree"_s.arg(a.toString())));
    }
}

void TestZone::internetSources_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");

    // Public, including the documentation and benchmarking stand-ins.
    QTest::newRow("8.8.8.8") << u"8.8.8.8"_s << true;
    QTest::newRow("1.0.0.0") << u"1.0.0.0"_s << true;
    QTest::newRow("223.255.255.255") << u"223.255.255.255"_s << true;
    QTest::newRow("203.0.113.5 doc") << u"203.0.113.5"_s << true;
    QTest::newRow("198.51.100.10 doc") << u"198.51.100.10"_s << true;
    QTest::newRow("192.0.2.1 doc") << u"192.0.2.1"_s << true;
    QTest::newRow("198.18.0.10 bench") << u"198.18.0.10"_s << true;
    QTest::newRow("100.63.255.255") << u"100.63.255.255"_s << true;
    QTest::newRow("100.128.0.0") << u"100.128.0.0"_s << true;
    QTest::newRow("172.32.0.0") << u"172.32.0.0"_s << true;
    QTest::newRow("2606:4700::1") << u"2606:4700::1"_s << true;
    QTest::newRow("2001:db8:100::10 doc") << u"2001:db8:100::10"_s << true;
    QTest::newRow("64:ff9b::1.2.3.4 nat64") << u"64:ff9b::1.2.3.4"_s << true;
    QTest::newRow("fbff::ffff") << u"fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s << true;
    // Never a source from the internet.
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
    QTest::newRow("0.1.2.3") << u"0.1.2.3"_s << false;
    QTest::newRow("10.1.2.3") << u"10.1.2.3"_s << false;
    QTest::newRow("100.64.0.1") << u"100.64.0.1"_s << false;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << false;
    QTest::newRow("169.254.1.1") << u"169.254.1.1"_s << false;
    QTest::newRow("172.31.255.255") << u"172.31.255.255"_s << false;
    QTest::newRow("192.168.1.1") << u"192.168.1.1"_s << false;
    QTest::newRow("224.0.0.1") << u"224.0.0.1"_s << false;
    QTest::newRow("240.0.0.1") << u"240.0.0.1"_s << false;
    QTest::newRow("255.255.255.255") << u"255.255.255.255"_s << false;
    QTest::newRow("::") << u"::"_s << false;
    QTest::newRow("::1") << u"::1"_s << false;
    QTest::newRow("::ffff:8.8.8.8") << u"::ffff:8.8.8.8"_s << false;
    QTest::newRow("fc00::1") << u"fc00::1"_s << false;
    QTest::newRow("fd12::1") << u"fd12::1"_s << false;
    QTest::newRow("fe80::1") << u"fe80::1"_s << false;
    QTest::newRow("febf::1") << u"febf:ffff::1"_s << false;
    QTest::newRow("ff02::1") << u"ff02::1"_s << false;
    QTest::newRow("v6 max") << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s << false;
}

void TestZone::internetSources()
{
    QFETCH(QString, address);
    QFETCH(bool, expected);
    QCOMPARE(portolan::internetSourceAddresses().contains(ip(address)), expected);
}

// ---------------------------------------------------------------- default zones

void TestZone::defaultZones()
{
    Snapshot snapshot;
    snapshot.nodes = {
        node(u"head"_s,
             {interface(u"lo"_s, {u"127.0.0.1/8 host"_s, u"::1/128 host"_s}),
              interface(u"eth0"_s, {u"203.0.113.11/24 global"_s, u"2001:db8:1::11/64 global"_s,
                                    u"fe80::11/64 link"_s}),
              interface(u"eth1"_s, {u"10.77.0.11/24 global"_s}),
              interface(u"docker0"_s, {u"172.17.0.1/16 global"_s})}),
        node(u"worker-1"_s,
             {interface(u"lo"_s, {u"127.0.0.1/8 host"_s}),
              interface(u"eth0"_s, {u"203.0.113.12/24 global"_s, u"34.1.2.3/20 global"_s}),
              interface(u"eth1"_s, {u"10.77.0.12/24 global"_s, u"169.254.9.9/16 link"_s,
                                    u"fd12:3456::12/64 global"_s}),
              interface(u"tailscale0"_s, {u"100.64.5.5/32 global"_s}),
              // Scope "host" and odd globals are not node addresses.
              interface(u"dummy0"_s, {u"10.99.0.1/32 host"_s, u"169.254.0.1/16 global"_s,
                                      u"fe80::99/64 global"_s, u"127.0.0.2/8 global"_s})}),
        node(u"unreachable"_s, {}),
    };

    const QList<Zone> zones = portolan::defaultZones(snapshot);
    QCOMPARE(zoneNames(zones), (QStringList{u"internet"_s, u"internal"_s, u"cluster"_s}));
    const Zone &internet = zones[0];
    const Zone &internal = zones[1];
    const Zone &cluster = zones[2];

    const AddressSet subnets =
        set(u"203.0.113.0/24, 34.1.0.0/20, 10.77.0.0/24, 172.17.0.0/16, 100.64.5.5, "
            "2001:db8:1::/64, fd12:3456::/64"_s);
    const AddressSet nodeAddresses =
        set(u"203.0.113.11, 203.0.113.12, 34.1.2.3, 10.77.0.11, 10.77.0.12, 172.17.0.1, "
            "100.64.5.5, 2001:db8:1::11, fd12:3456::12"_s);

    QCOMPARE(internet.sources, portolan::internetSourceAddresses());
    QCOMPARE(internet.reaches, set(u"34.1.2.3, 203.0.113.11, 203.0.113.12, 2001:db8:1::11"_s));

    QCOMPARE(internal.sources, set(u"10.0.0.0-10.76.255.255, 10.77.1.0-10.255.255.255, "
                                   "100.64.0.0-100.64.5.4, 100.64.5.6-100.127.255.255, "
                                   "172.16.0.0/16, 172.18.0.0-172.31.255.255, 192.168.0.0/16, "
                                   "fc00::-fd12:3455:ffff:ffff:ffff:ffff:ffff:ffff, "
                                   "fd12:3456:0:1::-fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s));
    QCOMPARE(internal.reaches,
             set(u"10.77.0.11, 10.77.0.12, 172.17.0.1, 100.64.5.5, fd12:3456::12"_s));
    QVERIFY(!internal.sources.contains(ip(u"10.77.0.250"_s)));
    QVERIFY(internal.sources.contains(ip(u"172.31.0.5"_s)));

    QCOMPARE(cluster.sources, subnets);
    QCOMPARE(cluster.reaches, nodeAddresses);

    // Every node address is reached by some zone; internet and internal split them.
    QCOMPARE(internet.reaches.united(internal.reaches), nodeAddresses);
    QVERIFY(!internet.reaches.intersects(internal.reaches));
}

void TestZone::defaultZonesWithoutAddresses()
{
    Snapshot snapshot;
    const QList<Zone> noNodes = portolan::defaultZones(snapshot);
    snapshot.nodes = {
        node(u"failed"_s, {}),
        node(u"loopback-only"_s, {interface(u"lo"_s, {u"127.0.0.1/8 host"_s, u"::1/128 host"_s})})};
    const QList<Zone> zones = portolan::defaultZones(snapshot);
    QVERIFY(zones == noNodes);
    QCOMPARE(zoneNames(zones), (QStringList{u"internet"_s, u"internal"_s, u"cluster"_s}));
    QCOMPARE(zones[0].sources, portolan::internetSourceAddresses());
    QCOMPARE(zones[1].sources, portolan::privateAddressRanges());
    QVERIFY(zones[2].sources.isEmpty());
    for (const Zone &zone : zones)
        QVERIFY2(zone.reaches.isEmpty(), qPrintable(zone.name));
}

void TestZone::findZone()
{
    const QList<Zone> zones = portolan::parseZones(kValidFile, u"zones.json"_s);
    const Zone *vpn = portolan::findZone(zones, u"office vpn");
    QVERIFY(vpn);
    QCOMPARE(vpn, &zones[1]);
    QCOMPARE(portolan::findZone(zones, u"internet"), &zones[0]);
    QVERIFY(!portolan::findZone(zones, u"Internet")); // exact names
    QVERIFY(!portolan::findZone(zones, u"office"));
    QVERIFY(!portolan::findZone(zones, u""));
    QVERIFY(!portolan::findZone({}, u"internet"));
}

QTEST_APPLESS_MAIN(TestZone)
#include "tst_zone.moc"
