// Tests for core/inventory/nodesettings: reading the login keys of one level
// (defaults or a node), overlaying a node on the defaults key by key, and
// filling an InventoryNode (port 22, jump user = node user).

#include "inventory/nodesettings.h"
#include "inventory/yamldocument.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using portolan::DocValue;
using portolan::FieldReader;
using portolan::InventoryNode;
using portolan::NodeSettings;

namespace {

const FieldReader kReader(u"s.yaml"_s);

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const portolan::Error &error) {
        return error.message();
    }
    return {};
}

NodeSettings read(const QByteArray &yaml, const QString &path = u"nodes[0]"_s)
{
    const DocValue map = portolan::parseYamlDocument(yaml, kReader);
    return portolan::readNodeSettings(map, path, kReader, u"/inv"_s);
}

} // namespace

class TestNodeSettings : public QObject
{
    Q_OBJECT

private slots:
    void knownKeys();
    void nothingGivenIsNothingSet();
    void readsEveryKey();
    void jumpForms();
    void jumpNullIsExplicit();
    void overlayIsKeyByKey();
    void applyFillsDefaults();
    void applyJumpTakesTheNodeUser();
    void errorsNameTheField();
};

void TestNodeSettings::knownKeys()
{
    QCOMPARE(portolan::nodeSettingsKeys(),
             (QStringList{u"user"_s, u"port"_s, u"identity_file"_s, u"identity_files"_s, u"sudo"_s,
                          u"jump"_s}));
}

void TestNodeSettings::nothingGivenIsNothingSet()
{
    const NodeSettings settings = read("host: a\n");
    QVERIFY(!settings.user && !settings.port && !settings.identityFiles && !settings.sudo &&
            !settings.jump);
}

void TestNodeSettings::readsEveryKey()
{
    const NodeSettings settings =
        read("user: ops\nport: 2222\nsudo: false\nidentity_files: [a, /b]\njump: g:2200\n");
    QCOMPARE(settings.user.value_or(QString()), u"ops"_s);
    QCOMPARE(settings.port.value_or(0), 2222);
    QCOMPARE(settings.sudo.value_or(true), false);
    QCOMPARE(settings.identityFiles.value_or(QStringList()), (QStringList{u"/inv/a"_s, u"/b"_s}));
    QVERIFY(settings.jump && *settings.jump);
    QCOMPARE((*settings.jump)->host, u"g"_s);
    QCOMPARE((*settings.jump)->port.value_or(0), 2200);

    const NodeSettings single = read("identity_file: k\n");
    QCOMPARE(single.identityFiles.value_or(QStringList()), QStringList{u"/inv/k"_s});
}

void TestNodeSettings::jumpForms()
{
    const NodeSettings text = read("jump: u@[fd00::1]:2\n");
    QCOMPARE((*text.jump)->user, u"u"_s);
    QCOMPARE((*text.jump)->host, u"fd00::1"_s);
    const NodeSettings map = read("jump:\n  host: g.example\n  user: u\n");
    QCOMPARE((*map.jump)->host, u"g.example"_s);
    QCOMPARE((*map.jump)->user, u"u"_s);
    QVERIFY(!(*map.jump)->port);
}

void TestNodeSettings::jumpNullIsExplicit()
{
    for (const QByteArray &yaml :
         {QByteArray("jump: null\n"), QByteArray("jump:\n"), QByteArray("jump: ~\n")}) {
        const NodeSettings settings = read(yaml);
        QVERIFY(settings.jump.has_value());   // given...
        QVERIFY(!settings.jump->has_value()); // ...as "none"
    }
}

void TestNodeSettings::overlayIsKeyByKey()
{
    const NodeSettings defaults =
        read("user: ops\nport: 2222\nsudo: true\nidentity_file: /d\njump: g\n");
    const NodeSettings node = read("user: root\njump: null\nidentity_files: []\n");
    const NodeSettings merged = portolan::overlay(defaults, node);
    QCOMPARE(merged.user.value_or(QString()), u"root"_s);
    QCOMPARE(merged.port.value_or(0), 2222);
    QCOMPARE(merged.sudo.value_or(false), true);
    QCOMPARE(merged.identityFiles.value_or(QStringList{u"x"_s}), QStringList());
    QVERIFY(merged.jump && !*merged.jump);

    const NodeSettings untouched = portolan::overlay(defaults, NodeSettings());
    QCOMPARE(untouched.user, defaults.user);
    QVERIFY(untouched.jump && *untouched.jump);
}

void TestNodeSettings::applyFillsDefaults()
{
    InventoryNode node;
    node.host = u"h"_s;
    node.sudo = true; // overwritten
    portolan::applySettings(NodeSettings(), node);
    QCOMPARE(node.port, 22);
    QCOMPARE(node.user, QString());
    QCOMPARE(node.sudo, false);
    QVERIFY(node.identityFiles.isEmpty());
    QVERIFY(!node.jump);
}

void TestNodeSettings::applyJumpTakesTheNodeUser()
{
    InventoryNode node;
    portolan::applySettings(read("user: alice\njump: gate\n"), node);
    QVERIFY(node.jump);
    QCOMPARE(node.jump->user, u"alice"_s);
    QCOMPARE(node.jump->port, 22);
    portolan::applySettings(read("user: alice\njump: bob@gate:2\n"), node);
    QCOMPARE(node.jump->user, u"bob"_s);
    QCOMPARE(node.jump->port, 2);
    portolan::applySettings(read("jump: gate\n"), node);
    QCOMPARE(node.jump->user, QString()); // the collector's local login, as for the node
}

void TestNodeSettings::errorsNameTheField()
{
    QCOMPARE(errorOf([] { read("port: 0\n", u"defaults"_s); }),
             u"s.yaml:1: defaults.port: 0 is not a port (1-65535)"_s);
    QCOMPARE(errorOf([] { read("a: 1\nuser: \"-x\"\n"); }),
             u"s.yaml:2: nodes[0].user: \"-x\" must not start with \"-\""_s);
    QCOMPARE(errorOf([] { read("identity_files: [a, [b]]\n"); }),
             u"s.yaml:1: nodes[0].identity_files[1]: must be a string, not a list"_s);
    QCOMPARE(errorOf([] { read("jump: {port: 1}\n"); }),
             u"s.yaml:1: nodes[0].jump: missing \"host\""_s);
    QCOMPARE(errorOf([] { read("jump: {host: \"a;b\"}\n"); }),
             u"s.yaml:1: nodes[0].jump.host: \"a;b\" is not a hostname or IP address: \";\" is "
             u"not allowed"_s);
    QCOMPARE(errorOf([] { read("jump: {host: g, user: \"a b\"}\n"); }),
             u"s.yaml:1: nodes[0].jump.user: \"a b\" is not a user name: a space is not allowed"_s);
    // A YAML number is readable as a jump host text, and then refused as one.
    QVERIFY(errorOf([] { read("jump: 22\n"); }).startsWith(u"s.yaml:1: nodes[0].jump: "_s));
    QCOMPARE(errorOf([] { read("sudo: 1\n"); }),
             u"s.yaml:1: nodes[0].sudo: 1 is not a boolean (true or false)"_s);
}

QTEST_GUILESS_MAIN(TestNodeSettings)
#include "tst_nodesettings.moc"
