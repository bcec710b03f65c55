// Tests for core/inventory/addresssyntax: hosts, user and node names, jump
// specs, and the security property behind them: nothing accepted can be read
// as a shell word boundary, a shell expansion or an ssh option.

#include "inventory/addresssyntax.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAddressSyntax : public QObject
{
    Q_OBJECT

private slots:
    void validHosts_data();
    void validHosts();
    void invalidHosts_data();
    void invalidHosts();
    void users_data();
    void users();
    void nodeNames_data();
    void nodeNames();
    void jumpSpecs_data();
    void jumpSpecs();
    void invalidJumpSpecs_data();
    void invalidJumpSpecs();
    void hostIdentity();
    void shellMetacharactersAreRejected();
    void acceptedValuesAreShellSafe();
};

void TestAddressSyntax::validHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("short name") << u"head"_s << u"head"_s;
    QTest::newRow("FQDN") << u"ray-head.prod.example.com"_s << u"ray-head.prod.example.com"_s;
    QTest::newRow("FQDN with root dot") << u"head.example.com."_s << u"head.example.com."_s;
    QTest::newRow("case kept") << u"Head.Example"_s << u"Head.Example"_s;
    QTest::newRow("underscore") << u"ray_head.lab"_s << u"ray_head.lab"_s;
    QTest::newRow("digit label") << u"node.10"_s << u"node.10"_s;
    QTest::newRow("starts with digit") << u"1node.example"_s << u"1node.example"_s;
    QTest::newRow("hex-looking word") << u"deadbeef"_s << u"deadbeef"_s;
    QTest::newRow("63-char label") << QString(63, u'a') << QString(63, u'a');
    QTest::newRow("IPv4") << u"10.0.0.1"_s << u"10.0.0.1"_s;
    QTest::newRow("IPv4 with root dot") << u"192.0.2.1."_s << u"192.0.2.1"_s;
    QTest::newRow("IPv6") << u"2001:DB8::0:1"_s << u"2001:db8::1"_s;
    QTest::newRow("IPv6 loopback") << u"::1"_s << u"::1"_s;
    QTest::newRow("IPv6 bracketed") << u"[fd00::1]"_s << u"fd00::1"_s;
    QTest::newRow("IPv6 zone") << u"fe80::1%eth0.100"_s << u"fe80::1%eth0.100"_s;
    QTest::newRow("IPv6 mapped IPv4") << u"::ffff:192.0.2.1"_s << u"::ffff:192.0.2.1"_s;
}

void TestAddressSyntax::validHosts()
{
    QFETCH(QString, host);
    QFETCH(QString, normalized);
    QString error;
    const auto result = portolan::normalizeHost(host, &error);
    QVERIFY2(result.has_value(), qPrintable(error));
    QCOMPARE(*result, normalized);
}

