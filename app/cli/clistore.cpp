#include "clistore.h"

#include "clicommand.h"
#include "util/error.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan::cli {

void requireExistingDatabase(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(CliTr::tr("%1: no such database file").arg(path));
    if (info.isDir())
        throw Error(CliTr::tr("%1: is a directory, not a database file").arg(path));
}

qint64 resolveSnapshotId(const SnapshotStore &store, const QString &text)
{
    if (text == u"latest"_s) {
        const std::optional<qint64> latest = store.latest();
        if (!latest)
            throw Error(CliTr::tr("%1: the database holds no snapshots").arg(store.path()));
        return *latest;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(CliTr::tr("invalid snapshot id '%1' (expected a positive number or 'latest')")
                        .arg(text));
    return id;
}

} // namespace portolan::cli
