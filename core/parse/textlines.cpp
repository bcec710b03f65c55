#include "textlines.h"

#include "parseerror.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::TextLines)
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

QStringList splitLines(const QByteArray &output, const QString &source)
{
    const qsizetype nul = output.indexOf('\0');
    if (nul >= 0) {
        const int line = int(output.left(nul).count('\n')) + 1;
        throw ParseError(source, line, Tr::tr("binary data (a NUL byte) where text was expected"));
    }
    if (output.isEmpty())
        return {};
    QString text = QString::fromUtf8(output);
    if (text.endsWith(u'\n'))
        text.chop(1);
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

QList<QStringView> splitFields(QStringView line)
{
    QList<QStringView> fields;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && isBlank(line[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && !isBlank(line[i]))
            ++i;
        if (i > start)
            fields.append(line.mid(start, i - start));
    }
    return fields;
}

QStringView textAfterFields(QStringView line, int count)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    for (int field = 0; field < count; ++field) {
        while (i < n && isBlank(line[i]))
            ++i;
        while (i < n && !isBlank(line[i]))
            ++i;
    }
    while (i < n && isBlank(line[i]))
        ++i;
    return line.mid(i);
}

QString quoted(QStringView text)
{
    constexpr qsizetype kMax = 60;
    if (text.size() > kMax)
        return u'\'' + text.left(kMax).toString() + QStringLiteral("…'");
    return u'\'' + text.toString() + u'\'';
}

} // namespace portolan