void TestAddressSyntax::invalidHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"the host is empty"_s;
    QTest::newRow("option") << u"-oProxyCommand=id"_s
                            << u"\"-oProxyCommand=id\" must not start with \"-\""_s;
    QTest::newRow("lone dash") << u"-"_s << u"must not start with \"-\""_s;
    QTest::newRow("space") << u"a b"_s
                           << u"\"a b\" is not a hostname or IP address: a space is not allowed"_s;
    QTest::newRow("leading space") << u" a"_s << u"a space is not allowed"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"U+0009 is not allowed"_s;
    QTest::newRow("NUL") << u"a\0b"_s << u"U+0000 is not allowed"_s;
    QTest::newRow("slash") << u"a/b"_s << u"\"/\" is not allowed"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\",\" is not allowed"_s;
    QTest::newRow("IDN") << u"bücher.example"_s << u"\"ü\" is not allowed"_s;
    QTest::newRow("host:port") << u"a.example:22"_s << u"give the port in \"port\""_s;
    QTest::newRow("IPv4:port") << u"10.0.0.1:22"_s << u"give the port in \"port\""_s;
    QTest::newRow("empty label") << u"a..b"_s << u"it has an empty label"_s;
    QTest::newRow("leading dot") << u".a"_s << u"it has an empty label"_s;
    QTest::newRow("only a dot") << u"."_s << u"empty label"_s;
    QTest::newRow("label ends with -") << u"a-.b"_s << u"a label starts or ends with \"-\""_s;
    QTest::newRow("label starts with -") << u"a.-b"_s << u"a label starts or ends with \"-\""_s;
    QTest::newRow("64-char label") << QString(64, u'a') << u"longer than 63 characters"_s;
    QTest::newRow("254 characters")
        << (QString(60, u'a') + u"."_s).repeated(4) + u"abcdefghijklmnopq"_s
        << u"longer than 253 characters"_s;
    QTest::newRow("three octets") << u"10.0.1"_s << u"is not a valid IP address"_s;
    QTest::newRow("one number") << u"167772161"_s << u"is not a valid IP address"_s;
    QTest::newRow("octal") << u"010.0.0.1"_s << u"leading zero"_s;
    QTest::newRow("octet above 255") << u"10.0.0.256"_s << u"is not a valid IP address"_s;
    QTest::newRow("five numbers") << u"1.2.3.4.5"_s << u"is not a valid IP address"_s;
    QTest::newRow("hex") << u"0x7f.0.0.1"_s << u"write IPv4 addresses as a dotted quad"_s;
    QTest::newRow("bad IPv6") << u"fd00:::1"_s << u"is not a hostname or IP address"_s;
    QTest::newRow("IPv6 with a zone and a space") << u"fe80::1%eth 0"_s << u"interface name"_s;
    QTest::newRow("IPv6 zone option") << u"fe80::1%-x"_s << u"interface name"_s;
    QTest::newRow("IPv6 empty zone") << u"fe80::1%"_s << u"interface name"_s;
    QTest::newRow("unclosed bracket") << u"[fd00::1"_s << u"without a closing \"]\""_s;
    QTest::newRow("empty brackets") << u"[]"_s << u"without a closing \"]\""_s;
    QTest::newRow("bracketed IPv4") << u"[10.0.0.1]"_s << u"not an IPv6 address"_s;
    QTest::newRow("bracketed name") << u"[head]"_s << u"is not a hostname or IP address"_s;
    QTest::newRow("bracket with port") << u"[fd00::1]:22"_s << u"give the port in \"port\""_s;
}

void TestAddressSyntax::invalidHosts()
{
    QFETCH(QString, host);
    QFETCH(QString, error);
    QString message;
    const auto result = portolan::normalizeHost(host, &message);
    QVERIFY2(!result.has_value(), qPrintable(result.value_or(QString())));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!portolan::normalizeHost(host, nullptr).has_value()); // no error sink needed
}

void TestAddressSyntax::users_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("error"); // empty: valid

    QTest::newRow("root") << u"root"_s << QString();
    QTest::newRow("dotted") << u"first.last"_s << QString();
    QTest::newRow("service") << u"svc_ray-audit"_s << QString();
    QTest::newRow("digits") << u"1000"_s << QString();
    QTest::newRow("64 chars") << QString(64, u'u') << QString();
    QTest::newRow("65 chars") << QString(65, u'u') << u"longer than 64 characters"_s;
    QTest::newRow("empty") << QString() << u"the user name is empty"_s;
    QTest::newRow("option") << u"-oProxyCommand=x"_s << u"must not start with \"-\""_s;
    QTest::newRow("at") << u"a@b"_s << u"\"@\" is not allowed"_s;
    QTest::newRow("space") << u"a b"_s << u"a space is not allowed"_s;
    QTest::newRow("dollar") << u"$USER"_s << u"\"$\" is not allowed"_s;
    QTest::newRow("colon") << u"a:b"_s << u"\":\" is not allowed"_s;
    QTest::newRow("non-ASCII") << u"jörg"_s << u"\"ö\" is not allowed"_s;
}

