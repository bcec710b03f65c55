#pragma once
// Snapshots in one SQLite file. Every call either completes or throws Error and
// leaves the file as it was: one snapshot is written in one transaction, so a
// crash mid-write loses only that snapshot. Not thread-safe: one store per thread.

#include "model/snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace portolan {

class SqliteDatabase;

class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(portolan::SnapshotStore)
public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    // Opens (and migrates) or creates the database. A new file gets mode 0600.
    // Throws Error when the file is not a Portolan database, is corrupt, or has
    // a newer schema than this build knows; the file is then left untouched.
    explicit SnapshotStore(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    ~SnapshotStore();
    SnapshotStore(const SnapshotStore &) = delete;
    SnapshotStore &operator=(const SnapshotStore &) = delete;

    // Stores a copy of `snapshot` under a new id and returns it (snapshot.id is ignored).
    qint64 saveSnapshot(const Snapshot &snapshot);
    // Throws Error naming the id when there is no such snapshot.
    Snapshot loadSnapshot(qint64 id) const;
    // Newest first (created time, then id).
    QList<SnapshotSummary> listSnapshots() const;
    // Throws Error naming the id when there is no such snapshot.
    void deleteSnapshot(qint64 id);
    // The newest snapshot's id, or nullopt for an empty store.
    std::optional<qint64> latest() const;

    QString path() const { return m_path; }
    int schemaVersion() const;

private:
    QString m_path;
    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace portolan
