#include "findingtablemodel.h"

#include <QBrush>
#include <QColor>

namespace portolan {

FindingTableModel::FindingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingTableModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingTableModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::High:
        return tr("High");
    case Severity::Medium:
        return tr("Medium");
    case Severity::Low:
        return tr("Low");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

QString FindingTableModel::remediationText(const Finding &finding)
{
    QString text =
        finding.risk + QStringLiteral("\n\n") + tr("Fix: %1").arg(finding.remediation.text);
    for (const RemediationCommand &c : finding.remediation.commands)
        text += QStringLiteral("\n  [%1] %2").arg(c.kind, c.command);
    return text;
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case RemediationRole:
    case Qt::ToolTipRole:
        return remediationText(f);
    case SeverityRole:
        return int(f.severity);
    case Qt::ForegroundRole:
        if (index.column() != SeverityColumn)
            return {};
        if (f.severity == Severity::Critical)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (f.severity == Severity::High)
            return QBrush(QColor(0xc0, 0x50, 0x00));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case SeverityColumn:
        return severityText(f.severity);
    case Check:
        return f.id;
    case Title:
        return f.title;
    case Nodes:
        return f.nodes.join(u", ");
    case Exposures:
        return int(f.exposures.size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case Check:
        return tr("Check");
    case Title:
        return tr("Finding");
    case Nodes:
        return tr("Nodes");
    case Exposures:
        return tr("Exposures");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace portolan
