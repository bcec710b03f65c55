#include "raysession.h"

#include "jsoninput.h"
#include "parseerror.h"
#include "textlines.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::RaySessionParser)
};

const QString kSource = u"ray-session"_s;

struct PortEntry
{
    QString node;
    QString name;
    int port = 0;
};

int checkedPort(qint64 value, int lineNumber)
{
    if (value < -1 || value > 65535)
        throw ParseError(kSource, lineNumber, Tr::tr("port %1 out of range").arg(value));
    return int(value);
}

// A number, "N", or {"port": N | "N"}.
int portFromContent(QStringView content, int lineNumber)
{
    const QStringView text = content.trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok)
        return checkedPort(value, lineNumber);
    if (text.startsWith(u'{')) {
        const nlohmann::json json = parseJsonOutput(text.toUtf8(), kSource);
        if (json.is_object() && json.contains("port")) {
            const auto &port = json["port"];
            if (port.is_number_integer())
                return checkedPort(port.get<qint64>(), lineNumber);
            if (port.is_string()) {
                const qint64 parsed =
                    QString::fromStdString(port.get<std::string>()).toLongLong(&ok);
                if (ok)
                    return checkedPort(parsed, lineNumber);
            }
        }
    }
    throw ParseError(kSource, lineNumber, Tr::tr("not a port number: %1").arg(quoted(text)));
}

QList<PortEntry> portsByNode(QStringView content, int lineNumber)
{
    const nlohmann::json json = parseJsonOutput(content.toUtf8(), kSource);
    if (!json.is_object())
        throw ParseError(kSource, lineNumber, Tr::tr("ports_by_node.json is not an object"));
    QList<PortEntry> entries;
    for (const auto &[node, ports] : json.items()) {
        if (!ports.is_object()) {
            throw ParseError(kSource, lineNumber,
                             Tr::tr("ports_by_node.json: node %1 holds no object")
                                 .arg(QString::fromStdString(node)));
        }
        for (const auto &[name, port] : ports.items()) {
            const QString portName = QString::fromStdString(name);
            qint64 value = 0;
            bool ok = port.is_number_integer();
            if (ok)
                value = port.get<qint64>();
            else if (port.is_string())
                value = QString::fromStdString(port.get<std::string>()).toLongLong(&ok);
            if (!ok) {
                throw ParseError(kSource, lineNumber,
                                 Tr::tr("ports_by_node.json: %1 is not a number").arg(portName));
            }
            entries.append(
                {QString::fromStdString(node), portName, checkedPort(value, lineNumber)});
        }
    }
    return entries;
}

} // namespace

RaySessionInfo parseRaySession(const QByteArray &output)
{
    static const QRegularExpression portFile(u"^(.+_port)_([0-9a-fA-F]{8,})(?:\\.json)?$"_s);
    const QStringList lines = splitLines(output, kSource);
    RaySessionInfo info;
    QList<PortEntry> entries;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QString &line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        const QStringList parts = line.split(u'\t');
        if (parts[0] == u"session" && parts.size() == 2) {
            info.sessionName = parts[1].section(u'/', -1, -1, QString::SectionSkipEmpty);
            if (info.sessionName.isEmpty())
                throw ParseError(kSource, lineNumber, Tr::tr("empty session path"));
        } else if (parts[0] == u"file" && parts.size() == 3) {
            if (parts[1] == u"ports_by_node.json") {
                entries.append(portsByNode(parts[2], lineNumber));
                continue;
            }
            const auto m = portFile.match(parts[1]);
            if (m.hasMatch())
                entries.append(
                    {m.captured(2), m.captured(1), portFromContent(parts[2], lineNumber)});
        } else {
            throw ParseError(kSource, lineNumber, Tr::tr("unexpected line %1").arg(quoted(line)));
        }
    }
    QStringList nodes;
    for (const PortEntry &entry : std::as_const(entries)) {
        if (!nodes.contains(entry.node))
            nodes.append(entry.node);
    }
    for (const PortEntry &entry : std::as_const(entries)) {
        const QString key = nodes.size() > 1 ? entry.name + u'@' + entry.node : entry.name;
        info.ports.insert(key, entry.port);
    }
    return info;
}

} // namespace portolan
