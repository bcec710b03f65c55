// Remediation, proven (ctest label "lab"): on the lab (scenarios/basic.json) the
// firewall commands Portolan proposes for the Ray exposure findings of a node
// are applied as root on that node, the lab is collected and analysed again, and
// then the findings must be gone for that node, the outside zones' probes must
// no longer connect to those ports, and the cluster probe must still reach them.
// Done for an iptables node, an nftables node and the firewall-less head.
// Needs root: skips otherwise.

#include "common/labharness.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace labharness;

namespace {

const QStringList &rayFindingIds()
{
    static const QStringList ids{u"RAY-DASHBOARD-EXPOSED"_s, u"RAY-GCS-EXPOSED"_s,
                                 u"RAY-CLIENT-SERVER-EXPOSED"_s, u"RAY-INTERNAL-PORTS-EXPOSED"_s};
    return ids;
}

bool isFirewallKind(const QString &kind)
{
    return kind == u"iptables" || kind == u"ip6tables" || kind == u"nft";
}

// The Ray findings that name NODE.
QList<QJsonObject> rayFindings(const QJsonObject &analysis, const QString &node)
{
    QList<QJsonObject> out;
    const QJsonArray findings = analysis[u"findings"].toArray();
    for (const QJsonValue &f : findings) {
        if (rayFindingIds().contains(f[u"id"].toString()) &&
            f[u"nodes"].toArray().contains(QJsonValue(node)))
            out << f.toObject();
    }
    return out;
}

// NODE's firewall commands of those findings, in the backend Portolan lists
// first for it (a firewall-less node gets nft first, then iptables: nft only).
QStringList proposedCommands(const QList<QJsonObject> &findings, const QString &node,
                             QString *backend)
{
    QStringList commands;
    for (const QJsonObject &f : findings) {
        const QJsonArray list = f[u"remediation"][u"commands"].toArray();
        for (const QJsonValue &c : list) {
            const QString kind = c[u"kind"].toString();
            if (c[u"node"].toString() != node || !isFirewallKind(kind))
                continue;
            if (backend->isEmpty())
                *backend = kind == u"nft" ? u"nft"_s : u"iptables"_s;
            if ((kind == u"nft") == (*backend == u"nft"))
                commands << c[u"command"].toString();
        }
    }
    return commands;
}

} // namespace

class TstRemediation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void remediationProven_data();
    void remediationProven();

private:
    QJsonObject collectAndAnalyze(const QString &runName);

    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<LabGuard> m_lab;
    QJsonObject m_expected;
    QSet<QString> m_backendsDone;
};

void TstRemediation::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("the lab needs root (network namespaces, iptables, nft): run as root");
    if (!QFileInfo::exists(cliPath()))
        QSKIP("portolan-cli is not built");
    m_stateDir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/portolan-remed-state-XXXXXX"_s);
    m_work = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/portolan-remed-work-XXXXXX"_s);
    QVERIFY(m_stateDir->isValid() && m_work->isValid());
    m_lab = std::make_unique<LabGuard>(m_stateDir->path(), u"tst-remediation-%1"_s.arg(::getpid()));
    const ProcessResult up = m_lab->up(scenarioPath(u"basic.json"_s));
    if (up.exitCode == 2)
        QSKIP(qPrintable(u"the lab cannot run here: "_s + up.err.trimmed()));
    QVERIFY2(up.exitCode == 0, qPrintable(describe(up)));
    m_expected = QJsonDocument::fromJson(fileBytes(m_lab->stateFile(u"expected.json"_s))).object();
}

void TstRemediation::cleanupTestCase()
{
    if (m_lab) {
        const ProcessResult down = m_lab->down();
        m_lab.reset();
        QVERIFY2(down.exitCode == 0, qPrintable(describe(down)));
    }
}

QJsonObject TstRemediation::collectAndAnalyze(const QString &runName)
{
    const QString db = m_work->filePath(runName + u".db"_s);
    const ProcessResult collect =
        m_lab->cli({u"collect"_s, u"--inventory"_s, m_lab->stateFile(u"inventory.json"_s),
                    u"--db"_s, db, u"--known-hosts"_s, m_lab->stateFile(u"known_hosts"_s)});
    if (collect.exitCode != 0) {
        qWarning().noquote() << describe(collect);
        return {};
    }
    const ProcessResult analyze =
        m_lab->cli({u"analyze"_s, u"--db"_s, db, u"--zones"_s, m_lab->stateFile(u"zones.json"_s),
                    u"--format"_s, u"json"_s});
    if (analyze.exitCode != 0 && analyze.exitCode != 3) {
        qWarning().noquote() << describe(analyze);
        return {};
    }
    return QJsonDocument::fromJson(analyze.out.toUtf8()).object();
}

void TstRemediation::remediationProven_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("backend"); // what Portolan must propose first
    QTest::newRow("head (no firewall)") << u"head"_s << u"nft"_s;
    QTest::newRow("worker-nft (nftables)") << u"worker-nft"_s << u"nft"_s;
    QTest::newRow("worker-v6 (iptables-nft)") << u"worker-v6"_s << u"iptables"_s;
}

