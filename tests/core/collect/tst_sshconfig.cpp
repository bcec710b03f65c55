#include "collect/sshconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestSshConfig : public QObject
{
    Q_OBJECT

private slots:
    void parseProxyJumpCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");

        QTest::newRow("full") << u"ssh -l bob -p 2200 -W '[%h]:%p' bastion.example"_s << true
                              << u"bastion.example"_s << 2200 << u"bob"_s;
        QTest::newRow("host only")
            << u"ssh -W '[%h]:%p' jump"_s << true << u"jump"_s << 0 << QString();
        QTest::newRow("other proxy command")
            << u"nc -X connect -x proxy:3128 %h %p"_s << false << QString() << 0 << QString();
        QTest::newRow("multi-hop")
            << u"ssh -J a -W '[%h]:%p' b"_s << false << QString() << 0 << QString();
        QTest::newRow("no forwarding")
            << u"ssh -l bob jump"_s << false << QString() << 0 << QString();
        QTest::newRow("bad port") << u"ssh -p 99999 -W '[%h]:%p' jump"_s << false << QString() << 0
                                  << QString();
    }

    void parseProxyJumpCommand()
    {
        QFETCH(QString, command);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        const std::optional<ProxyJumpSpec> spec = portolan::parseProxyJumpCommand(command);
        QCOMPARE(spec.has_value(), valid);
        if (valid) {
            QCOMPARE(spec->host, host);
            QCOMPARE(spec->port, port);
            QCOMPARE(spec->user, user);
        }
    }

    // Real libssh config parsing of a real file: HostName, Port and ProxyJump.
    void resolveHostFromConfig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Host head\n"
                   "  HostName 10.77.0.11\n"
                   "  Port 2222\n"
                   "  ProxyJump ops@bastion.example:2200\n"
                   "Host plain\n"
                   "  HostName 192.0.2.7\n");
        file.close();

        const ResolvedHost head = resolveHost(u"head"_s, path);
        QCOMPARE(head.hostName, u"10.77.0.11"_s);
        QCOMPARE(head.port, 2222);
        QVERIFY(head.proxyJump);
        QCOMPARE(head.proxyJump->host, u"bastion.example"_s);
        QCOMPARE(head.proxyJump->port, 2200);
        QCOMPARE(head.proxyJump->user, u"ops"_s);

        const ResolvedHost plain = resolveHost(u"plain"_s, path);
        QCOMPARE(plain.hostName, u"192.0.2.7"_s);
        QCOMPARE(plain.port, 0);
        QVERIFY(!plain.proxyJump);

        const ResolvedHost other = resolveHost(u"elsewhere"_s, path);
        QCOMPARE(other.hostName, u"elsewhere"_s);
        QVERIFY(!other.proxyJump);
    }

    void missingConfigChangesNothing()
    {
        QTemporaryDir dir;
        const ResolvedHost r = resolveHost(u"node"_s, dir.filePath(u"absent"_s));
        QCOMPARE(r.hostName, u"node"_s);
        QCOMPARE(r.port, 0);
        QVERIFY(!r.proxyJump);
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
