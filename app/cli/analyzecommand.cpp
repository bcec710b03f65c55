// portolan-cli analyze: exposures and findings of one stored snapshot, as text
// for people or as the JSON of DESIGN.md for automation. With --fail-on it
// exits 3 when a finding is at or above that severity, so CI pipelines can gate
// on it. Never changes the database.

#include "cliargs.h"
#include "clicommand.h"
#include "clioutput.h"
#include "clistore.h"

#include "analysis/analysis.h"
#include "analysis/analysisjson.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace portolan::cli {
namespace {

QString exposureLine(const Exposure &e)
{
    const QString where =
        e.address.isV6() ? u'[' + e.address.toString() + u']' : e.address.toString();
    QString line = CliTr::tr("%1 %2 %3:%4/%5 %6 from %7: %8")
                       .arg(e.zone, e.node, where)
                       .arg(e.port)
                       .arg(toString(e.protocol), toString(e.service), describeSources(e.sources),
                            toString(e.verdict));
    if (e.servicePort != e.port)
        line += CliTr::tr(" (forwarded to port %1)").arg(e.servicePort);
    return line;
}

QString formatText(const Snapshot &snapshot, const AnalysisResult &result)
{
    QString out;
    out += CliTr::tr("Snapshot %1 \"%2\" (%3), %4 nodes — risk score %5/100\n")
               .arg(snapshot.id)
               .arg(snapshot.label, snapshot.createdUtc.toUTC().toString(Qt::ISODate))
               .arg(snapshot.nodes.size())
               .arg(result.riskScore);
    out += u'\n';
    if (result.findings.isEmpty())
        out += CliTr::tr("No findings.\n");
    for (const Finding &f : result.findings) {
        out += u"[%1] %2 — %3 (%4)\n"_s.arg(toString(f.severity).toUpper(), f.id, f.title,
                                            f.nodes.join(u", "));
        out += u"    "_s + f.risk + u'\n';
        for (const Exposure &e : f.exposures) {
            out += u"    - "_s + exposureLine(e) + u'\n';
            for (const RuleStep &r : e.rules)
                out += CliTr::tr("        %1 %2 %3 line %4: %5 → %6\n")
                           .arg(r.backend, r.table, r.chain)
                           .arg(r.line)
                           .arg(r.text, r.effect);
            if (!e.uncertainty.isEmpty())
                out += CliTr::tr("        uncertain: %1\n").arg(e.uncertainty);
        }
        for (const QString &line : f.evidence)
            out += u"    * "_s + line + u'\n';
        out += CliTr::tr("    Fix: %1\n").arg(f.remediation.text);
        for (const RemediationCommand &c : f.remediation.commands) {
            const QString indented = QString(c.command).replace(u'\n', u"\n          "_s);
            out += u"      $ [%1%2] %3\n"_s.arg(
                c.kind, c.node.isEmpty() ? QString() : u" "_s + c.node, indented);
        }
        out += u'\n';
    }
    return out;
}

} // namespace

int runAnalyzeCommand(const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption snapshotOption(
        u"snapshot"_s, CliTr::tr("The snapshot to analyse: an id or latest (default)."),
        CliTr::tr("ID"), u"latest"_s);
    const QCommandLineOption zonesOption(
        u"zones"_s, CliTr::tr("Zones file (default: internet, internal and cluster zones)."),
        CliTr::tr("FILE"));
    const QCommandLineOption formatOption(u"format"_s,
                                          CliTr::tr("Output format: text or json (default: text)."),
                                          u"text|json"_s, u"text"_s);
    const QCommandLineOption failOnOption(
        u"fail-on"_s,
        CliTr::tr("Exit with code 3 when a finding is at or above this severity (info, low, "
                  "medium, high, critical)."),
        CliTr::tr("SEVERITY"));
    parser.addOptions({db, snapshotOption, zonesOption, formatOption, failOnOption});
    if (parseCommandLine(parser, command, arguments))
        return 0;
    checkPositionalCount(parser, command, 0);
    const QString path = requiredValue(parser, db, command);
    const QString format = parser.value(formatOption);
    if (format != u"text"_s && format != u"json"_s)
        throwUsageError(command,
                        CliTr::tr("invalid --format '%1' (expected text or json)").arg(format));
    std::optional<Severity> failOn;
    if (parser.isSet(failOnOption)) {
        failOn = severityFromString(parser.value(failOnOption));
        if (!failOn)
            throwUsageError(command, CliTr::tr("invalid --fail-on '%1' (expected info, low, "
                                               "medium, high or critical)")
                                         .arg(parser.value(failOnOption)));
    }
    const QList<Zone> zones =
        parser.isSet(zonesOption) ? loadZones(parser.value(zonesOption)) : QList<Zone>();

    requireExistingDatabase(path);
    const SnapshotStore store(path, SnapshotStore::OpenMode::ExistingOnly);
    const Snapshot snapshot =
        store.loadSnapshot(resolveSnapshotId(store, parser.value(snapshotOption)));
    const AnalysisResult result = analyzeSnapshot(snapshot, zones);

    if (format == u"json"_s) {
        const std::string text = analysisToJson(snapshot, result).dump(2);
        printOut(QString::fromUtf8(text.data(), qsizetype(text.size())));
    } else {
        printOut(formatText(snapshot, result));
    }
    if (failOn) {
        for (const Finding &f : result.findings) {
            if (f.severity >= *failOn)
                return 3;
        }
    }
    return 0;
}

} // namespace portolan::cli