void TstRemediation::remediationProven()
{
    QFETCH(QString, node);
    QFETCH(QString, backend);

    const QJsonObject before = collectAndAnalyze(u"before-"_s + node);
    QVERIFY2(!before.isEmpty(), "collect/analyze failed (see the warning above)");
    const QList<QJsonObject> findings = rayFindings(before, node);
    QVERIFY2(!findings.isEmpty(),
             qPrintable(u"no Ray exposure finding for %1: nothing to remediate"_s.arg(node)));

    QString proposedBackend;
    const QStringList commands = proposedCommands(findings, node, &proposedBackend);
    QVERIFY2(!commands.isEmpty(), qPrintable(u"no firewall command for "_s + node));
    QCOMPARE(proposedBackend, backend);

    // Exposures those findings are about, on this node.
    QList<QJsonObject> outside; // open from a zone other than the cluster's
    QSet<int> servicePorts;
    for (const QJsonObject &f : findings) {
        const QJsonArray exposures = f[u"exposures"].toArray();
        for (const QJsonValue &e : exposures) {
            if (e[u"node"].toString() != node || e[u"protocol"].toString() != u"tcp")
                continue;
            servicePorts.insert(e[u"servicePort"].toInt());
            if (e[u"zone"].toString() != u"cluster")
                outside << e.toObject();
        }
    }
    QVERIFY2(!outside.isEmpty(), qPrintable(u"findings without outside exposures on "_s + node));

    QStringList applied;
    for (const QString &command : commands) {
        const ProcessResult r = m_lab->exec(node, command);
        applied << command;
        QVERIFY2(r.exitCode == 0, qPrintable(u"proposed command failed on %1: %2\n%3"_s.arg(
                                      node, command, describe(r))));
    }
    qInfo().noquote() << u"applied on %1:\n  %2"_s.arg(node, applied.join(u"\n  "_s));

    const QJsonObject after = collectAndAnalyze(u"after-"_s + node);
    QVERIFY2(!after.isEmpty(), "collect/analyze failed (see the warning above)");
    const QList<QJsonObject> remaining = rayFindings(after, node);
    QStringList remainingText;
    for (const QJsonObject &f : remaining) {
        QStringList exposures;
        const QJsonArray list = f[u"exposures"].toArray();
        for (const QJsonValue &e : list) {
            if (e[u"node"].toString() == node)
                exposures << u"%1 %2:%3 %4"_s.arg(e[u"zone"].toString(), e[u"address"].toString())
                                 .arg(e[u"port"].toInt())
                                 .arg(e[u"verdict"].toString());
        }
        remainingText << f[u"id"].toString() + u": "_s + exposures.join(u", "_s);
    }
    QVERIFY2(remaining.isEmpty(),
             qPrintable(u"findings remain on %1 after its remediation:\n"_s.arg(node) +
                        remainingText.join(u'\n')));

    // Real packets: the outside zones no longer connect, the cluster still does.
    QStringList failures;
    for (const QJsonObject &e : std::as_const(outside)) {
        const QString zone = e[u"zone"].toString();
        const QString address = e[u"address"].toString();
        const int port = e[u"port"].toInt();
        QString error;
        const QJsonArray r = m_lab->probe(zone, address, {port}, &error);
        QVERIFY2(r.size() == 1, qPrintable(error));
        const QString state = r.at(0)[u"state"].toString();
        const bool ok = zone == u"internet" ? state == u"filtered" : state != u"open";
        if (!ok)
            failures
                << u"%1 -> %2:%3 is %4 after remediation"_s.arg(zone, address).arg(port).arg(state);
    }
    QString clusterAddress;
    const QJsonArray nodes = m_expected[u"nodes"].toArray();
    for (const QJsonValue &n : nodes) {
        if (n[u"name"].toString() == node)
            clusterAddress = n[u"addresses"][u"eth1"][0].toString().section(u'/', 0, 0);
    }
    QVERIFY(!clusterAddress.isEmpty());
    QList<int> ports(servicePorts.begin(), servicePorts.end());
    std::sort(ports.begin(), ports.end());
    // And the internet, on every public address of the node, for every port of
    // those findings (not only the exposures it had before).
    for (const QJsonValue &n : nodes) {
        if (n[u"name"].toString() != node)
            continue;
        const QJsonArray publicAddresses = n[u"addresses"][u"eth0"].toArray();
        for (const QJsonValue &cidr : publicAddresses) {
            const QString address = cidr.toString().section(u'/', 0, 0);
            QString probeError;
            const QJsonArray results = m_lab->probe(u"internet"_s, address, ports, &probeError);
            QVERIFY2(results.size() == ports.size(), qPrintable(probeError));
            for (const QJsonValue &r : results) {
                if (r[u"state"].toString() != u"filtered")
                    failures << u"internet -> %1:%2 is %3 after remediation"_s.arg(address)
                                    .arg(r[u"port"].toInt())
                                    .arg(r[u"state"].toString());
            }
        }
    }
    QString error;
    const QJsonArray clusterResults = m_lab->probe(u"cluster"_s, clusterAddress, ports, &error);
    QVERIFY2(clusterResults.size() == ports.size(), qPrintable(error));
    for (const QJsonValue &r : clusterResults) {
        if (r[u"state"].toString() != u"open")
            failures << u"cluster -> %1:%2 is %3 after remediation (the cluster needs it)"_s
                            .arg(clusterAddress)
                            .arg(r[u"port"].toInt())
                            .arg(r[u"state"].toString());
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(failures.join(u'\n') + u"\napplied:\n  "_s + applied.join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(TstRemediation)
#include "tst_remediation.moc"
