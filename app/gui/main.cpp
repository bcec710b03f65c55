// portolan: the desktop GUI. Thin: parses the command line, loads translations
// and opens the main window on a database (by default the user's workspace).

#include "i18n.h"
#include "mainwindow.h"
#include "resources.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(portolan::toolVersion());

    QApplication::setWindowIcon(QIcon(portolan::applicationIconPath()));
    portolan::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Audits the network exposure of Ray clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Open the snapshot database <file>."),
        QApplication::translate("main", "file"));
    parser.addOption(dbOption);
    parser.process(app);

    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        dbPath = dir + QStringLiteral("/portolan.db");
    }

    portolan::MainWindow window;
    window.show();
    if (!window.openDatabase(dbPath))
        QMessageBox::warning(&window, QApplication::translate("main", "Portolan"),
                             window.lastError());
    return QApplication::exec();
}
