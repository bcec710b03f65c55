// portolan-cli collect: audits every node of an inventory over SSH and stores
// one snapshot with every node's status. Progress goes to stderr, one line per
// step; the new snapshot id and a summary go to stdout. Ctrl-C cancels: nodes
// not finished are stored as cancelled and the command exits 1.

#include "cliargs.h"
#include "clicommand.h"
#include "clioutput.h"
#include "terminalinteraction.h"

#include "collect/collector.h"
#include "inventory/inventory.h"
#include "store/snapshotstore.h"
#include "util/error.h"

#include <QDateTime>

#include <csignal>
#include <mutex>

using namespace Qt::StringLiterals;

namespace portolan::cli {
namespace {

Collector *g_collector = nullptr;

extern "C" void onInterrupt(int)
{
    if (g_collector)
        g_collector->cancel(); // an atomic store: async-signal-safe
}

QString progressLine(const NodeProgress &p)
{
    switch (p.stage) {
    case NodeStage::Queued:
        return CliTr::tr("[%1] queued").arg(p.node);
    case NodeStage::Connecting:
        return CliTr::tr("[%1] connecting").arg(p.node);
    case NodeStage::Authenticating:
        return CliTr::tr("[%1] authenticating").arg(p.node);
    case NodeStage::Collecting:
        if (p.detail.isEmpty())
            return CliTr::tr("[%1] collected %2/%3").arg(p.node).arg(p.step).arg(p.steps);
        return CliTr::tr("[%1] collecting %2/%3 (%4)")
            .arg(p.node)
            .arg(p.step + 1)
            .arg(p.steps)
            .arg(p.detail);
    case NodeStage::Done:
        if (p.detail.isEmpty())
            return CliTr::tr("[%1] done").arg(p.node);
        return CliTr::tr("[%1] done, partial: %2").arg(p.node, p.detail);
    case NodeStage::Failed:
        return CliTr::tr("[%1] FAILED: %2").arg(p.node, p.detail);
    case NodeStage::Cancelled:
        return CliTr::tr("[%1] cancelled").arg(p.node);
    }
    return {};
}

int positiveInt(const QCommandLineParser &parser, const QCommandLineOption &option,
                const CliCommand &command, int fallback, int maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        throwUsageError(command, CliTr::tr("--%1 must be a whole number from 1 to %2, not '%3'")
                                     .arg(option.names().constLast())
                                     .arg(maximum)
                                     .arg(parser.value(option)));
    return value;
}

} // namespace

int runCollectCommand(const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption inventoryOption(u"inventory"_s,
                                             CliTr::tr("The inventory (Portolan JSON/YAML or a "
                                                       "Ray cluster-launcher YAML)."),
                                             CliTr::tr("FILE"));
    const QCommandLineOption labelOption(u"label"_s, CliTr::tr("A label for the snapshot."),
                                         CliTr::tr("TEXT"));
    const QCommandLineOption jobsOption(
        u"jobs"_s, CliTr::tr("Nodes collected at once (default 16)."), CliTr::tr("N"));
    const QCommandLineOption knownHostsOption(
        u"known-hosts"_s, CliTr::tr("known_hosts file (default ~/.ssh/known_hosts)."),
        CliTr::tr("FILE"));
    const QCommandLineOption policyOption(
        u"host-key-policy"_s,
        CliTr::tr("strict refuses unknown host keys (default); accept-new records them. A "
                  "changed key is always refused."),
        u"strict|accept-new"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s, CliTr::tr("Connect timeout per node in seconds (default 10)."),
        CliTr::tr("SECONDS"));
    const QCommandLineOption commandTimeoutOption(
        u"command-timeout"_s, CliTr::tr("Timeout per command in seconds (default 60)."),
        CliTr::tr("SECONDS"));
    parser.addOptions({inventoryOption, db, labelOption, jobsOption, knownHostsOption, policyOption,
                       timeoutOption, commandTimeoutOption});
    if (parseCommandLine(parser, command, arguments))
        return 0;
    checkPositionalCount(parser, command, 0);
    const QString dbPath = requiredValue(parser, db, command);
    const QString inventoryPath = requiredValue(parser, inventoryOption, command);

    CollectOptions options;
    options.jobs = positiveInt(parser, jobsOption, command, 16, 1024);
    options.ssh.connectTimeout =
        std::chrono::seconds(positiveInt(parser, timeoutOption, command, 10, 3600));
    options.commandTimeout =
        std::chrono::seconds(positiveInt(parser, commandTimeoutOption, command, 60, 86400));
    options.ssh.knownHostsFile = parser.value(knownHostsOption);
    if (parser.isSet(policyOption)) {
        const std::optional<HostKeyPolicy> policy =
            hostKeyPolicyFromString(parser.value(policyOption));
        if (!policy || *policy == HostKeyPolicy::Ask)
            throwUsageError(command, CliTr::tr("--host-key-policy must be strict or accept-new, "
                                               "not '%1'")
                                         .arg(parser.value(policyOption)));
        options.ssh.hostKeyPolicy = *policy;
    }

    // Everything that can be wrong with the inputs fails before any connection.
    Inventory inventory = loadInventory(inventoryPath);
    SnapshotStore store(dbPath, SnapshotStore::OpenMode::CreateIfMissing);
    const QString label =
        parser.isSet(labelOption)
            ? parser.value(labelOption)
            : CliTr::tr("%1 at %2")
                  .arg(inventory.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    TerminalInteraction interaction;
    Collector collector(inventory, options, &interaction);
    std::mutex printMutex;
    QObject::connect(
        &collector, &Collector::progress, &collector,
        [&](const NodeProgress &p) {
            const std::lock_guard lock(printMutex);
            printErr(progressLine(p));
        },
        Qt::DirectConnection);

    g_collector = &collector;
    struct sigaction action
    {};
    action.sa_handler = onInterrupt;
    struct sigaction previous
    {};
    sigaction(SIGINT, &action, &previous);
    sigaction(SIGTERM, &action, nullptr);
    const Snapshot snapshot = collector.run(label);
    sigaction(SIGINT, &previous, nullptr);
    g_collector = nullptr;

    const qint64 id = store.saveSnapshot(snapshot);
    int ok = 0, partial = 0, failed = 0, cancelled = 0;
    for (const Node &n : snapshot.nodes) {
        switch (n.status) {
        case CollectionStatus::Ok:
            ++ok;
            break;
        case CollectionStatus::Partial:
            ++partial;
            break;
        case CollectionStatus::Cancelled:
        case CollectionStatus::Pending:
            ++cancelled;
            break;
        case CollectionStatus::Failed:
            ++failed;
            break;
        }
    }
    printOut(QString::number(id));
    printErr(CliTr::tr("Snapshot %1 stored: %2 nodes, %3 ok, %4 partial, %5 failed, %6 "
                       "cancelled.")
                 .arg(id)
                 .arg(snapshot.nodes.size())
                 .arg(ok)
                 .arg(partial)
                 .arg(failed)
                 .arg(cancelled));
    if (collector.isCancelled())
        throw Error(
            CliTr::tr("collection cancelled; what was gathered is stored as snapshot %1").arg(id));
    if (ok + partial == 0)
        throw Error(
            CliTr::tr("no node could be audited; the failures are stored as snapshot %1").arg(id));
    return 0;
}

} // namespace portolan::cli
