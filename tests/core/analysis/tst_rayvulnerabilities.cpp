// Ray version ordering (PEP 440) and the versioned CVE table.

#include "analysis/rayversioncompare.h"
#include "analysis/rayvulnerabilities.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString statusName(VulnerabilityStatus status)
{
    switch (status) {
    case VulnerabilityStatus::Affected:
        return u"affected"_s;
    case VulnerabilityStatus::NoFixedVersion:
        return u"no-fix"_s;
    case VulnerabilityStatus::VersionUnknown:
        break;
    }
    return u"unknown"_s;
}

// "CVE-2023-6019:affected" per entry, in table order.
QStringList summary(const QList<RayVulnerability> &list)
{
    QStringList items;
    for (const RayVulnerability &v : list)
        items << v.id + u':' + statusName(v.status);
    return items;
}

} // namespace

class TestRayVulnerabilities : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void notAVersion_data();
    void notAVersion();
    void atLeast_data();
    void atLeast();
    void table();
    void forVersion_data();
    void forVersion();
};

void TestRayVulnerabilities::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");

    QTest::newRow("equal") << u"2.9.3"_s << u"2.9.3"_s << 0;
    QTest::newRow("numeric, not text") << u"2.10.0"_s << u"2.9.3"_s << 1;
    QTest::newRow("patch") << u"2.9.3"_s << u"2.9.10"_s << -1;
    QTest::newRow("trailing zero") << u"2.9"_s << u"2.9.0"_s << 0;
    QTest::newRow("major") << u"3.0.0"_s << u"2.54.0"_s << 1;
    QTest::newRow("rc before release") << u"2.52.0rc1"_s << u"2.52.0"_s << -1;
    QTest::newRow("rc after previous") << u"2.52.0rc1"_s << u"2.51.1"_s << 1;
    QTest::newRow("rc1 < rc2") << u"2.52.0rc1"_s << u"2.52.0rc2"_s << -1;
    QTest::newRow("a < b < rc") << u"2.52.0a1"_s << u"2.52.0b1"_s << -1;
    QTest::newRow("b < rc") << u"2.52.0b3"_s << u"2.52.0rc1"_s << -1;
    QTest::newRow("dev before release") << u"3.0.0.dev0"_s << u"3.0.0"_s << -1;
    QTest::newRow("dev before pre-release") << u"3.0.0.dev0"_s << u"3.0.0a1"_s << -1;
    QTest::newRow("dev after previous") << u"3.0.0.dev0"_s << u"2.54.0"_s << 1;
    QTest::newRow("rc dev before rc") << u"2.52.0rc1.dev0"_s << u"2.52.0rc1"_s << -1;
    QTest::newRow("post after release") << u"2.9.3.post1"_s << u"2.9.3"_s << 1;
    QTest::newRow("post before next") << u"2.9.3.post1"_s << u"2.9.4"_s << -1;
    QTest::newRow("local label ignored") << u"2.9.3+cpu"_s << u"2.9.3"_s << 0;
    QTest::newRow("v prefix") << u"v2.9.3"_s << u"2.9.3"_s << 0;
    QTest::newRow("spelled-out pre") << u"2.52.0-RC.1"_s << u"2.52.0rc1"_s << 0;
}

void TestRayVulnerabilities::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const std::optional<int> ab = compareRayVersions(a, b);
    const std::optional<int> ba = compareRayVersions(b, a);
    QVERIFY(ab && ba);
    QCOMPARE((*ab > 0) - (*ab < 0), sign);
    QCOMPARE((*ba > 0) - (*ba < 0), -sign);
}

void TestRayVulnerabilities::notAVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << u"unknown"_s;
    QTest::newRow("nightly") << u"nightly"_s;
    QTest::newRow("garbage suffix") << u"2.9.3-beta-x"_s;
    QTest::newRow("dots only") << u"2..9"_s;
}

void TestRayVulnerabilities::notAVersion()
{
    QFETCH(QString, text);
    QVERIFY(!compareRayVersions(text, u"2.9.3"_s));
    QVERIFY(!compareRayVersions(u"2.9.3"_s, text));
    QVERIFY(isVersionAtLeast(text, u"2.52.0"_s) == VersionAnswer::Unknown);
}

void TestRayVulnerabilities::atLeast_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("answer");
    QTest::newRow("equal") << u"2.52.0"_s << int(VersionAnswer::Yes);
    QTest::newRow("newer") << u"2.53.1"_s << int(VersionAnswer::Yes);
    QTest::newRow("older") << u"2.9.3"_s << int(VersionAnswer::No);
    QTest::newRow("rc of it") << u"2.52.0rc1"_s << int(VersionAnswer::No);
    QTest::newRow("empty") << QString() << int(VersionAnswer::Unknown);
}

void TestRayVulnerabilities::atLeast()
{
    QFETCH(QString, version);
    QFETCH(int, answer);
    QCOMPARE(int(isVersionAtLeast(version, u"2.52.0"_s)), answer);
}

