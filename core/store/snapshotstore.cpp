#include "snapshotstore.h"

#include "columncodec.h"
#include "databasefile.h"
#include "schema.h"
#include "snapshotreader.h"
#include "snapshotwriter.h"
#include "sqlite.h"
#include "util/error.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan {

SnapshotStore::SnapshotStore(const QString &path, OpenMode mode)
    : m_path(path)
{
    bool created = false;
    if (!QFileInfo::exists(path)) {
        if (mode == OpenMode::ExistingOnly)
            throw Error(tr("%1: no such database").arg(QDir::toNativeSeparators(path)));
        created = DatabaseFile::createPrivate(path);
    }
    // Every check runs read-only before the first write (WAL mode, migration).
    DatabaseFile::inspect(path);
    m_db = std::make_unique<SqliteDatabase>(path, SqliteDatabase::Access::ReadWrite);
    schema::configureConnection(*m_db);
    schema::migrate(*m_db);
    if (created)
        DatabaseFile::restrictSidecars(path);
}

SnapshotStore::~SnapshotStore() = default;

qint64 SnapshotStore::saveSnapshot(const Snapshot &snapshot)
{
    SqliteTransaction transaction(*m_db);
    SnapshotWriter writer(*m_db);
    const qint64 id = writer.write(snapshot);
    transaction.commit();
    return id;
}

Snapshot SnapshotStore::loadSnapshot(qint64 id) const
{
    SqliteTransaction transaction(*m_db, SqliteTransaction::Kind::Deferred);
    SnapshotReader reader(*m_db);
    std::optional<Snapshot> snapshot = reader.read(id);
    if (!snapshot)
        throw Error(tr("%1: no snapshot with id %2").arg(QDir::toNativeSeparators(m_path)).arg(id));
    transaction.commit();
    return *std::move(snapshot);
}

QList<SnapshotSummary> SnapshotStore::listSnapshots() const
{
    SqliteStatement query = m_db->prepare(
        u"SELECT s.id, s.label, s.created_utc_ms, s.tool_version, s.inventory_name, "
        "(SELECT count(*) FROM nodes n WHERE n.snapshot_id = s.id), "
        "(SELECT count(*) FROM nodes n WHERE n.snapshot_id = s.id AND n.status = 'failed') "
        "FROM snapshots s ORDER BY s.created_utc_ms DESC, s.id DESC"_s);
    QList<SnapshotSummary> summaries;
    while (query.step() == SqliteStatement::StepResult::Row) {
        SnapshotSummary summary;
        summary.id = query.columnInt(0);
        summary.label = query.columnText(1);
        summary.createdUtc = ColumnCodec::dateTime(query, 2);
        summary.toolVersion = query.columnText(3);
        summary.inventoryName = query.columnText(4);
        summary.nodeCount = ColumnCodec::integer(query, 5);
        summary.failedNodeCount = ColumnCodec::integer(query, 6);
        summaries.append(summary);
    }
    return summaries;
}

void SnapshotStore::deleteSnapshot(qint64 id)
{
    SqliteTransaction transaction(*m_db);
    SqliteStatement remove = m_db->prepare(u"DELETE FROM snapshots WHERE id = ?1"_s);
    remove.bindInt(1, id);
    remove.execute();
    if (m_db->changes() == 0)
        throw Error(tr("%1: no snapshot with id %2").arg(QDir::toNativeSeparators(m_path)).arg(id));
    transaction.commit();
}

std::optional<qint64> SnapshotStore::latest() const
{
    SqliteStatement query =
        m_db->prepare(u"SELECT id FROM snapshots ORDER BY created_utc_ms DESC, id DESC LIMIT 1"_s);
    if (query.step() != SqliteStatement::StepResult::Row)
        return std::nullopt;
    return query.columnInt(0);
}

int SnapshotStore::schemaVersion() const
{
    return schema::storedVersion(*m_db);
}

} // namespace portolan
