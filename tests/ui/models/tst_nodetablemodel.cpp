#include "models/nodetablemodel.h"

#include "common/samplesnapshot.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace portolan;

class TestNodeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNodes(test::richSnapshot().nodes);
        model.clear();
        model.setNodes(test::richSnapshot().nodes);
        QCOMPARE(model.rowCount(), 3);
    }

    void cells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << 0 << int(NodeTableModel::Name) << QStringLiteral("head");
        QTest::newRow("target") << 1 << int(NodeTableModel::Target)
                                << QStringLiteral("ray@10.20.0.11:2222");
        QTest::newRow("role") << 0 << int(NodeTableModel::Role) << QStringLiteral("Head");
        QTest::newRow("status-ok") << 0 << int(NodeTableModel::Status) << QStringLiteral("OK");
        QTest::newRow("status-failed")
            << 1 << int(NodeTableModel::Status) << QStringLiteral("Failed");
        QTest::newRow("status-partial")
            << 2 << int(NodeTableModel::Status) << QStringLiteral("Partial");
        QTest::newRow("sockets") << 0 << int(NodeTableModel::Sockets) << QStringLiteral("6");
        QTest::newRow("firewall") << 0 << int(NodeTableModel::Firewall)
                                  << QStringLiteral("Mixed (legacy and nf_tables)");
        QTest::newRow("firewall-unverified")
            << 2 << int(NodeTableModel::Firewall) << QStringLiteral("Not verified");
        QTest::newRow("error") << 1 << int(NodeTableModel::Problem)
                               << QStringLiteral("connect: Connection refused");
        QTest::newRow("warnings") << 2 << int(NodeTableModel::Problem)
                                  << QStringLiteral("iptables-save: permission denied; "
                                                    "nft: command not found");
    }

    void cells()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        NodeTableModel model;
        model.setNodes(test::richSnapshot().nodes);
        QCOMPARE(model.data(model.index(row, column)).toString(), expected);
    }

    void problemTooltipOnStatus()
    {
        NodeTableModel model;
        model.setNodes(test::richSnapshot().nodes);
        QCOMPARE(model.data(model.index(1, NodeTableModel::Status), Qt::ToolTipRole).toString(),
                 QStringLiteral("connect: Connection refused"));
        QVERIFY(model.data(model.index(1, NodeTableModel::Status), Qt::ForegroundRole).isValid());
    }
};

QTEST_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
