#include "cli.h"

#include "cliargs.h"
#include "clicommand.h"
#include "clioutput.h"
#include "util/error.h"

#include <QCommandLineParser>

#include <algorithm>
#include <exception>
#include <optional>

using namespace Qt::StringLiterals;

namespace portolan::cli {
namespace {

QString commandsSection(const QList<CliCommand> &commands)
{
    qsizetype width = 0;
    for (const CliCommand &c : commands)
        width = std::max(width, c.name.size());
    QString text = CliTr::tr("Commands:") + u'\n';
    for (const CliCommand &c : commands) {
        QString summary = c.summary;
        if (!c.isImplemented())
            summary += u' ' + CliTr::tr("(not implemented yet)");
        text += u"  "_s + c.name.leftJustified(width) + u"  "_s + summary + u'\n';
    }
    return text;
}

QString toolHelp(const QCommandLineParser &parser)
{
    return helpWithSynopsis(parser.helpText(), CliTr::tr("<command> [options]")) + u'\n' +
           CliTr::tr("Run '%1 <command> --help' for the options of a command.\n"
                     "Exit codes: 0 done; 1 error (the message names the cause).")
               .arg(programName());
}

std::optional<CliCommand> findCommand(const QString &name)
{
    const QList<CliCommand> commands = cliCommands();
    const auto it = std::find_if(commands.cbegin(), commands.cend(),
                                 [&](const CliCommand &c) { return c.name == name; });
    if (it == commands.cend())
        return std::nullopt;
    return *it;
}

int runCommand(const CliCommand &command, const QStringList &rest)
{
    try {
        return command.run(command, QStringList{programName()} + rest);
    } catch (const Error &e) {
        printErr(u"%1 %2: %3"_s.arg(programName(), command.name, e.message()));
    } catch (const std::exception &e) {
        printErr(CliTr::tr("%1 %2: internal error: %3")
                     .arg(programName(), command.name, QString::fromLocal8Bit(e.what())));
    }
    return 1;
}

} // namespace

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Audits the network exposure of Ray clusters.") +
                                     u"\n\n"_s + commandsSection(cliCommands()).trimmed());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, CliTr::tr("The command to run (see above)."),
                                 CliTr::tr("<command>"));
    const QString tryHelp = CliTr::tr("Try '%1 --help'.").arg(programName());

    if (!parser.parse(arguments)) {
        printErr(u"%1: %2\n%3"_s.arg(programName(), parser.errorText(), tryHelp));
        return 1;
    }
    if (parser.isSet(version)) {
        printOut(u"%1 %2"_s.arg(programName(), QCoreApplication::applicationVersion()));
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || parser.isSet(u"help-all"_s) || positional == QStringList{u"help"_s}) {
        printOut(toolHelp(parser));
        return 0;
    }
    if (positional.isEmpty()) {
        printErr(u"%1: %2\n%3"_s.arg(programName(), CliTr::tr("missing command"), tryHelp));
        return 1;
    }
    // "help CMD" is "CMD --help".
    if (positional.constFirst() == u"help"_s)
        positional = {positional.at(1), u"--help"_s};

    const QString name = positional.takeFirst();
    const std::optional<CliCommand> command = findCommand(name);
    if (!command) {
        printErr(u"%1: %2\n%3"_s.arg(programName(), CliTr::tr("unknown command '%1'").arg(name),
                                     tryHelp));
        return 1;
    }
    return runCommand(*command, positional);
}

} // namespace portolan::cli
