#include "mainwindow.h"
#include "models/nodetablemodel.h"
#include "models/snapshotlistmodel.h"

#include "common/labfixture.h"
#include "common/samplesnapshot.h"
#include "models/findingtablemodel.h"
#include "store/snapshotstore.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseShowsPlaceholder()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setErrorDialogsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("new.db"))));
        QCOMPARE(window.snapshotModel()->rowCount(), 0);
        auto *placeholder = window.findChild<QLabel *>(QStringLiteral("placeholder"));
        QVERIFY(placeholder);
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QStringLiteral("no audit")));
        QVERIFY(!window.findChild<QTableView *>(QStringLiteral("nodeView"))->isVisible());
    }

    void showsSnapshotsAndNodes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audits.db"));
        qint64 older = 0;
        qint64 newer = 0;
        {
            SnapshotStore store(path);
            Snapshot s = test::richSnapshot();
            older = store.saveSnapshot(s);
            s.label = QStringLiteral("second");
            s.createdUtc = s.createdUtc.addDays(1);
            s.nodes.removeLast();
            newer = store.saveSnapshot(s);
        }
        MainWindow window;
        window.setErrorDialogsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.snapshotModel()->rowCount(), 2);
        // The newest snapshot is selected first.
        QCOMPARE(window.currentSnapshotId(), newer);
        QCOMPARE(window.nodeModel()->rowCount(), 2);

        auto *view = window.findChild<QTableView *>(QStringLiteral("snapshotView"));
        QVERIFY(view);
        const int row = window.snapshotModel()->rowOfSnapshot(older);
        const QRect cell = view->visualRect(window.snapshotModel()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(window.currentSnapshotId(), older);
        QCOMPARE(window.nodeModel()->rowCount(), 3);
        QCOMPARE(window.nodeModel()
                     ->data(window.nodeModel()->index(1, NodeTableModel::Status))
                     .toString(),
                 QStringLiteral("Failed"));
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("nodeView"))->isVisible());
    }

    void findingsTabShowsFixes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.db"));
        {
            SnapshotStore store(path);
            store.saveSnapshot(test::labSnapshot());
        }
        MainWindow window;
        window.setErrorDialogsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("snapshotTabs"));
        QVERIFY(tabs);
        QVERIFY(tabs->tabText(1).contains(QStringLiteral("risk")));
        tabs->setCurrentIndex(1);
        auto *view = window.findChild<QTableView *>(QStringLiteral("findingView"));
        QVERIFY(view && view->isVisible());
        QVERIFY(window.findingModel()->rowCount() > 5);
        QCOMPARE(window.findingModel()
                     ->data(window.findingModel()->index(0, FindingTableModel::SeverityColumn))
                     .toString(),
                 QStringLiteral("Critical"));
        const QRect cell = view->visualRect(window.findingModel()->index(0, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        auto *detail = window.findChild<QPlainTextEdit *>(QStringLiteral("findingDetail"));
        QVERIFY(detail);
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("Fix:")),
                 qPrintable(detail->toPlainText()));
    }

    void badDatabaseKeepsCurrentOne()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.db"));
        {
            SnapshotStore store(good);
            store.saveSnapshot(test::richSnapshot());
        }
        const QString bad = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the snapshots you are looking for\n");
        file.close();

        MainWindow window;
        window.setErrorDialogsEnabled(false);
        QVERIFY(window.openDatabase(good));
        QVERIFY(!window.openDatabase(bad));
        QVERIFY2(window.lastError().contains(QStringLiteral("notes.txt")),
                 qPrintable(window.lastError()));
        QCOMPARE(window.databasePath(), good);
        QCOMPARE(window.snapshotModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
