#include "clicommand.h"

using namespace Qt::StringLiterals;

namespace portolan::cli {

bool CliCommand::isImplemented() const
{
    return run != &runNotImplementedCommand;
}

QList<CliCommand> cliCommands()
{
    // Synopses follow the command-line contract of DESIGN.md.
    return {
        {u"collect"_s,
         u"collect --inventory FILE --db DB [--label TEXT] [--jobs N] [--known-hosts FILE] "
         u"[--host-key-policy strict|accept-new] [--timeout SECONDS] [--command-timeout SECONDS]"_s,
         CliTr::tr("Audit the nodes of an inventory over SSH and store a snapshot."),
         &runCollectCommand},
        {u"list"_s, u"list --db DB [--format text|json]"_s,
         CliTr::tr("List the stored snapshots, newest first."), &runListCommand},
        {u"analyze"_s,
         u"analyze --db DB [--snapshot ID|latest] [--zones FILE] [--format text|json] "
         u"[--fail-on SEVERITY]"_s,
         CliTr::tr("Work out the exposures and findings of a snapshot."), &runAnalyzeCommand},
        {u"diff"_s, u"diff --db DB --from ID --to ID [--zones FILE] [--format text|json]"_s,
         CliTr::tr("Compare two snapshots."), &runNotImplementedCommand},
        {u"report"_s,
         u"report --db DB [--snapshot ID|latest] [--compare ID] [--zones FILE] "
         u"--out FILE.pdf|.html|.json|.csv"_s,
         CliTr::tr("Write a report of a snapshot."), &runNotImplementedCommand},
        {u"export"_s, u"export --db DB [--snapshot ID|latest] --out FILE.json"_s,
         CliTr::tr("Write one snapshot to a JSON file."), &runExportCommand},
        {u"import"_s, u"import --db DB FILE.json"_s,
         CliTr::tr("Store a snapshot from a JSON file and print its new id."), &runImportCommand},
    };
}

} // namespace portolan::cli
