#include "nodetablemodel.h"

#include <QBrush>
#include <QColor>

namespace portolan {

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NodeTableModel::setNodes(const QList<Node> &nodes)
{
    beginResetModel();
    m_nodes = nodes;
    endResetModel();
}

void NodeTableModel::clear()
{
    setNodes({});
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NodeTableModel::statusText(CollectionStatus status)
{
    switch (status) {
    case CollectionStatus::Pending:
        return tr("Pending");
    case CollectionStatus::Ok:
        return tr("OK");
    case CollectionStatus::Partial:
        return tr("Partial");
    case CollectionStatus::Failed:
        return tr("Failed");
    case CollectionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString NodeTableModel::roleText(NodeRole role)
{
    switch (role) {
    case NodeRole::Head:
        return tr("Head");
    case NodeRole::Worker:
        return tr("Worker");
    case NodeRole::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString NodeTableModel::firewallText(FirewallBackend backend)
{
    switch (backend) {
    case FirewallBackend::Unknown:
        return tr("Not verified");
    case FirewallBackend::None:
        return tr("None");
    case FirewallBackend::Mixed:
        return tr("Mixed (legacy and nf_tables)");
    case FirewallBackend::IptablesLegacy:
    case FirewallBackend::IptablesNft:
    case FirewallBackend::Nftables:
        break;
    }
    return toString(backend); // tool names are not translated
}

QString NodeTableModel::problemText(const Node &node) const
{
    if (!node.error.isEmpty())
        return node.error;
    QStringList problems = node.warnings;
    problems += node.firewall.errors;
    problems.removeDuplicates();
    return problems.join(u"; ");
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Node &n = m_nodes.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (n.status == CollectionStatus::Failed || n.status == CollectionStatus::Cancelled)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (n.status == CollectionStatus::Partial)
            return QBrush(QColor(0xa0, 0x60, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == Status || index.column() == Problem)) {
        const QString problem = problemText(n);
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return n.name;
    case Target:
        return n.sshTarget;
    case Role:
        return roleText(n.role);
    case Status:
        return statusText(n.status);
    case Hostname:
        return n.hostname;
    case Os:
        return n.os;
    case Sockets:
        return int(n.sockets.size());
    case Firewall:
        return firewallText(n.firewall.backend);
    case Problem:
        return problemText(n);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Node");
    case Target:
        return tr("SSH target");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Hostname:
        return tr("Hostname");
    case Os:
        return tr("OS");
    case Sockets:
        return tr("Listening");
    case Firewall:
        return tr("Firewall");
    case Problem:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace portolan
