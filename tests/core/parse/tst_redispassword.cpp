// Tests for core/parse/redispassword: telling Ray's public default Redis
// password from any other on command lines and in the environment, and
// redacting every other password (including ones with spaces).

#include "model/process.h"
#include "parse/redispassword.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestRedisPassword : public QObject
{
    Q_OBJECT

private slots:
    void use_data();
    void use();
    void environment_data();
    void environment();
};

void TestRedisPassword::use_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<int>("use");
    QTest::addColumn<QString>("redacted");
    const auto none = int(RedisPasswordUse::None);
    const auto def = int(RedisPasswordUse::Default);
    const auto custom = int(RedisPasswordUse::Custom);
    QTest::newRow("none") << u"raylet --head"_s << none << u"raylet --head"_s;
    QTest::newRow("default, dash") << u"ray start --redis-password=5241590000000000"_s << def
                                   << u"ray start --redis-password=5241590000000000"_s;
    QTest::newRow("default, underscore")
        << u"gcs_server --redis_password=5241590000000000 --x"_s << def
        << u"gcs_server --redis_password=5241590000000000 --x"_s;
    QTest::newRow("default, spaced")
        << u"ray start --redis-password 5241590000000000 --head"_s << def
        << u"ray start --redis-password 5241590000000000 --head"_s;
    QTest::newRow("custom") << u"gcs_server --redis_password=s3cret --port=1"_s << custom
                            << u"gcs_server --redis_password=<redacted> --port=1"_s;
    QTest::newRow("custom spaced") << u"ray start --redis-password s3cret"_s << custom
                                   << u"ray start --redis-password <redacted>"_s;
    QTest::newRow("password with spaces") << u"x --redis-password=a b c --head"_s << custom
                                          << u"x --redis-password=<redacted> --head"_s;
    QTest::newRow("default as suffix") << u"x --redis-password=pw5241590000000000"_s << custom
                                       << u"x --redis-password=<redacted>"_s;
    QTest::newRow("already redacted")
        << u"x --redis_password=<redacted>"_s << custom << u"x --redis_password=<redacted>"_s;
    QTest::newRow("empty") << u"x --redis-password="_s << none << u"x --redis-password="_s;
    QTest::newRow("default wins")
        << u"a --redis-password=x b --redis_password=5241590000000000"_s << def
        << u"a --redis-password=<redacted> --redis_password=5241590000000000"_s;
    QTest::newRow("other option") << u"x --redis-password-file=/p"_s << none
                                  << u"x --redis-password-file=/p"_s;
    QTest::newRow("trailing option") << u"x --redis-password"_s << none << u"x --redis-password"_s;
}

void TestRedisPassword::use()
{
    QFETCH(QString, commandLine);
    QFETCH(int, use);
    QFETCH(QString, redacted);
    QCOMPARE(int(redisPasswordUse(commandLine)), use);
    QCOMPARE(redactRedisPasswords(commandLine), redacted);
    QCOMPARE(int(redisPasswordUse(redactRedisPasswords(commandLine))), use);
}

void TestRedisPassword::environment_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("use");
    QTest::newRow("default") << u"RAY_REDIS_PASSWORD"_s << u"5241590000000000"_s
                             << int(RedisPasswordUse::Default);
    QTest::newRow("redacted") << u"RAY_REDIS_PASSWORD"_s << kRedacted.toString()
                              << int(RedisPasswordUse::Custom);
    QTest::newRow("other name") << u"RAY_ADDRESS"_s << u"5241590000000000"_s
                                << int(RedisPasswordUse::None);
}

void TestRedisPassword::environment()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, use);
    QCOMPARE(int(redisPasswordUse(QMap<QString, QString>{{name, value}})), use);
}

QTEST_GUILESS_MAIN(TestRedisPassword)
#include "tst_redispassword.moc"
