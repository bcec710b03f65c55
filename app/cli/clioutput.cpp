#include "clioutput.h"

#include "clicommand.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace portolan::cli {
namespace {

void writeLine(std::FILE *stream, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text)
{
    writeLine(stdout, text);
}
void printErr(const QString &text)
{
    writeLine(stderr, text);
}

QByteArray readWholeFile(const QString &path)
{
    if (QFileInfo(path).isDir())
        throw Error(CliTr::tr("%1: cannot read: is a directory").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(CliTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(CliTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
    return bytes;
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(CliTr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Error(CliTr::tr("%1: cannot write: %2").arg(path, reason));
    }
    if (!file.commit())
        throw Error(CliTr::tr("%1: cannot write: %2").arg(path, file.errorString()));
}

} // namespace portolan::cli
