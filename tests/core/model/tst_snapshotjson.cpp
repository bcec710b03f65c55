// Snapshot <-> JSON: the lossless round trip of every model field, the shape
// of the document, evidence bytes of every kind, and the error for each kind
// of bad document (it must name the JSON path and the cause).

#include "common/samplesnapshot.h"
#include "model/snapshotjson.h"
#include "util/error.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using nlohmann::json;
using namespace portolan;

namespace {

QByteArray toBytes(const json &document)
{
    const std::string text = document.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

// The rich sample as a document, with the value at a JSON pointer replaced by
// `valueJson`, or removed when `valueJson` is null.
QByteArray mutated(const char *pointer, const char *valueJson)
{
    Snapshot snapshot = test::richSnapshot();
    snapshot.id = 42;
    json document = snapshotToJson(snapshot);
    const json::json_pointer where(pointer);
    if (valueJson)
        document[where] = json::parse(valueJson);
    else
        document[where.parent_pointer()].erase(where.back());
    return toBytes(document);
}

// A JSON value as compact text, so QCOMPARE can print it.
QString dumped(const json &value)
{
    return QString::fromStdString(value.dump());
}

QString messageOf(const QByteArray &document)
{
    try {
        snapshotFromJsonBytes(document);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

// Compares section by section first, so a failure names what was lost.
void compareSnapshots(const Snapshot &actual, const Snapshot &expected)
{
    QCOMPARE(actual.nodes.size(), expected.nodes.size());
    for (qsizetype i = 0; i < expected.nodes.size(); ++i) {
        const Node &a = actual.nodes.at(i);
        const Node &e = expected.nodes.at(i);
        const QByteArray where = "node " + QByteArray::number(i) + ": ";
        QVERIFY2(a.interfaces == e.interfaces, (where + "interfaces differ").constData());
        QVERIFY2(a.routes == e.routes, (where + "routes differ").constData());
        QVERIFY2(a.sockets == e.sockets, (where + "sockets differ").constData());
        QVERIFY2(a.processes == e.processes, (where + "processes differ").constData());
        QVERIFY2(a.firewall == e.firewall, (where + "firewall differs").constData());
        QVERIFY2(a.ray == e.ray, (where + "ray facts differ").constData());
        QVERIFY2(a.evidence == e.evidence, (where + "evidence differs").constData());
        QCOMPARE(a.collectedUtc, e.collectedUtc);
        QVERIFY2(a == e, (where + "node scalars differ").constData());
    }
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.label, expected.label);
    QCOMPARE(actual.createdUtc, expected.createdUtc);
    QCOMPARE(actual.toolVersion, expected.toolVersion);
    QCOMPARE(actual.inventoryName, expected.inventoryName);
    QVERIFY(actual == expected);
}

} // namespace

class TestSnapshotJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripOfEmptyValues();
    void bytesAreStable();
    void documentShape();
    void evidenceBytes_data();
    void evidenceBytes();
    void acceptsTimeOffsets();
    void ignoresUnknownFields();
    void badDocuments_data();
    void badDocuments();
    void errorNamesExactPath();
};

void TestSnapshotJson::roundTrip()
{
    Snapshot original = test::richSnapshot();
    original.id = 42;
    const Snapshot copy = snapshotFromJson(snapshotToJson(original));
    compareSnapshots(copy, original);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(copy, original);

    const Snapshot viaBytes = snapshotFromJsonBytes(snapshotToJsonBytes(original));
    QCOMPARE(viaBytes, original);
}

void TestSnapshotJson::roundTripOfEmptyValues()
{
    Snapshot original;                      // null time, no nodes
    Node node;                              // invalid times, every list empty
    node.sockets.append(ListeningSocket{}); // invalid address
    node.routes.append(Route{});            // invalid prefix, gateway and source
    node.interfaces.append(Interface{{}, 0, {}, 0, {}, {}, {InterfaceAddress{}}});
    node.evidence.append(CommandEvidence{}); // empty output
    original.nodes.append(node);
    const Snapshot copy = snapshotFromJsonBytes(snapshotToJsonBytes(original, -1));
    compareSnapshots(copy, original);
}

void TestSnapshotJson::bytesAreStable()
{
    const QByteArray first = snapshotToJsonBytes(test::richSnapshot());
    const QByteArray second = snapshotToJsonBytes(snapshotFromJsonBytes(first));
    QCOMPARE(second, first);

    const QByteArray compact = snapshotToJsonBytes(test::richSnapshot(), -1);
    QVERIFY(!compact.contains('\n'));
    QCOMPARE(snapshotToJsonBytes(snapshotFromJsonBytes(compact), -1), compact);
}

void TestSnapshotJson::documentShape()
{
    const json document = snapshotToJson(test::richSnapshot());
    QCOMPARE(dumped(document.at("format")), u"\"portolan-snapshot\""_s);
    QCOMPARE(dumped(document.at("formatVersion")), QString::number(kSnapshotJsonFormatVersion));
    const json &snapshot = document.at("snapshot");
    QCOMPARE(dumped(snapshot.at("createdUtc")), u"\"2026-11-30T09:15:00.123Z\""_s);
    QCOMPARE(dumped(snapshot.at("id")), u"0"_s);
    const json &head = snapshot.at("nodes").at(0);
    QCOMPARE(dumped(head.at("role")), u"\"head\""_s);
    QCOMPARE(dumped(head.at("status")), u"\"ok\""_s);
    QCOMPARE(dumped(head.at("collectedUtc")), u"\"2026-11-30T09:15:02.345Z\""_s);
    QCOMPARE(dumped(head.at("sockets").at(0).at("protocol")), u"\"tcp\""_s);
    QCOMPARE(dumped(head.at("sockets").at(0).at("address")), u"\"0.0.0.0\""_s);
    QCOMPARE(dumped(head.at("sockets").at(2).at("address")), u"\"::\""_s);
    QCOMPARE(dumped(head.at("routes").at(0).at("destination")), u"\"0.0.0.0/0\""_s);
    QCOMPARE(dumped(head.at("routes").at(0).at("family")), u"\"ipv4\""_s);
    QVERIFY(head.at("routes").at(1).at("gateway").is_null());
    QCOMPARE(dumped(head.at("firewall").at("backend")), u"\"mixed\""_s);
    const json &nftables = head.at("firewall").at("nftables");
    QCOMPARE(dumped(nftables.at("tables").at(0).at("managedByIptablesNft")), u"false"_s);
    QCOMPARE(dumped(nftables.at("tables").at(1).at("managedByIptablesNft")), u"true"_s);
    QCOMPARE(dumped(nftables.at("chains").at(1).at("managedByIptablesNft")), u"true"_s);
    QCOMPARE(dumped(nftables.at("sets").at(0).at("mapType")), u"\"\""_s);
    QCOMPARE(dumped(nftables.at("sets").at(1).at("mapType")), u"\"verdict\""_s);
    QCOMPARE(dumped(head.at("ray").at("sessionPorts").at("metrics_export_port")), u"-1"_s);
    QVERIFY(head.at("evidence").at(0).at("output").is_string());
    QVERIFY(head.at("evidence").at(1).at("output").contains("base64"));
    QVERIFY(snapshot.at("nodes").at(1).at("collectedUtc").is_null());
}

void TestSnapshotJson::evidenceBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("asString");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("LISTEN 0 4096\n") << true;
    QTest::newRow("NUL bytes") << QByteArray("a\0b\0", 4) << true;
    QTest::newRow("only NUL") << QByteArray(3, '\0') << true;
    QTest::newRow("two-byte") << QByteArray("\xc3\xa9t\xc3\xa9") << true;
    QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x9a\x80") << true;
    QTest::newRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbfx") << true;
    QTest::newRow("control chars") << QByteArray("\x01\x1f\x7f\"\\") << true;
    QTest::newRow("0xff") << QByteArray("\xff") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << false;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong 3") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("above max") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("ok\xe2\x82") << false;
    QTest::newRow("latin-1") << QByteArray("caf\xe9") << false;
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QTest::newRow("all bytes") << all << false;
}

