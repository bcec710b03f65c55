#include "ps.h"

#include "parseerror.h"
#include "redispassword.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::PsParser)
};

const QString kSource = u"ps"_s;
const QString kSeparator = u"@@args"_s;

qint64 readId(QStringView field, const char *what, int lineNumber)
{
    bool ok = false;
    const qint64 value = field.toLongLong(&ok);
    if (!ok || value < 0) {
        throw ParseError(
            kSource, lineNumber,
            Tr::tr("%1 is not a number: %2").arg(QString::fromLatin1(what), quoted(field)));
    }
    return value;
}

// "  123 ray::IDLE" -> {123, "ray::IDLE"}: comm is the rest after one separator.
std::pair<qint64, QString> readCommLine(const QString &line, int lineNumber)
{
    const QStringView view(line);
    qsizetype i = 0;
    while (i < view.size() && view[i] == u' ')
        ++i;
    const qsizetype start = i;
    while (i < view.size() && view[i] != u' ')
        ++i;
    const qint64 pid = readId(view.mid(start, i - start), "pid", lineNumber);
    return {pid, i < view.size() ? view.mid(i + 1).toString() : QString()};
}

Process readArgsLine(const QString &line, int lineNumber)
{
    const auto fields = splitFields(line);
    if (fields.size() < 3) {
        throw ParseError(
            kSource, lineNumber,
            Tr::tr("expected pid, ppid, user and arguments, found %1").arg(quoted(line)));
    }
    Process process;
    process.pid = readId(fields[0], "pid", lineNumber);
    process.ppid = readId(fields[1], "ppid", lineNumber);
    process.user = fields[2].toString();
    process.command = redactRedisPasswords(textAfterFields(line, 3));
    return process;
}

} // namespace

QList<Process> parsePs(const QByteArray &output)
{
    const QStringList lines = splitLines(output, kSource);
    const qsizetype separator = lines.indexOf(kSeparator);
    QHash<qint64, QString> comms;
    for (qsizetype i = 0; i < separator; ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const auto [pid, comm] = readCommLine(lines[i], int(i) + 1);
        comms.insert(pid, comm);
    }
    QList<Process> processes;
    for (qsizetype i = separator + 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        Process process = readArgsLine(lines[i], int(i) + 1);
        process.comm = comms.value(process.pid);
        processes.append(process);
    }
    return processes;
}

} // namespace portolan
