#include "clicommand.h"

#include "util/error.h"

namespace portolan::cli {

int runNotImplementedCommand(const CliCommand &command, const QStringList &arguments)
{
    Q_UNUSED(arguments);
    throw Error(CliTr::tr("the '%1' command is not implemented yet").arg(command.name));
}

} // namespace portolan::cli
