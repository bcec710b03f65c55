#include "osrelease.h"

#include "parseerror.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::OsReleaseParser)
};

const QString kSource = u"os-release"_s;

QString unquote(QStringView value, int lineNumber)
{
    if (value.isEmpty())
        return {};
    const QChar quote = value.front();
    if (quote != u'"' && quote != u'\'')
        return value.toString();
    if (value.size() < 2 || value.back() != quote)
        throw ParseError(kSource, lineNumber, Tr::tr("quote not closed"));
    const QStringView inner = value.mid(1, value.size() - 2);
    if (quote == u'\'')
        return inner.toString();
    QString text;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == u'\\' && i + 1 < inner.size() &&
            QStringView(u"\"\\$`").contains(inner[i + 1])) {
            text.append(inner[++i]);
        } else {
            text.append(inner[i]);
        }
    }
    return text;
}

} // namespace

QMap<QString, QString> parseOsReleaseFields(const QByteArray &output)
{
    static const QRegularExpression keyPattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    const QStringList lines = splitLines(output, kSource);
    QMap<QString, QString> fields;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString key = eq > 0 ? line.left(eq) : QString();
        if (!keyPattern.match(key).hasMatch()) {
            throw ParseError(kSource, lineNumber,
                             Tr::tr("expected KEY=VALUE, found %1").arg(quoted(line)));
        }
        fields.insert(key, unquote(QStringView(line).mid(eq + 1), lineNumber));
    }
    return fields;
}

QString parseOsRelease(const QByteArray &output)
{
    const QMap<QString, QString> fields = parseOsReleaseFields(output);
    const QString pretty = fields.value(u"PRETTY_NAME"_s);
    if (!pretty.isEmpty())
        return pretty;
    const QString name = fields.value(u"NAME"_s);
    const QString version = fields.value(u"VERSION"_s, fields.value(u"VERSION_ID"_s));
    if (!name.isEmpty())
        return version.isEmpty() ? name : name + u' ' + version;
    return u"Linux"_s;
}

} // namespace portolan
