// Tests for core/inventory/identitypath: "~/" against $HOME, relative paths
// against the inventory's directory, absolute paths cleaned, and the refusals.

#include "inventory/identitypath.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIdentityPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void resolves_data();
    void resolves();
    void refuses_data();
    void refuses();
    void homeMustBeSet();
    void emptyBaseDirMeansCurrentDir();

private:
    QByteArray m_savedHome;
};

void TestIdentityPath::initTestCase()
{
    m_savedHome = qgetenv("HOME");
    qputenv("HOME", "/home/tester");
}

void TestIdentityPath::cleanupTestCase()
{
    qputenv("HOME", m_savedHome);
}

void TestIdentityPath::resolves_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("home") << u"~/.ssh/id_ed25519"_s << u"/home/tester/.ssh/id_ed25519"_s;
    QTest::newRow("home itself") << u"~"_s << u"/home/tester"_s;
    QTest::newRow("home, cleaned") << u"~/.ssh/../keys//k"_s << u"/home/tester/keys/k"_s;
    QTest::newRow("relative") << u"keys/k.pem"_s << u"/srv/inv/keys/k.pem"_s;
    QTest::newRow("relative with dot") << u"./k"_s << u"/srv/inv/k"_s;
    QTest::newRow("relative parent") << u"../k"_s << u"/srv/k"_s;
    QTest::newRow("absolute") << u"/etc/portolan/k"_s << u"/etc/portolan/k"_s;
    QTest::newRow("absolute, cleaned") << u"/etc//portolan/./k"_s << u"/etc/portolan/k"_s;
    QTest::newRow("tilde inside") << u"keys/~/k"_s << u"/srv/inv/keys/~/k"_s;
    QTest::newRow("spaces are fine in paths") << u"my keys/k 1"_s << u"/srv/inv/my keys/k 1"_s;
}

void TestIdentityPath::resolves()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QString error;
    const auto result = portolan::resolveIdentityPath(path, u"/srv/inv"_s, &error);
    QVERIFY2(result.has_value(), qPrintable(error));
    QCOMPARE(*result, expected);
}

void TestIdentityPath::refuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"the identity file path is empty"_s;
    QTest::newRow("other user's home")
        << u"~bob/.ssh/id"_s << u"\"~bob/.ssh/id\": only \"~/\" is expanded; write the full path"_s;
    QTest::newRow("NUL") << u"k\0ey"_s << u"the identity file path contains a NUL character"_s;
}

void TestIdentityPath::refuses()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!portolan::resolveIdentityPath(path, u"/srv/inv"_s, &message).has_value());
    QCOMPARE(message, error);
}

void TestIdentityPath::homeMustBeSet()
{
    qputenv("HOME", QByteArray());
    QString message;
    const auto result = portolan::resolveIdentityPath(u"~/.ssh/id"_s, u"/srv/inv"_s, &message);
    const auto absolute = portolan::resolveIdentityPath(u"/k"_s, u"/srv/inv"_s, nullptr);
    qputenv("HOME", "/home/tester");
    QVERIFY(!result.has_value());
    QCOMPARE(message, u"cannot expand \"~\" in \"~/.ssh/id\": $HOME is not set"_s);
    QCOMPARE(absolute.value_or(QString()), u"/k"_s);
}

void TestIdentityPath::emptyBaseDirMeansCurrentDir()
{
    const auto result = portolan::resolveIdentityPath(u"k"_s, QString(), nullptr);
    QCOMPARE(result.value_or(QString()), QDir::current().absoluteFilePath(u"k"_s));
}

QTEST_GUILESS_MAIN(TestIdentityPath)
#include "tst_identitypath.moc"
