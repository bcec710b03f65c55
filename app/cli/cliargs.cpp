#include "cliargs.h"

#include "clioutput.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace portolan::cli {

QString programName()
{
    return QCoreApplication::applicationName();
}

QString helpWithSynopsis(const QString &help, const QString &synopsis)
{
    const qsizetype firstLineEnd = help.indexOf(u'\n');
    const QString rest = firstLineEnd < 0 ? QString() : help.mid(firstLineEnd + 1);
    return CliTr::tr("Usage: %1 %2").arg(programName(), synopsis) + u'\n' + rest;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(u"db"_s, CliTr::tr("The snapshot database (SQLite file)."),
                              CliTr::tr("DB"));
}

bool parseCommandLine(QCommandLineParser &parser, const CliCommand &command,
                      const QStringList &arguments)
{
    parser.setApplicationDescription(command.summary);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        throwUsageError(command, parser.errorText());
    if (parser.isSet(help) || parser.isSet(u"help-all"_s)) {
        printOut(helpWithSynopsis(parser.helpText(), command.synopsis));
        return true;
    }
    return false;
}

void throwUsageError(const CliCommand &command, const QString &message)
{
    throw Error(message + u'\n' +
                CliTr::tr("Try '%1 %2 --help'.").arg(programName(), command.name));
}

QString requiredValue(const QCommandLineParser &parser, const QCommandLineOption &option,
                      const CliCommand &command)
{
    const QString name = option.names().constLast();
    if (!parser.isSet(option))
        throwUsageError(command, CliTr::tr("missing required option --%1").arg(name));
    const QString value = parser.value(option);
    if (value.isEmpty())
        throwUsageError(command, CliTr::tr("option --%1 needs a non-empty value").arg(name));
    return value;
}

void checkPositionalCount(const QCommandLineParser &parser, const CliCommand &command,
                          qsizetype maximum)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > maximum)
        throwUsageError(command, CliTr::tr("unexpected argument '%1'").arg(positional.at(maximum)));
}

} // namespace portolan::cli
