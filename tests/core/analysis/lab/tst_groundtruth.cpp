// Ground truth for the analysis (ctest label "lab"): a lab (scenarios/basic.json,
// then scenarios/groundtruth.json, each its own lab) is collected and analysed by portolan-cli with
// the lab's zones, then every (zone, node, reached address, listening TCP port accepting it, plus
// entry ports Portolan reports, e.g. DNAT/REDIRECT) is probed with a real TCP connect from the
// zone's probe namespace. Portolan's verdict for the probe's source must match what the packet did.
// Needs root: skips otherwise.

#include "common/labharness.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace labharness;

namespace {

// A listening socket from the lab's ground truth accepts ADDRESS?
bool acceptsAddress(const QJsonObject &socket, const QString &address)
{
    const QString bind = socket[u"bind"].toString();
    const bool v4 = !address.contains(u':');
    if (bind == u"0.0.0.0")
        return v4;
    if (bind == u"::" || bind == u"*")
        return !v4 || socket[u"dual_stack"].toBool() ||
               (bind == u"*" && socket[u"family"].toString() == u"inet");
    return sameIp(bind, address);
}

QString decidingRules(const QJsonObject &exposure)
{
    QStringList rules;
    const QJsonArray path = exposure[u"path"].toArray();
    for (const QJsonValue &step : path) {
        if (step[u"step"].toString() == u"rule")
            rules << u"%1/%2 %3 [%4]"_s.arg(step[u"table"].toString(), step[u"chain"].toString(),
                                            step[u"text"].toString(), step[u"effect"].toString());
    }
    if (exposure.contains(u"uncertainty"))
        rules << u"uncertain: "_s + exposure[u"uncertainty"].toString();
    return rules.isEmpty() ? u"(no rule: policy/none)"_s : rules.join(u" ; ");
}

} // namespace

class TstGroundTruth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probesMatchVerdicts_data();
    void probesMatchVerdicts();
};

void TstGroundTruth::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("the lab needs root (network namespaces, iptables, nft): run as root");
    if (!QFileInfo::exists(cliPath()))
        QSKIP("portolan-cli is not built");
}

void TstGroundTruth::probesMatchVerdicts_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("basic") << u"basic.json"_s;
    QTest::newRow("groundtruth") << u"groundtruth.json"_s;
}

