#pragma once
// Opening the snapshot store and naming snapshots on the command line.
// Commands that only read must never create a database: they check first.

#include "store/snapshotstore.h"

#include <QString>

namespace portolan::cli {

// Throws Error when `path` does not exist (so a typo never creates a database).
void requireExistingDatabase(const QString &path);

// "latest" or a positive decimal id. Throws Error for bad text or an empty
// store; whether the id exists is checked by loading it.
qint64 resolveSnapshotId(const SnapshotStore &store, const QString &text);

} // namespace portolan::cli
