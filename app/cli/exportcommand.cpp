// portolan-cli export: one stored snapshot as a lossless JSON document. The
// snapshot is loaded and serialised before the output file is touched, and the
// file is written atomically, so an error never leaves a partial file.

#include "cliargs.h"
#include "clicommand.h"
#include "clioutput.h"
#include "clistore.h"
#include "model/snapshotjson.h"

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runExportCommand(const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption snapshot(
        u"snapshot"_s, CliTr::tr("The snapshot to export: its id or 'latest' (default: latest)."),
        CliTr::tr("ID"), u"latest"_s);
    const QCommandLineOption out(u"out"_s, CliTr::tr("The JSON file to write."), CliTr::tr("FILE"));
    parser.addOptions({db, snapshot, out});
    if (parseCommandLine(parser, command, arguments))
        return 0;
    checkPositionalCount(parser, command, 0);
    const QString path = requiredValue(parser, db, command);
    const QString outPath = requiredValue(parser, out, command);
    const QString which = parser.value(snapshot); // "latest" unless given
    if (which.isEmpty())
        throwUsageError(command, CliTr::tr("option --snapshot needs a non-empty value"));

    requireExistingDatabase(path);
    const SnapshotStore store(path, SnapshotStore::OpenMode::ExistingOnly);
    const Snapshot loaded = store.loadSnapshot(resolveSnapshotId(store, which));
    writeFileAtomically(outPath, snapshotToJsonBytes(loaded));
    return 0;
}

} // namespace portolan::cli
