#pragma once
// Table of stored snapshots (newest first), one row per SnapshotSummary.
// Read-only; refresh with setSnapshots() after the store changes.

#include "model/snapshot.h"

#include <QAbstractTableModel>
#include <QList>

namespace portolan {

class SnapshotListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Created, Label, Inventory, Nodes, Failed, ColumnCount };
    enum Role { SnapshotIdRole = Qt::UserRole + 1 };

    explicit SnapshotListModel(QObject *parent = nullptr);

    void setSnapshots(const QList<SnapshotSummary> &snapshots);
    const SnapshotSummary &summaryAt(int row) const { return m_snapshots.at(row); }
    int rowOfSnapshot(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SnapshotSummary> m_snapshots;
};

} // namespace portolan
