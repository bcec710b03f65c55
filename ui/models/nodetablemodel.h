#pragma once
// The nodes of one snapshot with their collection status. Failed and partial
// nodes carry their error or warnings as tooltip, so a bad node is never hidden.

#include "model/snapshot.h"

#include <QAbstractTableModel>
#include <QList>

namespace portolan {

class NodeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Target,
        Role,
        Status,
        Hostname,
        Os,
        Sockets,
        Firewall,
        Problem,
        ColumnCount
    };

    explicit NodeTableModel(QObject *parent = nullptr);

    void setNodes(const QList<Node> &nodes);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(CollectionStatus status);
    static QString roleText(NodeRole role);
    static QString firewallText(FirewallBackend backend);

private:
    QString problemText(const Node &node) const;

    QList<Node> m_nodes;
};

} // namespace portolan
