#pragma once
// Top level of portolan-cli: the tool's --help and --version, and dispatch to
// a subcommand. Every error ends here: printed to stderr, exit code 1.

#include <QStringList>

namespace portolan::cli {

// `arguments` is the full command line (QCoreApplication::arguments()).
int runCli(const QStringList &arguments);

} // namespace portolan::cli
