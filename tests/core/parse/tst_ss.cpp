// Tests for core/parse/ss: `ss -H -tulpn` from a namespace with real
// listeners: IPv4, [::] v6-only, "*" dual-stack, v4-mapped, %lo / %eth0 bound
// sockets, link-local with scope, UDP UNCONN, two owners of one socket, process
// names with spaces, quotes, commas and parens, the same as a non-root user
// (no owners), the header form, the pre-4.14 format and garbage.

#include "parse/ss.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

// "tcp [::]:10002 dual scope=eth0 owners=name/pid/fd;..."
QString describe(const ListeningSocket &s)
{
    QString text = toString(s.protocol) + u' ' +
                   (s.address.isV6() ? u'[' + s.address.toString() + u']' : s.address.toString()) +
                   u':' + QString::number(s.port);
    if (s.dualStack)
        text += u" dual"_s;
    if (!s.scopeInterface.isEmpty())
        text += u" scope="_s + s.scopeInterface;
    QStringList owners;
    for (const SocketOwner &o : s.owners)
        owners.append(u"%1/%2/%3"_s.arg(o.processName).arg(o.pid).arg(o.fd));
    if (!owners.isEmpty())
        text += u" owners="_s + owners.join(u';');
    return text;
}

QStringList describeAll(const QList<ListeningSocket> &sockets)
{
    QStringList lines;
    for (const ListeningSocket &s : sockets)
        lines.append(describe(s));
    return lines;
}

} // namespace

class TestSs : public QObject
{
    Q_OBJECT

private slots:
    void rootView();
    void rootSockets_data();
    void rootSockets();
    void nonRootHasNoOwners();
    void headerIsSkipped();
    void lines_data();
    void lines();
    void rejects_data();
    void rejects();
};

void TestSs::rootView()
{
    const QList<ListeningSocket> sockets = parseSs(readFixture(u"ss/listeners-root.txt"_s));
    QCOMPARE(sockets.size(), 19);
    int udp = 0;
    for (const ListeningSocket &s : sockets) {
        udp += s.protocol == Protocol::Udp ? 1 : 0;
        QVERIFY2(!s.owners.isEmpty(), qPrintable(describe(s)));
    }
    QCOMPARE(udp, 6);
}

void TestSs::rootSockets_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("udp on lo") << u"udp 127.0.0.53:53 scope=lo owners=dnsmasq/7/3"_s;
    QTest::newRow("tcp on lo") << u"tcp 127.0.0.53:53 scope=lo owners=dnsmasq/7/4"_s;
    QTest::newRow("udp any on eth0") << u"udp 0.0.0.0:68 scope=eth0 owners=dhclient/8/3"_s;
    QTest::newRow("link-local") << u"udp [fe80::10]:546 scope=eth0 owners=dhclient/8/4"_s;
    QTest::newRow("udp dual") << u"udp [::]:4789 dual owners=avahi-daemon/10/5"_s;
    QTest::newRow("udp v6 only") << u"udp [::]:5353 owners=avahi-daemon/10/4"_s;
    QTest::newRow("udp v4") << u"udp 0.0.0.0:5353 owners=avahi-daemon/10/3"_s;
    QTest::newRow("two owners") << u"tcp 0.0.0.0:8076 owners=ray::IDLE/22/4;raylet/3/4"_s;
    QTest::newRow("two owners again") << u"tcp 0.0.0.0:46571 owners=ray::IDLE/22/3;raylet/3/3"_s;
    QTest::newRow("gcs") << u"tcp 0.0.0.0:6379 owners=gcs_server/2/3"_s;
    QTest::newRow("loopback") << u"tcp 127.0.0.1:8265 owners=python3/4/3"_s;
    QTest::newRow("node ip") << u"tcp 10.30.0.10:52365 owners=python3/4/4"_s;
    QTest::newRow("dual on eth0") << u"tcp [::]:7001 dual scope=eth0 owners=bound-dual/11/3"_s;
    QTest::newRow("mapped") << u"tcp [::ffff:127.0.0.1]:9000 owners=mapped/9/3"_s;
    QTest::newRow("ula") << u"tcp [fd00:30::10]:7002 owners=bound-dual/11/4"_s;
    QTest::newRow("odd name") << u"tcp [::]:10001 dual owners=w \"q\",(x y/6/3"_s;
    QTest::newRow("ray actor") << u"tcp [::]:10002 owners=ray::MyActor.me/5/3"_s;
    QTest::newRow("v6 loopback") << u"tcp [::1]:8000 owners=mapped/9/4"_s;
    QTest::newRow("other user") << u"tcp 0.0.0.0:8000 owners=nobody-srv/12/3"_s;
}

// Each expected socket is found by its "protocol address:port" head.
void TestSs::rootSockets()
{
    QFETCH(QString, expected);
    const QString head = expected.section(u' ', 0, 1);
    const QStringList sockets = describeAll(parseSs(readFixture(u"ss/listeners-root.txt"_s)));
    const QStringList found =
        sockets.filter(QRegularExpression(u"^"_s + QRegularExpression::escape(head) + u"( |$)"_s));
    QCOMPARE(found, QStringList{expected});
}

