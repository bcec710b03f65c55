#pragma once
// The findings of one analysed snapshot, most severe first. The remediation
// text and commands are in the tooltip and in RemediationRole, so a view can
// show them beside the table without a second model.

#include "analysis/finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace portolan {

class FindingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, Check, Title, Nodes, Exposures, ColumnCount };
    enum Role { RemediationRole = Qt::UserRole + 1, SeverityRole };

    explicit FindingTableModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const Finding &findingAt(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityText(Severity severity);
    static QString remediationText(const Finding &finding);

private:
    QList<Finding> m_findings;
};

} // namespace portolan