void TstGroundTruth::probesMatchVerdicts()
{
    QFETCH(QString, scenario);
    const QTemporaryDir stateDir(QDir::tempPath() + u"/portolan-gt-state-XXXXXX"_s);
    const QTemporaryDir work(QDir::tempPath() + u"/portolan-gt-work-XXXXXX"_s);
    QVERIFY(stateDir.isValid() && work.isValid());
    // Declared after the directories: the lab goes down before they are removed.
    LabGuard lab(stateDir.path(), u"tst-groundtruth-%1"_s.arg(::getpid()));
    const ProcessResult up = lab.up(scenarioPath(scenario));
    if (up.exitCode == 2)
        QSKIP(qPrintable(u"the lab cannot run here: "_s + up.err.trimmed()));
    QVERIFY2(up.exitCode == 0, qPrintable(describe(up)));

    const QString db = work.filePath(u"gt.db"_s);
    const ProcessResult collect =
        lab.cli({u"collect"_s, u"--inventory"_s, lab.stateFile(u"inventory.json"_s), u"--db"_s, db,
                 u"--known-hosts"_s, lab.stateFile(u"known_hosts"_s)});
    QVERIFY2(collect.exitCode == 0, qPrintable(describe(collect)));
    const ProcessResult analyze =
        lab.cli({u"analyze"_s, u"--db"_s, db, u"--zones"_s, lab.stateFile(u"zones.json"_s),
                 u"--format"_s, u"json"_s});
    QVERIFY2(analyze.exitCode == 0 || analyze.exitCode == 3, qPrintable(describe(analyze)));
    const QJsonObject analysis = QJsonDocument::fromJson(analyze.out.toUtf8()).object();
    const QJsonArray exposures = analysis[u"exposures"].toArray();
    QVERIFY2(!exposures.isEmpty(), qPrintable(describe(analyze)));

    const QJsonObject expected =
        QJsonDocument::fromJson(fileBytes(lab.stateFile(u"expected.json"_s))).object();
    const QJsonArray zones = QJsonDocument::fromJson(fileBytes(lab.stateFile(u"zones.json"_s)))
                                 .object()[u"zones"]
                                 .toArray();
    QVERIFY(!zones.isEmpty());

    QStringList table;
    int agreements = 0;
    int disagreements = 0;
    int unknowable = 0; // uncertain where the firewall could not be read ("??")
    std::map<std::tuple<QString, QString, QString>, int> counts; // zone, probe, verdict
    for (const QJsonValue &zoneValue : zones) {
        const QString zone = zoneValue[u"name"].toString();
        const QJsonArray reaches = zoneValue[u"reaches"].toArray();
        const QJsonArray nodes = expected[u"nodes"].toArray();
        for (const QJsonValue &nodeValue : nodes) {
            const QString node = nodeValue[u"name"].toString();
            // Without sudo the collector cannot read the firewall: the only
            // right verdict there is uncertain (DESIGN: never a silent guess).
            const bool unreadable = !nodeValue[u"sudo"].toBool(true) &&
                                    !nodeValue[u"firewall"][u"applied"].toObject().isEmpty();
            const QJsonObject addresses = nodeValue[u"addresses"].toObject();
            for (auto it = addresses.begin(); it != addresses.end(); ++it) {
                const QJsonArray cidrs = it.value().toArray();
                for (const QJsonValue &cidr : cidrs) {
                    const QString address = cidr.toString().section(u'/', 0, 0);
                    if (!inAnyCidr(address, reaches))
                        continue;
                    // Ports: listening TCP sockets that accept the address, and
                    // every entry port Portolan reports there (DNAT / REDIRECT).
                    QMap<int, QString> ports; // port -> service (ground truth)
                    const QJsonArray sockets = nodeValue[u"sockets"].toArray();
                    for (const QJsonValue &s : sockets) {
                        if (s[u"proto"].toString() == u"tcp" &&
                            acceptsAddress(s.toObject(), address))
                            ports.insert(s[u"port"].toInt(), s[u"service"].toString());
                    }
                    for (const QJsonValue &e : exposures) {
                        if (e[u"zone"].toString() == zone && e[u"node"].toString() == node &&
                            sameIp(e[u"address"].toString(), address) &&
                            e[u"protocol"].toString() == u"tcp" &&
                            !ports.contains(e[u"port"].toInt()))
                            ports.insert(e[u"port"].toInt(),
                                         e[u"service"].toString() + u" (entry port)"_s);
                    }
                    if (ports.isEmpty())
                        continue;
                    QString error;
                    const QJsonArray results = lab.probe(zone, address, ports.keys(), &error);
                    QVERIFY2(results.size() == ports.size(), qPrintable(error));
                    for (const QJsonValue &r : results) {
                        const int port = r[u"port"].toInt();
                        const QString state = r[u"state"].toString();
                        const QString source = r[u"source"].toString();
                        QJsonObject match;
                        for (const QJsonValue &e : exposures) {
                            if (e[u"zone"].toString() == zone && e[u"node"].toString() == node &&
                                sameIp(e[u"address"].toString(), address) &&
                                e[u"protocol"].toString() == u"tcp" && e[u"port"].toInt() == port &&
                                inAnyCidr(source, e[u"sources"].toArray())) {
                                match = e.toObject();
                                break;
                            }
                        }
                        const QString verdict =
                            match.isEmpty() ? u"(none)"_s : match[u"verdict"].toString();
                        bool agree = false;
                        if (unreadable)
                            agree = verdict == u"uncertain"; // it cannot know: never a guess
                        else if (state == u"open")
                            agree = verdict == u"open";
                        else if (state == u"filtered")
                            agree = verdict == u"filtered";
                        else if (state == u"closed")
                            agree = verdict == u"filtered"; // REJECT; a listener is there
                        ++counts[{zone, state, verdict}];
                        const QString row =
                            u"%1 %2 %3 %4 %5 %6 %7 %8"_s
                                .arg(agree ? (unreadable ? u"  ?? "_s : u"  ok "_s) : u"DIFF "_s,
                                     zone.leftJustified(8), node.leftJustified(13),
                                     address.leftJustified(15))
                                .arg(port, 5)
                                .arg(ports.value(port).leftJustified(20), state.leftJustified(8),
                                     verdict.leftJustified(9)) +
                            (match.isEmpty() ? QString() : u" "_s + decidingRules(match));
                        table << row;
                        if (agree && unreadable) {
                            ++unknowable;
                        } else if (agree) {
                            ++agreements;
                        } else {
                            ++disagreements;
                        }
                    }
                }
            }
        }
    }
    QStringList summary;
    for (const auto &[key, n] : counts)
        summary << u"  %1 probe=%2 portolan=%3: %4"_s
                       .arg(std::get<0>(key), std::get<1>(key), std::get<2>(key))
                       .arg(n);
    const QString report =
        u"ground truth: %1 probes, %2 agree, %3 uncertain as they must be (firewall "
        u"unreadable), %4 disagree\n%5\n%6"_s.arg(agreements + unknowable + disagreements)
            .arg(agreements)
            .arg(unknowable)
            .arg(disagreements)
            .arg(summary.join(u'\n'), table.join(u'\n'));
    qInfo().noquote() << report;
    QVERIFY2(agreements > 0, "nothing was probed");
    QVERIFY2(disagreements == 0, qPrintable(report));
}

QTEST_GUILESS_MAIN(TstGroundTruth)
#include "tst_groundtruth.moc"
