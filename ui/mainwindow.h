#pragma once
// The main window: the snapshots of one database on the left; the nodes and the
// findings (with their fixes) of the selected snapshot on the right. openDatabase() reports failure
// through its return value and lastError() so tests and callers decide how to show it.

#include <QMainWindow>
#include <QString>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace portolan {

class SnapshotStore;
class SnapshotListModel;
class NodeTableModel;
class FindingTableModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the database; on failure the previous one stays open.
    bool openDatabase(const QString &path);
    QString databasePath() const;
    QString lastError() const { return m_lastError; }
    bool selectSnapshot(qint64 id);
    qint64 currentSnapshotId() const { return m_currentSnapshotId; }

    SnapshotListModel *snapshotModel() const { return m_snapshotModel; }
    NodeTableModel *nodeModel() const { return m_nodeModel; }
    FindingTableModel *findingModel() const { return m_findingModel; }
    // Tests turn modal error dialogs off; errors still reach errorOccurred().
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

signals:
    void errorOccurred(const QString &message);

public slots:
    void refresh();

private slots:
    void chooseDatabase();
    void importSnapshot();
    void showAbout();

private:
    void createActions();
    void createViews();
    void loadSelectedSnapshot();
    void showError(const QString &message);

    std::unique_ptr<SnapshotStore> m_store;
    SnapshotListModel *m_snapshotModel = nullptr;
    NodeTableModel *m_nodeModel = nullptr;
    FindingTableModel *m_findingModel = nullptr;
    QTableView *m_snapshotView = nullptr;
    QTableView *m_nodeView = nullptr;
    QTableView *m_findingView = nullptr;
    QPlainTextEdit *m_findingDetail = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_placeholder = nullptr;
    qint64 m_currentSnapshotId = 0;
    QString m_lastError;
    bool m_errorDialogs = true;
};

} // namespace portolan