void TestSs::nonRootHasNoOwners()
{
    const QList<ListeningSocket> sockets = parseSs(readFixture(u"ss/listeners-nobody.txt"_s));
    QCOMPARE(sockets.size(), 19);
    for (const ListeningSocket &s : sockets) {
        if (s.port == 8000 && s.address.isV4())
            QCOMPARE(describe(s), u"tcp 0.0.0.0:8000 owners=nobody-srv/12/3"_s);
        else
            QVERIFY2(s.owners.isEmpty(), qPrintable(describe(s)));
    }
}

void TestSs::headerIsSkipped()
{
    const QList<ListeningSocket> withHeader =
        parseSs(readFixture(u"ss/listeners-with-header.txt"_s));
    const QList<ListeningSocket> plain = parseSs(readFixture(u"ss/listeners-root.txt"_s));
    QCOMPARE(describeAll(withHeader), describeAll(plain));
}

void TestSs::lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("established skipped")
        << QByteArray("tcp ESTAB 0 0 10.0.0.1:22 10.0.0.2:5555 users:((\"sshd\",pid=1,fd=3))\n"
                      "udp ESTAB 0 0 10.0.0.1:5353 10.0.0.2:53\n")
        << QStringList();
    QTest::newRow("old format") << QByteArray(
                                       "tcp LISTEN 0 128 *:22 *:* users:((\"sshd\",pid=9,fd=3))\n"
                                       "tcp LISTEN 0 128 :::22 :::* users:((\"sshd\",pid=9,fd=4))\n"
                                       "udp UNCONN 0 0 fe80::1%eth0:546 :::*\n")
                                << QStringList{u"tcp 0.0.0.0:22 owners=sshd/9/3"_s,
                                               u"tcp [::]:22 owners=sshd/9/4"_s,
                                               u"udp [fe80::1]:546 scope=eth0"_s};
    QTest::newRow("pre-2014 owners")
        << QByteArray("tcp LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:((\"sshd\",1234,3))\n")
        << QStringList{u"tcp 0.0.0.0:22 owners=sshd/1234/3"_s};
    QTest::newRow("name holding the separator")
        << QByteArray(
               "tcp LISTEN 0 1 0.0.0.0:1 0.0.0.0:* users:((\"a\",pid=1,fd=2),(\"b\",pid=3,fd=4))\n")
        << QStringList{u"tcp 0.0.0.0:1 owners=a/1/2;b/3/4"_s};
    QTest::newRow("fake entry inside a name")
        << QByteArray(
               "tcp LISTEN 0 1 0.0.0.0:1 0.0.0.0:* users:((\"x\",pid=1,fd=2x\",pid=5,fd=6))\n")
        << QStringList{u"tcp 0.0.0.0:1 owners=x\",pid=1,fd=2x/5/6"_s};
    QTest::newRow("tabs and CRLF") << QByteArray("udp\tUNCONN\t0\t0\t0.0.0.0:68\t0.0.0.0:*\r\n")
                                   << QStringList{u"udp 0.0.0.0:68"_s};
}

void TestSs::lines()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(parseSs(input)), expected);
}

void TestSs::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("fixture: missing peer")
        << readFixture(u"ss/bad-columns.txt"_s) << 1 << u"expected at least 6 columns, found 5"_s;
    QTest::newRow("bad port")
        << QByteArray(
               "tcp LISTEN 0 1 0.0.0.0:1 0.0.0.0:*\ntcp LISTEN 0 1 0.0.0.0:70000 0.0.0.0:*\n")
        << 2 << u"bad local address '0.0.0.0:70000'"_s;
    QTest::newRow("no port") << QByteArray("tcp LISTEN 0 1 0.0.0.0 0.0.0.0:*\n") << 1
                             << u"no port"_s;
    QTest::newRow("bad address") << QByteArray("tcp LISTEN 0 1 10.0.0.256:80 0.0.0.0:*\n") << 1
                                 << u"bad local address"_s;
    QTest::newRow("v4 in brackets")
        << QByteArray("tcp LISTEN 0 1 [10.0.0.1]:80 0.0.0.0:*\n") << 1 << u"brackets"_s;
    QTest::newRow("netid") << QByteArray("u_str LISTEN 0 1 /run/x 12 * 0\n") << 1
                           << u"unexpected netid"_s;
    QTest::newRow("state") << QByteArray("tcp OPEN 0 1 0.0.0.0:1 0.0.0.0:*\n") << 1
                           << u"unknown state"_s;
    QTest::newRow("queue") << QByteArray("tcp LISTEN x 1 0.0.0.0:1 0.0.0.0:*\n") << 1
                           << u"Recv-Q"_s;
    QTest::newRow("users garbage")
        << QByteArray("tcp LISTEN 0 1 0.0.0.0:1 0.0.0.0:* users:((\"a\",pid=x,fd=1))\n") << 1
        << u"malformed process column"_s;
    QTest::newRow("users truncated")
        << QByteArray("tcp LISTEN 0 1 0.0.0.0:1 0.0.0.0:* users:((\"a\",pid=1,fd=1)\n") << 1
        << u"malformed process column"_s;
    QTest::newRow("other column") << QByteArray("tcp LISTEN 0 1 0.0.0.0:1 0.0.0.0:* ino:1234\n")
                                  << 1 << u"malformed process column"_s;
    QTest::newRow("binary") << QByteArray("tcp\0LISTEN", 10) << 1 << u"NUL"_s;
}

void TestSs::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseSs(input); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
    QVERIFY(error->message().startsWith(u"ss: line "_s));
}

QTEST_GUILESS_MAIN(TestSs)
#include "tst_ss.moc"
