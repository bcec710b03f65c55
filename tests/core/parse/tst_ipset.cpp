// Tests for core/parse/ipset: `ipset save` with hash:ip (timeouts, comments),
// hash:net (nomatch), hash:ip,port, IPv6, an empty set and list:set; the old
// -N/-A spelling; malformed input.

#include "parse/ipset.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestIpset : public QObject
{
    Q_OBJECT

private slots:
    void fixture();
    void sets_data();
    void sets();
    void oldSyntax();
    void rejects_data();
    void rejects();
};

void TestIpset::fixture()
{
    const QList<IpSet> sets = parseIpsetSave(readFixture(u"ipset/ipset-save.txt"_s));
    QStringList names;
    for (const IpSet &set : sets)
        names.append(set.name + u' ' + set.type);
    QCOMPARE(names, QStringList({u"ray_nodes hash:ip"_s, u"ray_nets hash:net"_s,
                                 u"ray_ports hash:ip,port"_s, u"ray_nets6 hash:net"_s,
                                 u"empty_set hash:ip"_s, u"all_ray list:set"_s}));
}

void TestIpset::sets_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("optionsStart");
    QTest::addColumn<QStringList>("members");
    QTest::newRow("timeouts and comment")
        << 0
        << u"family inet hashsize 1024 maxelem 65536 timeout 600 comment bucketsize 12 initval 0x"_s
        << QStringList{u"10.0.0.5 timeout 299 comment \"head node\""_s, u"10.0.0.6 timeout 599"_s};
    QTest::newRow("nomatch") << 1 << u"family inet hashsize 1024"_s
                             << QStringList{u"10.0.0.0/8"_s, u"10.66.0.0/16 nomatch"_s};
    QTest::newRow("ip,port") << 2 << u"family inet "_s
                             << QStringList{u"10.0.0.5,tcp:8265"_s, u"10.0.0.5,udp:53"_s};
    QTest::newRow("v6") << 3 << u"family inet6 "_s << QStringList{u"fd00::/8"_s};
    QTest::newRow("empty") << 4 << u"family inet "_s << QStringList();
    QTest::newRow("list") << 5 << u"size 8"_s << QStringList{u"ray_nets"_s, u"ray_nodes"_s};
}

void TestIpset::sets()
{
    QFETCH(int, index);
    QFETCH(QString, optionsStart);
    QFETCH(QStringList, members);
    const QList<IpSet> sets = parseIpsetSave(readFixture(u"ipset/ipset-save.txt"_s));
    QVERIFY2(sets[index].options.startsWith(optionsStart), qPrintable(sets[index].options));
    QStringList actual = sets[index].members; // hash order: compare sorted
    actual.sort();
    QCOMPARE(actual, members);
}

void TestIpset::oldSyntax()
{
    const QList<IpSet> sets = parseIpsetSave("-N old iphash --hashsize 1024\n-A old 10.1.1.1\n\n");
    QCOMPARE(sets.size(), 1);
    QCOMPARE(sets[0].type, u"iphash"_s);
    QCOMPARE(sets[0].options, u"--hashsize 1024"_s);
    QCOMPARE(sets[0].members, QStringList{u"10.1.1.1"_s});
}

void TestIpset::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("fixture: add first")
        << readFixture(u"ipset/bad-add-before-create.txt"_s) << 1 << u"unknown set 'ray_nodes'"_s;
    QTest::newRow("bad type") << QByteArray("create x haship\n") << 1 << u"bad set type"_s;
    QTest::newRow("short create") << QByteArray("create x\n") << 1 << u"needs a set name"_s;
    QTest::newRow("short add") << QByteArray("create x hash:ip\nadd x\n") << 2
                               << u"needs a set name and an element"_s;
    QTest::newRow("twice") << QByteArray("create x hash:ip\ncreate x hash:net\n") << 2
                           << u"created twice"_s;
    QTest::newRow("garbage") << QByteArray("create x hash:ip\nflush x\n") << 2
                             << u"unexpected line 'flush x'"_s;
}

void TestIpset::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseIpsetSave(input); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestIpset)
#include "tst_ipset.moc"
