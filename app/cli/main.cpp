// portolan-cli: the headless front end. Thin: application setup, translations,
// then everything happens in runCli() (see DESIGN.md, command-line contract).

#include "cli.h"
#include "i18n.h"
#include "version.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"portolan-cli"_s);
    QCoreApplication::setOrganizationName(u"Portolan"_s);
    QCoreApplication::setApplicationVersion(portolan::toolVersion());
    portolan::installTranslations(app);
    return portolan::cli::runCli(QCoreApplication::arguments());
}
