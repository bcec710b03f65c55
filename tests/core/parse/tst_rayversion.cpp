// Tests for core/parse/rayversion: the "ray-version" command on a node with a
// running Ray 2.9.3 venv, an old Ray 1.13 install and a KubeRay-style
// anaconda Ray 2.52.1; a node without Ray; the line helpers; bad lines.

#include "parse/rayversion.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestRayVersion : public QObject
{
    Q_OBJECT

private slots:
    void installed();
    void none();
    void onlyInstalled();
    void pythonLines_data();
    void pythonLines();
    void distInfo_data();
    void distInfo();
    void rejects_data();
    void rejects();
};

void TestRayVersion::installed()
{
    const RayVersionInfo info = parseRayVersion(readFixture(u"ray/version-installed.txt"_s));
    QCOMPARE(info.version, u"2.9.3"_s);
    QCOMPARE(info.packages,
             QList<RayPackage>(
                 {{u"/opt/ray-venv/lib/python3.10/site-packages/ray"_s, true, u"2.9.3"_s},
                  {u"/usr/local/lib/python3.11/dist-packages/ray"_s, false, u"1.13.0"_s},
                  {u"/home/ray/anaconda3/lib/python3.9/site-packages/ray"_s, false, u"2.52.1"_s}}));
}

void TestRayVersion::none()
{
    const RayVersionInfo info = parseRayVersion(readFixture(u"ray/version-none.txt"_s));
    QVERIFY(info.version.isEmpty());
    QVERIFY(info.packages.isEmpty());
}

void TestRayVersion::onlyInstalled()
{
    const QByteArray output = "package installed /srv/env/lib/python3.8/site-packages/ray\n"
                              "init-py __version__ = \"2.3.1\"\n"
                              "dist-info ray-2.3.0.dist-info\n"
                              "package installed /x/ray\n"
                              "init-py from ray._version import version as __version__\n";
    const RayVersionInfo info = parseRayVersion(output);
    QCOMPARE(info.version, u"2.3.1"_s); // __init__.py outranks the dist-info name
    QCOMPARE(info.packages.size(), 2);
    QVERIFY(info.packages[1].version.isEmpty());
}

void TestRayVersion::pythonLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("version");
    QTest::newRow("double") << u"__version__ = \"2.9.3\""_s << u"2.9.3"_s;
    QTest::newRow("single") << u"version = '2.52.1'"_s << u"2.52.1"_s;
    QTest::newRow("dev") << u"version = \"3.0.0.dev0\""_s << u"3.0.0.dev0"_s;
    QTest::newRow("rc, tight") << u"__version__=\"2.10.0rc1\"  # comment"_s << u"2.10.0rc1"_s;
    QTest::newRow("import") << u"from ray._version import version as __version__"_s << QString();
    QTest::newRow("not a version") << u"version = \"{{RAY_VERSION}}\""_s << QString();
    QTest::newRow("other name") << u"commit = \"abc\""_s << QString();
}

void TestRayVersion::pythonLines()
{
    QFETCH(QString, line);
    QFETCH(QString, version);
    QCOMPARE(rayVersionFromPythonLine(line).value_or(QString()), version);
}

void TestRayVersion::distInfo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::newRow("name") << u"ray-2.9.3.dist-info"_s << u"2.9.3"_s;
    QTest::newRow("path") << u"/usr/lib/python3/dist-packages/ray-2.9.3.dist-info/"_s << u"2.9.3"_s;
    QTest::newRow("other package") << u"xray-1.0.dist-info"_s << QString();
    QTest::newRow("egg") << u"ray-2.9.3.egg-info"_s << QString();
    QTest::newRow("garbage version") << u"ray-abc.dist-info"_s << QString();
}

void TestRayVersion::distInfo()
{
    QFETCH(QString, name);
    QFETCH(QString, version);
    QCOMPARE(rayVersionFromDistInfo(name).value_or(QString()), version);
}

void TestRayVersion::rejects_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("no package") << QByteArray("version-py version = \"1.0\"\n") << 1
                                << u"before any package"_s;
    QTest::newRow("bad kind") << QByteArray("package maybe /x/ray\n") << 1 << u"bad package line"_s;
    QTest::newRow("no dir") << QByteArray("package running\n") << 1 << u"bad package line"_s;
    QTest::newRow("unknown") << QByteArray("package running /x/ray\nhello\n") << 2
                             << u"unexpected line"_s;
    QTest::newRow("bad dist-info")
        << QByteArray("package running /x/ray\ndist-info numpy-1.0.dist-info\n") << 2
        << u"bad dist-info name"_s;
}

void TestRayVersion::rejects()
{
    QFETCH(QByteArray, output);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseRayVersion(output); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->source(), u"ray-version"_s);
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestRayVersion)
#include "tst_rayversion.moc"