void TestAddressSyntax::users()
{
    QFETCH(QString, user);
    QFETCH(QString, error);
    QString message;
    const bool valid = portolan::isValidUser(user, &message);
    QCOMPARE(valid, error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestAddressSyntax::nodeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error"); // empty: valid

    QTest::newRow("head") << u"head"_s << QString();
    QTest::newRow("worker-1") << u"worker-1"_s << QString();
    QTest::newRow("fqdn") << u"w1.lab.example"_s << QString();
    QTest::newRow("IPv6 host") << u"fe80::1%eth0"_s << QString();
    QTest::newRow("digit") << u"1"_s << QString();
    QTest::newRow("empty") << QString() << u"the node name is empty"_s;
    QTest::newRow("dash") << u"-x"_s << u"must not start with \"-\""_s;
    QTest::newRow("dot") << u".x"_s << u"must not start with \".\""_s;
    QTest::newRow("space") << u"head node"_s << u"a space is not allowed"_s;
    QTest::newRow("slash") << u"../etc"_s << u"must not start with \".\""_s;
    QTest::newRow("path") << u"a/b"_s << u"\"/\" is not allowed"_s;
    QTest::newRow("quote") << u"a\"b"_s << u"\"\"\" is not allowed"_s;
    QTest::newRow("too long") << QString(254, u'n') << u"longer than 253 characters"_s;
}

void TestAddressSyntax::nodeNames()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    QString message;
    const bool valid = portolan::isValidNodeName(name, &message);
    QCOMPARE(valid, error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestAddressSyntax::jumpSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: none given

    QTest::newRow("host") << u"gate"_s << QString() << u"gate"_s << 0;
    QTest::newRow("host:port") << u"gate.example:2200"_s << QString() << u"gate.example"_s << 2200;
    QTest::newRow("user@host") << u"ops@gate"_s << u"ops"_s << u"gate"_s << 0;
    QTest::newRow("user@host:port") << u"ops@gate:1"_s << u"ops"_s << u"gate"_s << 1;
    QTest::newRow("IPv4:port") << u"192.0.2.7:65535"_s << QString() << u"192.0.2.7"_s << 65535;
    QTest::newRow("[v6]") << u"[2001:db8::1]"_s << QString() << u"2001:db8::1"_s << 0;
    QTest::newRow("[v6]:port") << u"[2001:DB8::1]:22"_s << QString() << u"2001:db8::1"_s << 22;
    QTest::newRow("user@[v6]:port") << u"a@[fd00::2]:2222"_s << u"a"_s << u"fd00::2"_s << 2222;
    QTest::newRow("bare v6") << u"fd00::2"_s << QString() << u"fd00::2"_s << 0;
    QTest::newRow("user@bare v6") << u"a@fd00::2"_s << u"a"_s << u"fd00::2"_s << 0;
    QTest::newRow("[v6%zone]:port")
        << u"[fe80::1%eth0]:22"_s << QString() << u"fe80::1%eth0"_s << 22;
}

void TestAddressSyntax::jumpSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString error;
    const auto result = portolan::parseJumpSpec(spec, &error);
    QVERIFY2(result.has_value(), qPrintable(error));
    QCOMPARE(result->user, user);
    QCOMPARE(result->host, host);
    QCOMPARE(result->port.value_or(0), port);
}

