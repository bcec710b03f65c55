#include "singleline.h"

#include "parseerror.h"
#include "textlines.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::SingleLineParser)
};

} // namespace

QString parseSingleLine(const QByteArray &output, const QString &source)
{
    const QStringList lines = splitLines(output, source);
    QString result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (!result.isEmpty())
            throw ParseError(source, int(i) + 1, Tr::tr("expected one line, found more"));
        result = line;
    }
    if (result.isEmpty())
        throw ParseError(source, 0, Tr::tr("empty output"));
    return result;
}

} // namespace portolan