void TestRayVulnerabilities::table()
{
    const QList<RayVulnerability> all = rayVulnerabilityTable();
    QStringList ids;
    for (const RayVulnerability &v : all) {
        ids << v.id + u'@' + (v.fixedIn.isEmpty() ? u"none"_s : v.fixedIn);
        QVERIFY(!v.title.isEmpty());
        QVERIFY(!v.note.isEmpty());
        if (!v.fixedIn.isEmpty())
            QVERIFY(compareRayVersions(v.fixedIn, u"0"_s));
    }
    QCOMPARE(ids, (QStringList{u"CVE-2023-48022@none"_s, u"CVE-2023-6019@2.8.1"_s,
                               u"CVE-2023-6020@2.8.1"_s, u"CVE-2023-6021@2.8.1"_s,
                               u"CVE-2023-48023@2.8.1"_s, u"CVE-2025-1979@2.43.0"_s,
                               u"CVE-2025-62593@2.52.0"_s, u"CVE-2026-27482@2.54.0"_s}));
    QVERIFY(all.at(0).disputed);
    QVERIFY(all.at(4).disputed);
    QVERIFY(!all.at(1).disputed);
    QCOMPARE(statusName(all.at(0).status), u"no-fix"_s);
    QVERIFY(all.at(0).note.contains(u"RAY_AUTH_MODE=token"_s));
    QVERIFY(all.at(0).note.contains(u"2.52.0"_s));
}

void TestRayVulnerabilities::forVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("expected");

    const QString shadow = u"CVE-2023-48022:no-fix"_s;
    QTest::newRow("2.8.0") << u"2.8.0"_s
                           << QStringList{shadow,
                                          u"CVE-2023-6019:affected"_s,
                                          u"CVE-2023-6020:affected"_s,
                                          u"CVE-2023-6021:affected"_s,
                                          u"CVE-2023-48023:affected"_s,
                                          u"CVE-2025-1979:affected"_s,
                                          u"CVE-2025-62593:affected"_s,
                                          u"CVE-2026-27482:affected"_s};
    QTest::newRow("2.8.1 fixes the 2023 ones")
        << u"2.8.1"_s
        << QStringList{shadow, u"CVE-2025-1979:affected"_s, u"CVE-2025-62593:affected"_s,
                       u"CVE-2026-27482:affected"_s};
    QTest::newRow("2.9.3 (lab)") << u"2.9.3"_s
                                 << QStringList{shadow, u"CVE-2025-1979:affected"_s,
                                                u"CVE-2025-62593:affected"_s,
                                                u"CVE-2026-27482:affected"_s};
    QTest::newRow("2.10.0 is newer than 2.9.3, still old")
        << u"2.10.0"_s
        << QStringList{shadow, u"CVE-2025-1979:affected"_s, u"CVE-2025-62593:affected"_s,
                       u"CVE-2026-27482:affected"_s};
    QTest::newRow("2.43.0") << u"2.43.0"_s
                            << QStringList{shadow, u"CVE-2025-62593:affected"_s,
                                           u"CVE-2026-27482:affected"_s};
    QTest::newRow("2.52.0rc1 is not 2.52.0")
        << u"2.52.0rc1"_s
        << QStringList{shadow, u"CVE-2025-62593:affected"_s, u"CVE-2026-27482:affected"_s};
    QTest::newRow("2.52.0 (lab)") << u"2.52.0"_s
                                  << QStringList{shadow, u"CVE-2026-27482:affected"_s};
    QTest::newRow("2.54.0") << u"2.54.0"_s << QStringList{shadow};
    QTest::newRow("3.0.0.dev0") << u"3.0.0.dev0"_s << QStringList{shadow};
    QTest::newRow("unknown is never safe") << QString()
                                           << QStringList{shadow,
                                                          u"CVE-2023-6019:unknown"_s,
                                                          u"CVE-2023-6020:unknown"_s,
                                                          u"CVE-2023-6021:unknown"_s,
                                                          u"CVE-2023-48023:unknown"_s,
                                                          u"CVE-2025-1979:unknown"_s,
                                                          u"CVE-2025-62593:unknown"_s,
                                                          u"CVE-2026-27482:unknown"_s};
    QTest::newRow("garbage is unknown too") << u"nightly"_s
                                            << QStringList{shadow,
                                                           u"CVE-2023-6019:unknown"_s,
                                                           u"CVE-2023-6020:unknown"_s,
                                                           u"CVE-2023-6021:unknown"_s,
                                                           u"CVE-2023-48023:unknown"_s,
                                                           u"CVE-2025-1979:unknown"_s,
                                                           u"CVE-2025-62593:unknown"_s,
                                                           u"CVE-2026-27482:unknown"_s};
}

void TestRayVulnerabilities::forVersion()
{
    QFETCH(QString, version);
    QFETCH(QStringList, expected);
    QCOMPARE(summary(vulnerabilitiesFor(version)), expected);
}

QTEST_GUILESS_MAIN(TestRayVulnerabilities)
#include "tst_rayvulnerabilities.moc"
