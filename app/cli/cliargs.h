#pragma once
// Command-line parsing shared by the subcommands: help texts with the
// contract's synopsis, usage errors that point at --help, required options.
// Usage errors are thrown as portolan::Error; the dispatcher prints them.

#include "clicommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace portolan::cli {

QString programName(); // "portolan-cli"

// `help` is QCommandLineParser::helpText(): its generic first line is replaced by
// "Usage: portolan-cli <synopsis>".
QString helpWithSynopsis(const QString &help, const QString &synopsis);

// The --db option every subcommand takes.
QCommandLineOption databaseOption();

// Adds --help, parses `arguments` and prints the help when asked. Returns true
// when the help was printed (the command then exits 0). Throws on a usage error.
bool parseCommandLine(QCommandLineParser &parser, const CliCommand &command,
                      const QStringList &arguments);

[[noreturn]] void throwUsageError(const CliCommand &command, const QString &message);

// The option's value; a usage error when it is missing or empty.
QString requiredValue(const QCommandLineParser &parser, const QCommandLineOption &option,
                      const CliCommand &command);

// A usage error when there are more than `maximum` positional arguments.
void checkPositionalCount(const QCommandLineParser &parser, const CliCommand &command,
                          qsizetype maximum);

} // namespace portolan::cli
