#include "snapshotlistmodel.h"

#include <QLocale>

namespace portolan {

SnapshotListModel::SnapshotListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SnapshotListModel::setSnapshots(const QList<SnapshotSummary> &snapshots)
{
    beginResetModel();
    m_snapshots = snapshots;
    endResetModel();
}

int SnapshotListModel::rowOfSnapshot(qint64 id) const
{
    for (int row = 0; row < m_snapshots.size(); ++row) {
        if (m_snapshots.at(row).id == id)
            return row;
    }
    return -1;
}

int SnapshotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotSummary &s = m_snapshots.at(index.row());
    if (role == SnapshotIdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric =
            index.column() == Id || index.column() == Nodes || index.column() == Failed;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole && index.column() == Created)
        return s.createdUtc.toUTC().toString(Qt::ISODateWithMs);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return s.id;
    case Created:
        return QLocale().toString(s.createdUtc.toLocalTime(), QLocale::ShortFormat);
    case Label:
        return s.label;
    case Inventory:
        return s.inventoryName;
    case Nodes:
        return s.nodeCount;
    case Failed:
        return s.failedNodeCount;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case Created:
        return tr("Created");
    case Label:
        return tr("Label");
    case Inventory:
        return tr("Inventory");
    case Nodes:
        return tr("Nodes");
    case Failed:
        return tr("Failed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace portolan
