// RayComponent: stable ids, round trip, translated names and impacts.

#include "analysis/rayservice.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestRayService : public QObject
{
    Q_OBJECT

private slots:
    void ids_data();
    void ids();
    void everyComponentHasTexts();
    void unknownId();
    void rayComponents_data();
    void rayComponents();
};

void TestRayService::ids_data()
{
    QTest::addColumn<RayComponent>("component");
    QTest::addColumn<QString>("id");

    const std::pair<RayComponent, QString> rows[] = {
        {RayComponent::Dashboard, u"ray-dashboard"_s},
        {RayComponent::Gcs, u"ray-gcs"_s},
        {RayComponent::ClientServer, u"ray-client-server"_s},
        {RayComponent::Raylet, u"ray-raylet"_s},
        {RayComponent::ObjectManager, u"ray-object-manager"_s},
        {RayComponent::DashboardAgent, u"ray-dashboard-agent"_s},
        {RayComponent::Metrics, u"ray-metrics"_s},
        {RayComponent::RuntimeEnvAgent, u"ray-runtime-env-agent"_s},
        {RayComponent::ServeHttp, u"ray-serve-http"_s},
        {RayComponent::ServeGrpc, u"ray-serve-grpc"_s},
        {RayComponent::Worker, u"ray-worker"_s},
        {RayComponent::Redis, u"redis"_s},
        {RayComponent::Ssh, u"ssh"_s},
        {RayComponent::Other, u"other"_s},
    };
    for (const auto &[component, id] : rows)
        QTest::newRow(qPrintable(id)) << component << id;
}

void TestRayService::ids()
{
    QFETCH(RayComponent, component);
    QFETCH(QString, id);
    QCOMPARE(toString(component), id);
    const std::optional<RayComponent> parsed = rayComponentFromString(id);
    QVERIFY(parsed);
    QCOMPARE(toString(*parsed), toString(component));
}

void TestRayService::everyComponentHasTexts()
{
    const QList<RayComponent> all = allRayComponents();
    QCOMPARE(all.size(), 14);
    QVERIFY(all.first() == RayComponent::Dashboard);
    QVERIFY(all.last() == RayComponent::Other);
    QSet<QString> ids;
    QSet<QString> names;
    for (RayComponent c : all) {
        ids << toString(c);
        names << displayName(c);
        QVERIFY(!displayName(c).isEmpty());
        QVERIFY(attackerImpact(c).endsWith(u'.'));
    }
    QCOMPARE(ids.size(), all.size());
    QCOMPARE(names.size(), all.size());
    QVERIFY(attackerImpact(RayComponent::Dashboard).contains(u"CVE-2023-48022"_s));
    QVERIFY(attackerImpact(RayComponent::Dashboard).contains(u"Jobs API"_s));
    QVERIFY(attackerImpact(RayComponent::Redis).contains(u"5241590000000000"_s));
}

void TestRayService::unknownId()
{
    QVERIFY(!rayComponentFromString(u"dashboard"_s));
    QVERIFY(!rayComponentFromString(u""_s));
    QVERIFY(!rayComponentFromString(u"RAY-DASHBOARD"_s));
}

void TestRayService::rayComponents_data()
{
    QTest::addColumn<RayComponent>("component");
    QTest::addColumn<bool>("ray");
    QTest::newRow("dashboard") << RayComponent::Dashboard << true;
    QTest::newRow("worker") << RayComponent::Worker << true;
    QTest::newRow("redis") << RayComponent::Redis << true;
    QTest::newRow("ssh") << RayComponent::Ssh << false;
    QTest::newRow("other") << RayComponent::Other << false;
}

void TestRayService::rayComponents()
{
    QFETCH(RayComponent, component);
    QFETCH(bool, ray);
    QCOMPARE(isRayComponent(component), ray);
}

QTEST_GUILESS_MAIN(TestRayService)
#include "tst_rayservice.moc"
