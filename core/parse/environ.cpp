#include "environ.h"

#include "model/process.h"
#include "parseerror.h"
#include "redispassword.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::EnvironParser)
};

const QString kSource = u"environ"_s;
const QString kPidMarker = u"@@pid "_s;

bool isRayName(QStringView name)
{
    return name.startsWith(u"RAY_") && name.size() > 4;
}

} // namespace

bool isSecretVariableName(QStringView name)
{
    static const QStringList words = {u"TOKEN"_s,  u"PASSWORD"_s, u"PASSWD"_s,
                                      u"SECRET"_s, u"KEY"_s,      u"CREDENTIAL"_s};
    for (const QString &word : words) {
        if (name.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString redactedValue(QStringView name, QStringView value)
{
    if (!isSecretVariableName(name))
        return value.toString();
    if (name.contains(u"PASSWORD", Qt::CaseInsensitive) && value == kDefaultRedisPassword)
        return value.toString();
    return kRedacted.toString();
}

Environment parseEnviron(const QByteArray &environ)
{
    if (!environ.isEmpty() && !environ.contains('\0') && environ.contains('\n')) {
        throw ParseError(u"/proc/PID/environ"_s, 0,
                         Tr::tr("not NUL-separated (a text dump was given?)"));
    }
    Environment environment;
    const QList<QByteArray> entries = environ.split('\0');
    for (const QByteArray &entry : entries) {
        const qsizetype eq = entry.indexOf('=');
        if (eq <= 0)
            continue;
        const QString name = QString::fromUtf8(entry.left(eq));
        if (!isRayName(name))
            continue;
        environment.insert(name, redactedValue(name, QString::fromUtf8(entry.mid(eq + 1))));
    }
    return environment;
}

QMap<qint64, Environment> parseEnvironDump(const QByteArray &output)
{
    const QStringList lines = splitLines(output, kSource);
    QMap<qint64, Environment> processes;
    Environment *current = nullptr;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QString &line = lines[i];
        if (line.isEmpty())
            continue;
        if (line.startsWith(kPidMarker)) {
            bool ok = false;
            const qint64 pid = QStringView(line).mid(kPidMarker.size()).toLongLong(&ok);
            if (!ok || pid <= 0)
                throw ParseError(kSource, lineNumber, Tr::tr("bad pid in %1").arg(quoted(line)));
            current = &processes[pid];
            continue;
        }
        if (!current) {
            throw ParseError(kSource, lineNumber,
                             Tr::tr("variable before the first \"@@pid\" line"));
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            throw ParseError(kSource, lineNumber,
                             Tr::tr("expected NAME=VALUE, found %1").arg(quoted(line)));
        }
        const QStringView name = QStringView(line).left(eq);
        if (!isRayName(name))
            continue;
        current->insert(name.toString(), redactedValue(name, QStringView(line).mid(eq + 1)));
    }
    return processes;
}

} // namespace portolan
