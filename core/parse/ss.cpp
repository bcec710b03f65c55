#include "ss.h"

#include "parseerror.h"
#include "textlines.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::SsParser)
};

const QString kSource = u"ss"_s;

enum Column { Netid, State, RecvQ, SendQ, Local, Peer, ColumnCount };

struct LocalEndpoint
{
    IpAddress address;
    bool dualStack = false;
    QString scope;
    quint16 port = 0;
};

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<qint64> toNumber(QStringView text)
{
    if (!isDigits(text) || text.size() > 18)
        return std::nullopt;
    return text.toLongLong();
}

bool isKnownState(QStringView state)
{
    static const QStringList states = {u"LISTEN"_s,     u"UNCONN"_s,    u"ESTAB"_s,
                                       u"SYN-SENT"_s,   u"SYN-RECV"_s,  u"FIN-WAIT-1"_s,
                                       u"FIN-WAIT-2"_s, u"TIME-WAIT"_s, u"CLOSE-WAIT"_s,
                                       u"LAST-ACK"_s,   u"CLOSING"_s,   u"UNKNOWN"_s};
    return states.contains(state);
}

// The host part of a Local-Address:Port field without its %scope.
QStringView hostPart(QStringView endpoint)
{
    const qsizetype colon = endpoint.lastIndexOf(u':');
    QStringView host = colon < 0 ? endpoint : endpoint.left(colon);
    const qsizetype percent = host.indexOf(u'%');
    return percent < 0 ? host : host.left(percent);
}

// Old ss printed IPv6 without brackets; one such address marks the whole output.
bool isOldFormat(const QStringList &lines)
{
    for (const QString &line : lines) {
        const auto fields = splitFields(line);
        if (fields.size() <= Local)
            continue;
        const QStringView host = hostPart(fields[Local]);
        if (!host.startsWith(u'[') && host.contains(u':'))
            return true;
    }
    return false;
}

LocalEndpoint parseLocal(QStringView text, bool oldFormat, int lineNumber)
{
    const auto fail = [&](const QString &cause) {
        throw ParseError(kSource, lineNumber,
                         Tr::tr("bad local address %1: %2").arg(quoted(text), cause));
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        fail(Tr::tr("no port"));
    const auto port = toNumber(text.mid(colon + 1));
    if (!port || *port > 65535)
        fail(Tr::tr("port is not a number from 0 to 65535"));

    LocalEndpoint endpoint;
    endpoint.port = quint16(*port);
    QStringView host = text.left(colon);
    const qsizetype percent = host.indexOf(u'%');
    if (percent >= 0) {
        endpoint.scope = host.mid(percent + 1).toString();
        host = host.left(percent);
        if (endpoint.scope.isEmpty())
            fail(Tr::tr("empty interface after '%'"));
    }
    if (host == u"*") {
        if (oldFormat) {
            endpoint.address = IpAddress::anyAddress(IpFamily::V4);
        } else {
            endpoint.address = IpAddress::anyAddress(IpFamily::V6);
            endpoint.dualStack = true;
        }
        return endpoint;
    }
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']') && host.size() > 2;
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    QString error;
    const auto address = IpAddress::parse(host, &error);
    if (!address)
        fail(error);
    if (bracketed && !address->isV6())
        fail(Tr::tr("brackets around an IPv4 address"));
    endpoint.address = *address;
    return endpoint;
}

// One owner entry at `pos` ("name",pid=1,fd=3) or the pre-2014 ("name",1,3):
// returns the owner and the index just past its ')'.
std::optional<std::pair<SocketOwner, qsizetype>> ownerTail(QStringView s, qsizetype quote,
                                                           const QString &name)
{
    qsizetype i = quote + 2; // past `",`
    const auto number = [&](QStringView prefix) -> std::optional<qint64> {
        if (!prefix.isEmpty()) {
            if (!s.mid(i).startsWith(prefix))
                return std::nullopt;
            i += prefix.size();
        }
        const qsizetype start = i;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
            ++i;
        return toNumber(s.mid(start, i - start));
    };
    const bool named = s.mid(i).startsWith(u"pid=");
    const auto pid = number(named ? u"pid=" : u"");
    if (!pid || i >= s.size() || s[i] != u',')
        return std::nullopt;
    ++i;
    const auto fd = number(named ? u"fd=" : u"");
    if (!fd || *fd > std::numeric_limits<int>::max() || i >= s.size() || s[i] != u')')
        return std::nullopt;
    ++i;
    SocketOwner owner;
    owner.processName = name;
    owner.pid = *pid;
    owner.fd = int(*fd);
    return std::make_pair(owner, i);
}