void TestSnapshotJson::evidenceBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, asString);

    Snapshot original;
    Node node;
    CommandEvidence evidence;
    evidence.output = bytes;
    evidence.errorOutput = bytes + bytes;
    node.evidence.append(evidence);
    original.nodes.append(node);

    const QByteArray document = snapshotToJsonBytes(original);
    const json written = json::parse(document.constData());
    const json &output = written.at("snapshot").at("nodes").at(0).at("evidence").at(0).at("output");
    QCOMPARE(output.is_string(), asString);
    if (!asString)
        QVERIFY(output.at("base64").is_string());

    const Snapshot copy = snapshotFromJsonBytes(document);
    QCOMPARE(copy.nodes.at(0).evidence.at(0).output, bytes);
    QCOMPARE(copy.nodes.at(0).evidence.at(0).errorOutput, bytes + bytes);
    QCOMPARE(copy, original);
}

void TestSnapshotJson::acceptsTimeOffsets()
{
    const Snapshot copy =
        snapshotFromJsonBytes(mutated("/snapshot/createdUtc", "\"2026-11-30T11:15:00.123+02:00\""));
    QCOMPARE(copy.createdUtc,
             QDateTime(QDate(2026, 11, 30), QTime(9, 15, 0, 123), QTimeZone::utc()));
    QCOMPARE(copy.createdUtc.timeSpec(), Qt::UTC);
}

