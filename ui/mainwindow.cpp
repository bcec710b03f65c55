#include "mainwindow.h"

#include "analysis/analysis.h"
#include "model/snapshotjson.h"
#include "models/findingtablemodel.h"
#include "models/nodetablemodel.h"
#include "models/snapshotlistmodel.h"
#include "store/snapshotstore.h"
#include "util/error.h"
#include "version.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace portolan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_snapshotModel(new SnapshotListModel(this))
    , m_nodeModel(new NodeTableModel(this))
    , m_findingModel(new FindingTableModel(this))
{
    setWindowTitle(tr("Portolan"));
    createViews();
    createActions();
    resize(1100, 650);
    statusBar()->showMessage(tr("No database open"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_snapshotView = new QTableView;
    m_snapshotView->setObjectName(QStringLiteral("snapshotView"));
    m_snapshotView->setModel(m_snapshotModel);
    m_snapshotView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_snapshotView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_snapshotView->verticalHeader()->hide();
    m_snapshotView->horizontalHeader()->setStretchLastSection(true);
    connect(m_snapshotView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::loadSelectedSnapshot);

    m_nodeView = new QTableView;
    m_nodeView->setObjectName(QStringLiteral("nodeView"));
    m_nodeView->setModel(m_nodeModel);
    m_nodeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeView->verticalHeader()->hide();
    m_nodeView->horizontalHeader()->setStretchLastSection(true);

    m_placeholder = new QLabel(tr("Open a database or import a snapshot to start an audit "
                                  "review."));
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_findingView = new QTableView;
    m_findingView->setObjectName(QStringLiteral("findingView"));
    m_findingView->setModel(m_findingModel);
    m_findingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingView->verticalHeader()->hide();
    m_findingView->horizontalHeader()->setStretchLastSection(true);
    m_findingDetail = new QPlainTextEdit;
    m_findingDetail->setObjectName(QStringLiteral("findingDetail"));
    m_findingDetail->setReadOnly(true);
    connect(m_findingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_findingDetail->setPlainText(
                    current.isValid() ? current.data(FindingTableModel::RemediationRole).toString()
                                      : QString());
            });
    auto *findings = new QSplitter(Qt::Vertical);
    findings->addWidget(m_findingView);
    findings->addWidget(m_findingDetail);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("snapshotTabs"));
    m_tabs->addTab(m_nodeView, tr("Nodes"));
    m_tabs->addTab(findings, tr("Findings"));

    auto *right = new QWidget;
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_tabs);
    m_tabs->hide();

    auto *splitter = new QSplitter;
    splitter->addWidget(m_snapshotView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({400, 700});
    setCentralWidget(splitter);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Import Snapshot…"), this, &MainWindow::importSnapshot);
    QAction *reload = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Portolan"), this, &MainWindow::showAbout);
}

bool MainWindow::openDatabase(const QString &path)
{
    try {
        auto store = std::make_unique<SnapshotStore>(path);
        m_store = std::move(store);
    } catch (const Error &e) {
        m_lastError = e.message();
        return false;
    }
    m_lastError.clear();
    m_currentSnapshotId = 0;
    setWindowTitle(tr("Portolan — %1").arg(path));
    statusBar()->showMessage(tr("Database: %1").arg(path));
    refresh();
    return true;
}

QString MainWindow::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    const qint64 keep = m_currentSnapshotId;
    try {
        m_snapshotModel->setSnapshots(m_store->listSnapshots());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    const int row = keep ? m_snapshotModel->rowOfSnapshot(keep) : -1;
    if (row >= 0 || m_snapshotModel->rowCount() > 0)
        m_snapshotView->selectRow(row >= 0 ? row : 0);
    else
        loadSelectedSnapshot();
}

bool MainWindow::selectSnapshot(qint64 id)
{
    const int row = m_snapshotModel->rowOfSnapshot(id);
    if (row < 0)
        return false;
    m_snapshotView->selectRow(row);
    return m_currentSnapshotId == id;
}

void MainWindow::loadSelectedSnapshot()
{
    const QModelIndex current = m_snapshotView->selectionModel()->currentIndex();
    if (!m_store || !current.isValid()) {
        m_currentSnapshotId = 0;
        m_nodeModel->clear();
        m_findingModel->setFindings({});
        m_tabs->hide();
        m_placeholder->setText(m_store ? tr("This database holds no audit yet. Run "
                                            "portolan-cli collect, or import a snapshot.")
                                       : tr("Open a database or import a snapshot to start "
                                            "an audit review."));
        m_placeholder->show();
        return;
    }
    const qint64 id = m_snapshotModel->summaryAt(current.row()).id;
    try {
        const Snapshot snapshot = m_store->loadSnapshot(id);
        m_currentSnapshotId = id;
        m_nodeModel->setNodes(snapshot.nodes);
        const AnalysisResult analysis = analyzeSnapshot(snapshot);
        m_findingModel->setFindings(analysis.findings);
        m_tabs->setTabText(1,
                           tr("Findings (%n, risk %1/100)", nullptr, int(analysis.findings.size()))
                               .arg(analysis.riskScore));
        m_placeholder->hide();
        m_tabs->show();
        m_nodeView->resizeColumnsToContents();
        m_findingView->resizeColumnsToContents();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void MainWindow::chooseDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Portolan Database"), databasePath(),
                                     tr("Portolan databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty() && !openDatabase(path))
        showError(m_lastError);
}

void MainWindow::importSnapshot()
{
    if (!m_store) {
        showError(tr("Open a database first: an imported snapshot is stored in it."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Snapshot"), {},
                                                      tr("Portolan snapshots (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    try {
        const qint64 id = m_store->saveSnapshot(snapshotFromJsonBytes(file.readAll()));
        m_currentSnapshotId = id;
        refresh();
    } catch (const Error &e) {
        showError(tr("%1: %2").arg(path, e.message()));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Portolan"),
                       tr("<h3>Portolan %1</h3><p>Audits the network exposure of Ray "
                          "clusters: who can reach the dashboard, the GCS, the client "
                          "server and the other Ray ports, rule by rule.</p>")
                           .arg(toolVersion()));
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message);
    emit errorOccurred(message);
    if (m_errorDialogs)
        QMessageBox::warning(this, tr("Portolan"), message);
}

} // namespace portolan
