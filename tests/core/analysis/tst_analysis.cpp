// analyzeSnapshot on the real evidence of the lab's basic scenario: the
// findings an ops engineer must get for that cluster, and the risk score.

#include "analysis/analysis.h"

#include "common/labfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const AnalysisResult &labResult()
{
    static const AnalysisResult result = analyzeSnapshot(
        test::labSnapshot(),
        loadZones(QStringLiteral(PORTOLAN_FIXTURES_DIR "/collect/lab-basic-zones.json")));
    return result;
}

const Finding *find(const QString &id, const QString &node)
{
    for (const Finding &f : labResult().findings) {
        if (f.id == id && f.nodes.contains(node))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("severity"); // empty: the finding must be absent

        QTest::newRow("head dashboard") << u"RAY-DASHBOARD-EXPOSED"_s << u"head"_s << u"critical"_s;
        QTest::newRow("head gcs") << u"RAY-GCS-EXPOSED"_s << u"head"_s << u"critical"_s;
        QTest::newRow("head client")
            << u"RAY-CLIENT-SERVER-EXPOSED"_s << u"head"_s << u"critical"_s;
        QTest::newRow("head internal") << u"RAY-INTERNAL-PORTS-EXPOSED"_s << u"head"_s << u"high"_s;
        QTest::newRow("head metrics") << u"RAY-METRICS-EXPOSED"_s << u"head"_s << u"medium"_s;
        QTest::newRow("head no firewall") << u"NO-FIREWALL-PUBLIC"_s << u"head"_s << u"high"_s;
        QTest::newRow("head no token") << u"RAY-NO-TOKEN-AUTH"_s << u"head"_s << u"high"_s;
        QTest::newRow("head outdated") << u"RAY-OUTDATED"_s << u"head"_s << u"high"_s;
        QTest::newRow("head ssh") << u"SSH-INTERNET-EXPOSED"_s << u"head"_s << u"medium"_s;
        QTest::newRow("v6 dashboard via redirect and IPv6")
            << u"RAY-DASHBOARD-EXPOSED"_s << u"worker-v6"_s << u"critical"_s;
        QTest::newRow("v6 gap") << u"IPV6-GAP"_s << u"worker-v6"_s << u"high"_s;
        QTest::newRow("fw closed to outsiders")
            << u"RAY-INTERNAL-PORTS-EXPOSED"_s << u"worker-fw"_s << QString();
        QTest::newRow("nft internal zone admitted by its set")
            << u"RAY-INTERNAL-PORTS-EXPOSED"_s << u"worker-nft"_s << u"medium"_s;
        QTest::newRow("nft token auth in force")
            << u"RAY-NO-TOKEN-AUTH"_s << u"worker-nft"_s << QString();
        QTest::newRow("nft 2.52 still outdated")
            << u"RAY-OUTDATED"_s << u"worker-nft"_s << u"high"_s;
        QTest::newRow("legacy unreadable firewall")
            << u"FIREWALL-UNVERIFIED"_s << u"worker-legacy"_s << u"medium"_s;
        QTest::newRow("legacy exposure only uncertain")
            << u"RAY-INTERNAL-PORTS-EXPOSED"_s << u"worker-legacy"_s << u"medium"_s; // one below
    }

    void findings()
    {
        QFETCH(QString, id);
        QFETCH(QString, node);
        QFETCH(QString, severity);
        const Finding *f = find(id, node);
        if (severity.isEmpty()) {
            QVERIFY2(!f, qPrintable(id + u" should not be reported for "_s + node));
            return;
        }
        QVERIFY2(f, qPrintable(id + u" missing for "_s + node));
        QCOMPARE(toString(f->severity), severity);
        QVERIFY(!f->title.isEmpty());
        QVERIFY(!f->risk.isEmpty());
        QVERIFY(!f->remediation.text.isEmpty());
    }

    void uncertainExposureSaysSo()
    {
        const Finding *f = find(u"RAY-INTERNAL-PORTS-EXPOSED"_s, u"worker-legacy"_s);
        QVERIFY(f);
        QVERIFY(f->title.contains(u"uncertain"_s));
        for (const Exposure &e : f->exposures)
            QCOMPARE(toString(e.verdict), u"uncertain"_s);
    }

    void remediationKeepsTheClusterIn()
    {
        const Finding *f = find(u"RAY-GCS-EXPOSED"_s, u"head"_s);
        QVERIFY(f);
        bool allowsCluster = false;
        bool dropsOthers = false;
        for (const RemediationCommand &c : f->remediation.commands) {
            QCOMPARE(c.node.isEmpty(), c.kind == u"kubernetes"_s);
            allowsCluster = allowsCluster || (c.command.contains(u"10.77.0.0/24"_s) &&
                                              c.command.contains(u"6379"_s));
            dropsOthers = dropsOthers || (c.command.contains(u"6379"_s) &&
                                          c.command.contains(u"drop"_s, Qt::CaseInsensitive));
        }
        QVERIFY(allowsCluster);
        QVERIFY(dropsOthers);
    }

    void findingsAreOrderedBySeverity()
    {
        const QList<Finding> &findings = labResult().findings;
        for (qsizetype i = 1; i < findings.size(); ++i)
            QVERIFY(findings.at(i - 1).severity >= findings.at(i).severity);
    }

    void riskScore_data()
    {
        QTest::addColumn<QList<int>>("severities");
        QTest::addColumn<int>("score");
        QTest::newRow("none") << QList<int>{} << 0;
        QTest::newRow("info only") << QList<int>{int(Severity::Info)} << 0;
        QTest::newRow("one critical") << QList<int>{int(Severity::Critical)} << 50;
        QTest::newRow("two critical")
            << QList<int>{int(Severity::Critical), int(Severity::Critical)} << 75;
        QTest::newRow("high and medium")
            << QList<int>{int(Severity::High), int(Severity::Medium)} << 32;
    }

    void riskScore()
    {
        QFETCH(QList<int>, severities);
        QFETCH(int, score);
        QList<Finding> findings;
        for (int s : severities) {
            Finding f;
            f.severity = Severity(s);
            findings << f;
        }
        QCOMPARE(portolan::riskScore(findings), score);
    }

    void labRiskIsHigh()
    {
        QVERIFY(labResult().riskScore >= 90);
        QVERIFY(labResult().riskScore < 100);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