void TestAddressSyntax::invalidJumpSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"the host is empty"_s;
    QTest::newRow("option") << u"-J"_s << u"must not start with \"-\""_s;
    QTest::newRow("user option") << u"-l@gate"_s << u"must not start with \"-\""_s;
    QTest::newRow("empty user") << u"@gate"_s << u"the user name is empty"_s;
    QTest::newRow("empty host") << u"ops@"_s << u"the host is empty"_s;
    QTest::newRow("two @") << u"a@b@c"_s << u"more than one \"@\""_s;
    QTest::newRow("port 0") << u"gate:0"_s << u"\"0\" is not a port (1-65535)"_s;
    QTest::newRow("port too big") << u"gate:65536"_s << u"\"65536\" is not a port"_s;
    QTest::newRow("port huge") << u"gate:4294967318"_s << u"is not a port"_s;
    QTest::newRow("port empty") << u"gate:"_s << u"\"\" is not a port"_s;
    QTest::newRow("port sign") << u"gate:+22"_s << u"is not a port"_s;
    QTest::newRow("port name") << u"gate:ssh"_s << u"\"ssh\" is not a port"_s;
    QTest::newRow("text after ]") << u"[fd00::1]x"_s << u"expected \":port\" after \"]\""_s;
    QTest::newRow("unclosed [") << u"[fd00::1:22"_s << u"without a closing \"]\""_s;
    QTest::newRow("space") << u"gate 2"_s << u"a space is not allowed"_s;
    QTest::newRow("command") << u"gate;id"_s << u"\";\" is not allowed"_s;
    QTest::newRow("proxy command") << u"gate -W %h:%p"_s << u"is not allowed"_s;
    QTest::newRow("user with space") << u"a b@gate"_s << u"\"a b\" is not a user name"_s;
}

void TestAddressSyntax::invalidJumpSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!portolan::parseJumpSpec(spec, &message).has_value());
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestAddressSyntax::hostIdentity()
{
    QCOMPARE(portolan::hostIdentity(u"Head.Example."_s), u"head.example"_s);
    QCOMPARE(portolan::hostIdentity(u"head.example"_s), u"head.example"_s);
    QCOMPARE(portolan::hostIdentity(u"fd00::1"_s), u"fd00::1"_s);
}

void TestAddressSyntax::shellMetacharactersAreRejected()
{
    const QString metacharacters = u" \t\n\r;&|`$()<>'\"\\*?[]{}!#~=,/@^"_s;
    for (const QChar c : metacharacters) {
        const QString inside = u"a"_s + c + u"b"_s;
        QVERIFY2(!portolan::normalizeHost(inside, nullptr), qPrintable(inside));
        QVERIFY2(!portolan::isValidUser(inside, nullptr), qPrintable(inside));
        QVERIFY2(!portolan::isValidNodeName(inside, nullptr), qPrintable(inside));
        QVERIFY2(!portolan::parseJumpSpec(u"u@"_s + inside + u":22"_s, nullptr),
                 qPrintable(inside));
    }
}

void TestAddressSyntax::acceptedValuesAreShellSafe()
{
    // Random strings over an alphabet rich in troublemakers: whatever is
    // accepted consists of safe characters only and never starts with '-'.
    static const QRegularExpression safeHost(u"^[A-Za-z0-9._:%][A-Za-z0-9._:%-]*$"_s);
    static const QRegularExpression safeUser(u"^[A-Za-z0-9._][A-Za-z0-9._-]*$"_s);
    const QString alphabet = u"ab0.9:-_%[]@ ;$`'\"\\|&()<>\n\t*?~!#=,/x1f"_s;
    QRandomGenerator random(20240229);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = random.bounded(1, 12);
        for (int i = 0; i < length; ++i)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        if (const auto host = portolan::normalizeHost(text, nullptr)) {
            ++accepted;
            QVERIFY2(safeHost.match(*host).hasMatch(), qPrintable(text));
        }
        if (portolan::isValidUser(text, nullptr))
            QVERIFY2(safeUser.match(text).hasMatch(), qPrintable(text));
        if (const auto jump = portolan::parseJumpSpec(text, nullptr)) {
            QVERIFY2(safeHost.match(jump->host).hasMatch(), qPrintable(text));
            QVERIFY2(jump->user.isEmpty() || safeUser.match(jump->user).hasMatch(),
                     qPrintable(text));
        }
    }
    QVERIFY(accepted > 0); // the generator does produce valid hosts
}

QTEST_GUILESS_MAIN(TestAddressSyntax)
#include "tst_addresssyntax.moc"
