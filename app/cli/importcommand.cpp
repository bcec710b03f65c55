// portolan-cli import: stores a snapshot document under a new id and prints
// the id. The whole file is validated before the database is opened, so a bad
// file neither changes nor creates a database.

#include "cliargs.h"
#include "clicommand.h"
#include "clioutput.h"
#include "model/snapshotjson.h"
#include "store/snapshotstore.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runImportCommand(const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    parser.addPositionalArgument(u"file"_s, CliTr::tr("The JSON file to import."),
                                 CliTr::tr("FILE.json"));
    if (parseCommandLine(parser, command, arguments))
        return 0;
    checkPositionalCount(parser, command, 1);
    const QString path = requiredValue(parser, db, command);
    if (parser.positionalArguments().isEmpty())
        throwUsageError(command, CliTr::tr("missing the JSON file to import"));
    const QString file = parser.positionalArguments().constFirst();

    const QByteArray bytes = readWholeFile(file);
    Snapshot snapshot;
    try {
        snapshot = snapshotFromJsonBytes(bytes);
    } catch (const Error &e) {
        throw Error(u"%1: %2"_s.arg(file, e.message()));
    }
    SnapshotStore store(path, SnapshotStore::OpenMode::CreateIfMissing);
    printOut(QString::number(store.saveSnapshot(snapshot)));
    return 0;
}

} // namespace portolan::cli
