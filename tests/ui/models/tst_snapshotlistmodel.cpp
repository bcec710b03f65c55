#include "models/snapshotlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace portolan;

class TestSnapshotListModel : public QObject
{
    Q_OBJECT

private:
    static QList<SnapshotSummary> summaries()
    {
        SnapshotSummary a;
        a.id = 7;
        a.label = QStringLiteral("after fix");
        a.createdUtc = QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc());
        a.inventoryName = QStringLiteral("prod");
        a.nodeCount = 4;
        a.failedNodeCount = 1;
        SnapshotSummary b = a;
        b.id = 3;
        b.label = QStringLiteral("baseline");
        b.failedNodeCount = 0;
        return {a, b};
    }

private slots:
    void modelTester()
    {
        SnapshotListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshots(summaries());
        model.setSnapshots({});
        model.setSnapshots(summaries());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SnapshotListModel::ColumnCount));
    }

    void cells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("id") << 0 << int(SnapshotListModel::Id) << QVariant(qint64(7));
        QTest::newRow("label") << 1 << int(SnapshotListModel::Label)
                               << QVariant(QStringLiteral("baseline"));
        QTest::newRow("inventory")
            << 0 << int(SnapshotListModel::Inventory) << QVariant(QStringLiteral("prod"));
        QTest::newRow("nodes") << 0 << int(SnapshotListModel::Nodes) << QVariant(4);
        QTest::newRow("failed") << 0 << int(SnapshotListModel::Failed) << QVariant(1);
        QTest::newRow("failed-none") << 1 << int(SnapshotListModel::Failed) << QVariant(0);
    }

    void cells()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, expected);
        SnapshotListModel model;
        model.setSnapshots(summaries());
        QCOMPARE(model.data(model.index(row, column)), expected);
    }

    void idRoleAndLookup()
    {
        SnapshotListModel model;
        model.setSnapshots(summaries());
        QCOMPARE(model.data(model.index(1, 0), SnapshotListModel::SnapshotIdRole).toLongLong(), 3);
        QCOMPARE(model.rowOfSnapshot(3), 1);
        QCOMPARE(model.rowOfSnapshot(99), -1);
        QVERIFY(!model.data(model.index(0, SnapshotListModel::Created)).toString().isEmpty());
        QCOMPARE(model.data(model.index(0, SnapshotListModel::Created), Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-12-02T10:00:00.000Z"));
    }

    void headers()
    {
        SnapshotListModel model;
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void resetSignals()
    {
        SnapshotListModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshots(summaries());
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotListModel)
#include "tst_snapshotlistmodel.moc"
