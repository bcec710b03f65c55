// Tests for core/parse/environ: a real /proc/PID/environ of a Ray stand-in and
// the "environ" command's dump: only RAY_* names are kept, secrets redacted,
// the public default Redis password kept; malformed dumps are rejected.

#include "model/process.h"
#include "parse/environ.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

Environment expectedRayletEnvironment()
{
    return {
        {u"RAY_ADDRESS"_s, u"10.0.0.1:6379"_s},
        {u"RAY_AUTH_MODE"_s, u"token"_s},
        {u"RAY_AUTH_TOKEN"_s, kRedacted.toString()},
        {u"RAY_REDIS_PASSWORD"_s, u"5241590000000000"_s},
        {u"RAY_USE_TLS"_s, u"1"_s},
        {u"RAY_TLS_SERVER_CERT"_s, u"/etc/ray/tls/server.crt"_s},
        {u"RAY_TLS_SERVER_KEY"_s, kRedacted.toString()},
        {u"RAY_TLS_CA_CERT"_s, u"/etc/ray/tls/ca.crt"_s},
        {u"RAY_gcs_rpc_server_reconnect_timeout_s"_s, u"60"_s},
        {u"RAY_object_store_secret_thing"_s, kRedacted.toString()},
    };
}

} // namespace

class TestEnviron : public QObject
{
    Q_OBJECT

private slots:
    void rawEnviron();
    void dump();
    void secretNames_data();
    void secretNames();
    void rawEntries_data();
    void rawEntries();
    void rejects_data();
    void rejects();
};

void TestEnviron::rawEnviron()
{
    const QByteArray raw = readFixture(u"environ/raylet.environ"_s);
    QVERIFY(raw.contains("fake-token-not-a-secret")); // the fixture really holds the secret
    QCOMPARE(parseEnviron(raw), expectedRayletEnvironment());
}

void TestEnviron::dump()
{
    const QMap<qint64, Environment> processes =
        parseEnvironDump(readFixture(u"environ/environ-dump.txt"_s));
    QCOMPARE(processes.keys(), QList<qint64>({15, 16, 17, 18}));
    QCOMPARE(processes[15], expectedRayletEnvironment());
    QCOMPARE(processes[16], expectedRayletEnvironment());
    QCOMPARE(processes[17], Environment({{u"RAY_ADDRESS"_s, u"auto"_s}}));
    QCOMPARE(processes[18], Environment({{u"RAY_JOB_ID"_s, u"01000000"_s}}));
}

void TestEnviron::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("kept");
    const QString r = kRedacted.toString();
    QTest::newRow("token") << u"RAY_AUTH_TOKEN"_s << u"abc"_s << r;
    QTest::newRow("token path") << u"RAY_AUTH_TOKEN_PATH"_s << u"/x"_s << r;
    QTest::newRow("lower case") << u"RAY_redis_password"_s << u"pw"_s << r;
    QTest::newRow("default password")
        << u"RAY_REDIS_PASSWORD"_s << u"5241590000000000"_s << u"5241590000000000"_s;
    QTest::newRow("default value, token name") << u"RAY_AUTH_TOKEN"_s << u"5241590000000000"_s << r;
    QTest::newRow("passwd") << u"RAY_PASSWD"_s << u"x"_s << r;
    QTest::newRow("credential") << u"RAY_S3_CREDENTIALS"_s << u"x"_s << r;
    QTest::newRow("key") << u"RAY_TLS_SERVER_KEY"_s << u"/k.pem"_s << r;
    QTest::newRow("plain") << u"RAY_ADDRESS"_s << u"auto"_s << u"auto"_s;
    QTest::newRow("auth mode") << u"RAY_AUTH_MODE"_s << u"token"_s << u"token"_s;
}

void TestEnviron::secretNames()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, kept);
    QCOMPARE(redactedValue(name, value), kept);
}

void TestEnviron::rawEntries_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Environment>("expected");
    QTest::newRow("empty") << QByteArray() << Environment();
    QTest::newRow("no trailing NUL") << QByteArray("RAY_A=1\0RAY_B=x=y", 17)
                                     << Environment({{u"RAY_A"_s, u"1"_s}, {u"RAY_B"_s, u"x=y"_s}});
    QTest::newRow("prefix only and no =")
        << QByteArray("RAY_=1\0RAY_X\0RAYX=2\0ray_a=3\0RAY_Y=\0", 34)
        << Environment({{u"RAY_Y"_s, QString()}});
    QTest::newRow("newline in value")
        << QByteArray("RAY_A=a\nb\0", 10) << Environment({{u"RAY_A"_s, u"a\nb"_s}});
}

void TestEnviron::rawEntries()
{
    QFETCH(QByteArray, raw);
    QFETCH(Environment, expected);
    QCOMPARE(parseEnviron(raw), expected);
}

void TestEnviron::rejects_data()
{
    QTest::addColumn<QByteArray>("dump");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("before pid") << QByteArray("RAY_A=1\n@@pid 3\n") << 1 << u"before the first"_s;
    QTest::newRow("bad pid") << QByteArray("@@pid 3\nRAY_A=1\n@@pid x\n") << 3 << u"bad pid"_s;
    QTest::newRow("no =") << QByteArray("@@pid 3\nRAY_A\n") << 2 << u"expected NAME=VALUE"_s;
    QTest::newRow("raw given") << QByteArray("RAY_A=1\0", 8) << 1 << u"NUL"_s;
}

void TestEnviron::rejects()
{
    QFETCH(QByteArray, dump);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseEnvironDump(dump); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));

    const auto rawError = parseErrorOf([] { parseEnviron("RAY_A=1\nRAY_B=2\n"); });
    QVERIFY(rawError);
    QVERIFY(rawError->message().contains(u"not NUL-separated"_s));
}

QTEST_GUILESS_MAIN(TestEnviron)
#include "tst_environ.moc"
