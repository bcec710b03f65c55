#include "models/findingtablemodel.h"

#include "analysis/analysis.h"
#include "common/labfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestFindingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester()
    {
        FindingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Finding> findings = analyzeSnapshot(test::labSnapshot()).findings;
        model.setFindings(findings);
        model.setFindings({});
        model.setFindings(findings);
        QCOMPARE(model.rowCount(), int(findings.size()));
        QVERIFY(model.rowCount() > 5);
    }

    void cells()
    {
        Finding f;
        f.id = u"RAY-GCS-EXPOSED"_s;
        f.severity = Severity::Critical;
        f.title = u"Ray GCS reachable"_s;
        f.risk = u"Cluster hijacking."_s;
        f.nodes = {u"head"_s, u"worker-1"_s};
        f.exposures.resize(3);
        f.remediation.text = u"Allow the GCS port only from the cluster."_s;
        f.remediation.commands = {{u"nft"_s, u"head"_s, u"nft add table inet portolan"_s}};
        FindingTableModel model;
        model.setFindings({f});
        QCOMPARE(model.data(model.index(0, FindingTableModel::SeverityColumn)).toString(),
                 u"Critical"_s);
        QCOMPARE(model.data(model.index(0, FindingTableModel::Check)).toString(),
                 u"RAY-GCS-EXPOSED"_s);
        QCOMPARE(model.data(model.index(0, FindingTableModel::Nodes)).toString(),
                 u"head, worker-1"_s);
        QCOMPARE(model.data(model.index(0, FindingTableModel::Exposures)).toInt(), 3);
        const QString fix =
            model.data(model.index(0, 0), FindingTableModel::RemediationRole).toString();
        QVERIFY(fix.contains(u"Cluster hijacking."_s));
        QVERIFY(fix.contains(u"[nft] nft add table inet portolan"_s));
        QVERIFY(model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(0, 2), Qt::ForegroundRole).isValid());
    }

    void headers()
    {
        FindingTableModel model;
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(TestFindingTableModel)
#include "tst_findingtablemodel.moc"