void TestSnapshotJson::ignoresUnknownFields()
{
    Snapshot original = test::richSnapshot();
    original.id = 42;
    QCOMPARE(snapshotFromJsonBytes(mutated("/snapshot/nodes/0/futureField", "{\"a\": 1}")),
             original);
}

void TestSnapshotJson::badDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("keywords");

    QTest::newRow("malformed JSON")
        << QByteArray("{\"format\": \"portolan-snapshot\",") << QStringList{u"malformed JSON"_s};
    QTest::newRow("empty file") << QByteArray() << QStringList{u"malformed JSON"_s};
    QTest::newRow("invalid UTF-8 in JSON")
        << QByteArray("{\"format\": \"\xff\"}") << QStringList{u"malformed JSON"_s};
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << QStringList{u"not a Portolan snapshot document"_s};
    QTest::newRow("wrong format") << mutated("/format", "\"ray-snapshot\"")
                                  << QStringList{u"format"_s, u"not a Portolan snapshot"_s,
                                                 u"ray-snapshot"_s};
    QTest::newRow("format missing")
        << mutated("/format", nullptr) << QStringList{u"format"_s, u"missing"_s};
    QTest::newRow("newer version")
        << mutated("/formatVersion", "2") << QStringList{u"formatVersion"_s, u"newer"_s, u"2"_s};
    QTest::newRow("version zero") << mutated("/formatVersion", "0")
                                  << QStringList{u"formatVersion"_s, u"unsupported"_s};
    QTest::newRow("version as text")
        << mutated("/formatVersion", "\"1\"") << QStringList{u"formatVersion"_s, u"integer"_s};
    QTest::newRow("snapshot missing")
        << mutated("/snapshot", nullptr) << QStringList{u"snapshot"_s, u"missing"_s};
    QTest::newRow("snapshot not an object")
        << mutated("/snapshot", "[]") << QStringList{u"snapshot"_s, u"expected an object"_s};
    QTest::newRow("missing field") << mutated("/snapshot/nodes/2/sshTarget", nullptr)
                                   << QStringList{u"nodes[2].sshTarget"_s, u"missing"_s};
    QTest::newRow("missing nested field")
        << mutated("/snapshot/nodes/0/firewall/nftables/rules/0/exprJson", nullptr)
        << QStringList{u"nodes[0].firewall.nftables.rules[0].exprJson"_s, u"missing"_s};
    QTest::newRow("mapType missing")
        << mutated("/snapshot/nodes/0/firewall/nftables/sets/1/mapType", nullptr)
        << QStringList{u"nodes[0].firewall.nftables.sets[1].mapType"_s, u"missing"_s};
    QTest::newRow("table managedByIptablesNft missing")
        << mutated("/snapshot/nodes/0/firewall/nftables/tables/0/managedByIptablesNft", nullptr)
        << QStringList{u"nodes[0].firewall.nftables.tables[0].managedByIptablesNft"_s,
                       u"missing"_s};
    QTest::newRow("chain managedByIptablesNft not a bool")
        << mutated("/snapshot/nodes/0/firewall/nftables/chains/1/managedByIptablesNft", "1")
        << QStringList{u"nodes[0].firewall.nftables.chains[1].managedByIptablesNft"_s,
                       u"true or false"_s};
    QTest::newRow("string expected")
        << mutated("/snapshot/label", "5") << QStringList{u"label"_s, u"expected a string"_s};
    QTest::newRow("array expected")
        << mutated("/snapshot/nodes", "{}") << QStringList{u"nodes"_s, u"expected an array"_s};
    QTest::newRow("object expected")
        << mutated("/snapshot/nodes/0/firewall", "[]")
        << QStringList{u"nodes[0].firewall"_s, u"expected an object"_s};
    QTest::newRow("bool expected")
        << mutated("/snapshot/nodes/0/sockets/2/dualStack", "\"yes\"")
        << QStringList{u"nodes[0].sockets[2].dualStack"_s, u"true or false"_s};
    QTest::newRow("string list item")
        << mutated("/snapshot/nodes/2/warnings/1", "null")
        << QStringList{u"nodes[2].warnings[1]"_s, u"expected a string"_s};
    QTest::newRow("bad address") << mutated("/snapshot/nodes/0/interfaces/1/addresses/0/address",
                                            "\"999.1.1.1\"")
                                 << QStringList{u"nodes[0].interfaces[1].addresses[0].address"_s,
                                                u"invalid address"_s, u"999.1.1.1"_s};
    QTest::newRow("address of wrong type")
        << mutated("/snapshot/nodes/0/sockets/0/address", "17")
        << QStringList{u"nodes[0].sockets[0].address"_s, u"expected a string"_s};
    QTest::newRow("bad prefix") << mutated("/snapshot/nodes/0/routes/1/destination",
                                           "\"10.20.0.1/16\"")
                                << QStringList{u"nodes[0].routes[1].destination"_s,
                                               u"invalid prefix"_s};
    QTest::newRow("prefix length too long for IPv4")
        << mutated("/snapshot/nodes/0/interfaces/1/addresses/0/prefixLength", "33")
        << QStringList{u"nodes[0].interfaces[1].addresses[0].prefixLength"_s, u"0-32"_s};
    QTest::newRow("bad protocol") << mutated("/snapshot/nodes/0/sockets/0/protocol", "\"sctp\"")
                                  << QStringList{u"nodes[0].sockets[0].protocol"_s, u"unknown"_s,
                                                 u"sctp"_s, u"tcp"_s};
    QTest::newRow("bad role (case)") << mutated("/snapshot/nodes/1/role", "\"Head\"")
                                     << QStringList{u"nodes[1].role"_s, u"unknown"_s, u"Head"_s};
    QTest::newRow("bad status") << mutated("/snapshot/nodes/1/status", "\"done\"")
                                << QStringList{u"nodes[1].status"_s, u"unknown"_s, u"cancelled"_s};
    QTest::newRow("bad backend") << mutated("/snapshot/nodes/0/firewall/backend", "\"pf\"")
                                 << QStringList{u"nodes[0].firewall.backend"_s, u"unknown"_s,
                                                u"iptables-nft"_s};
    QTest::newRow("bad family") << mutated("/snapshot/nodes/0/firewall/iptables/1/family",
                                           "\"ipv5\"")
                                << QStringList{u"nodes[0].firewall.iptables[1].family"_s,
                                               u"unknown"_s};
    QTest::newRow("port out of range")
        << mutated("/snapshot/nodes/2/sockets/0/port", "65536")
        << QStringList{u"nodes[2].sockets[0].port"_s, u"expected an integer 0-65535"_s};
    QTest::newRow("negative port") << mutated("/snapshot/nodes/0/sockets/1/port", "-1")
                                   << QStringList{u"nodes[0].sockets[1].port"_s, u"0-65535"_s};
    QTest::newRow("fractional port") << mutated("/snapshot/nodes/0/sockets/1/port", "80.5")
                                     << QStringList{u"nodes[0].sockets[1].port"_s, u"0-65535"_s};
    QTest::newRow("int overflow") << mutated("/snapshot/nodes/0/interfaces/0/mtu", "4294967296")
                                  << QStringList{u"nodes[0].interfaces[0].mtu"_s,
                                                 u"32-bit integer"_s};
    QTest::newRow("int64 overflow")
        << mutated("/snapshot/nodes/0/processes/0/pid", "18446744073709551615")
        << QStringList{u"nodes[0].processes[0].pid"_s, u"64-bit integer"_s};
    QTest::newRow("negative id") << mutated("/snapshot/id", "-3")
                                 << QStringList{u"id"_s, u"integer"_s};
    QTest::newRow("map value type")
        << mutated("/snapshot/nodes/0/ray/sessionPorts/gcs_server_port", "\"6379\"")
        << QStringList{u"nodes[0].ray.sessionPorts.gcs_server_port"_s, u"integer"_s};
    QTest::newRow("environment value type")
        << mutated("/snapshot/nodes/0/processes/0/environment/RAY_USE_TLS", "null")
        << QStringList{u"nodes[0].processes[0].environment.RAY_USE_TLS"_s, u"expected a string"_s};
    QTest::newRow("bad time") << mutated("/snapshot/createdUtc", "\"yesterday\"")
                              << QStringList{u"createdUtc"_s, u"ISO-8601"_s, u"yesterday"_s};
    QTest::newRow("time without zone")
        << mutated("/snapshot/nodes/0/collectedUtc", "\"2026-11-30T09:15:00.123\"")
        << QStringList{u"nodes[0].collectedUtc"_s, u"ISO-8601"_s};
    QTest::newRow("bad base64") << mutated("/snapshot/nodes/0/evidence/1/output",
                                           "{\"base64\": \"!!not base64\"}")
                                << QStringList{u"nodes[0].evidence[1].output.base64"_s,
                                               u"invalid base64"_s};
    QTest::newRow("base64 without padding")
        << mutated("/snapshot/nodes/0/evidence/1/output", "{\"base64\": \"QQ\"}")
        << QStringList{u"nodes[0].evidence[1].output.base64"_s, u"invalid base64"_s};
    QTest::newRow("base64 with a dangling character")
        << mutated("/snapshot/nodes/0/evidence/1/output", "{\"base64\": \"QUJDR\"}")
        << QStringList{u"nodes[0].evidence[1].output.base64"_s, u"invalid base64"_s};
    QTest::newRow("base64 of wrong type")
        << mutated("/snapshot/nodes/0/evidence/1/output", "{\"base64\": 12}")
        << QStringList{u"nodes[0].evidence[1].output.base64"_s, u"expected a string"_s};
    QTest::newRow("bytes of wrong type")
        << mutated("/snapshot/nodes/0/evidence/0/errorOutput", "[1, 2]")
        << QStringList{u"nodes[0].evidence[0].errorOutput"_s, u"base64"_s};
}

void TestSnapshotJson::badDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, keywords);

    const QString message = messageOf(document);
    QVERIFY2(!message.isEmpty(), "the bad document was accepted");
    for (const QString &keyword : keywords)
        QVERIFY2(message.contains(keyword), qPrintable(u"'%1' not in: %2"_s.arg(keyword, message)));
}

void TestSnapshotJson::errorNamesExactPath()
{
    QCOMPARE(messageOf(mutated("/snapshot/nodes/2/sockets/0/port", "70000")),
             u"nodes[2].sockets[0].port: expected an integer 0-65535"_s);
    QCOMPARE(messageOf(mutated("/snapshot/nodes/2/sshTarget", nullptr)),
             u"nodes[2].sshTarget: missing required field"_s);
    QVERIFY(messageOf("{\"a\":").contains(u"byte"_s));
}

QTEST_GUILESS_MAIN(TestSnapshotJson)
#include "tst_snapshotjson.moc"
