#pragma once
// The subcommands of portolan-cli. Adding one means a new <name>command.cpp
// defining its run function, a declaration below and one row in cliCommands().
// A run function returns the exit code, or throws portolan::Error (exit 1).

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan::cli {

// Translation context of every user-visible string of portolan-cli.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Cli)
};

struct CliCommand;
// `arguments` are the command's own: arguments[0] names the program, the rest
// follow the subcommand's name on the command line.
using CliRunFunction = int (*)(const CliCommand &command, const QStringList &arguments);

struct CliCommand
{
    QString name;     // "list"
    QString synopsis; // "list --db DB [--format text|json]"
    QString summary;  // one translated sentence for the help texts
    CliRunFunction run = nullptr;

    bool isImplemented() const;
};

// Every subcommand in help order, including those not implemented yet.
QList<CliCommand> cliCommands();

int runCollectCommand(const CliCommand &command, const QStringList &arguments);
int runAnalyzeCommand(const CliCommand &command, const QStringList &arguments);
int runListCommand(const CliCommand &command, const QStringList &arguments);
int runExportCommand(const CliCommand &command, const QStringList &arguments);
int runImportCommand(const CliCommand &command, const QStringList &arguments);
// Placeholder for contract commands this build lacks: always fails, exit 1.
int runNotImplementedCommand(const CliCommand &command, const QStringList &arguments);

} // namespace portolan::cli