QList<SocketOwner> parseUsers(QStringView column, int lineNumber)
{
    const auto fail = [&] {
        throw ParseError(kSource, lineNumber,
                         Tr::tr("malformed process column %1").arg(quoted(column)));
    };
    const QStringView prefix = u"users:(";
    if (!column.startsWith(prefix))
        fail();
    QList<SocketOwner> owners;
    qsizetype pos = prefix.size();
    for (;;) {
        if (!column.mid(pos).startsWith(u"(\""))
            fail();
        const qsizetype nameStart = pos + 2;
        bool done = false;
        bool accepted = false;
        // The name may itself hold `",`: take the first candidate end that parses.
        for (qsizetype quote = column.indexOf(u"\",", nameStart); quote >= 0;
             quote = column.indexOf(u"\",", quote + 1)) {
            const QString name = column.mid(nameStart, quote - nameStart).toString();
            const auto tail = ownerTail(column, quote, name);
            if (!tail)
                continue;
            const qsizetype end = tail->second;
            if (column.mid(end).startsWith(u",(")) {
                owners.append(tail->first);
                pos = end + 1;
                accepted = true;
                break;
            }
            if (end < column.size() && column[end] == u')' &&
                column.mid(end + 1).trimmed().isEmpty()) {
                owners.append(tail->first);
                done = true;
                accepted = true;
                break;
            }
        }
        if (!accepted)
            fail();
        if (done)
            return owners;
    }
}

} // namespace

QList<ListeningSocket> parseSs(const QByteArray &output)
{
    const QStringList lines = splitLines(output, kSource);
    const bool oldFormat = isOldFormat(lines);
    QList<ListeningSocket> sockets;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QString &line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        const auto fields = splitFields(line);
        if (i == 0 && fields.value(0) == u"Netid")
            continue; // header of `ss` without -H
        if (fields.size() < ColumnCount) {
            throw ParseError(kSource, lineNumber,
                             Tr::tr("expected at least %1 columns, found %2")
                                 .arg(int(ColumnCount))
                                 .arg(fields.size()));
        }
        const QStringView netid = fields[Netid];
        const QStringView state = fields[State];
        if (netid != u"tcp" && netid != u"udp")
            throw ParseError(kSource, lineNumber, Tr::tr("unexpected netid %1").arg(quoted(netid)));
        if (!isKnownState(state))
            throw ParseError(kSource, lineNumber, Tr::tr("unknown state %1").arg(quoted(state)));
        if (!toNumber(fields[RecvQ]) || !toNumber(fields[SendQ])) {
            throw ParseError(kSource, lineNumber,
                             Tr::tr("Recv-Q and Send-Q must be numbers, found %1 and %2")
                                 .arg(quoted(fields[RecvQ]), quoted(fields[SendQ])));
        }
        const bool tcp = netid == u"tcp";
        const LocalEndpoint local = parseLocal(fields[Local], oldFormat, lineNumber);
        const QStringView process = textAfterFields(line, ColumnCount).trimmed();
        const QList<SocketOwner> owners =
            process.isEmpty() ? QList<SocketOwner>{} : parseUsers(process, lineNumber);
        if (tcp ? state != u"LISTEN" : state != u"UNCONN")
            continue;

        ListeningSocket socket;
        socket.protocol = tcp ? Protocol::Tcp : Protocol::Udp;
        socket.address = local.address;
        socket.dualStack = local.dualStack;
        socket.scopeInterface = local.scope;
        socket.port = local.port;
        socket.owners = owners;
        sockets.append(socket);
    }
    return sockets;
}

} // namespace portolan
