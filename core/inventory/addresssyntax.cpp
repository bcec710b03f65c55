#include "addresssyntax.h"

#include "model/address.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

constexpr qsizetype kMaxHostLength = 253;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxUserLength = 64;
constexpr qsizetype kMaxNameLength = 253;
constexpr qsizetype kMaxShown = 64;

template<typename T> std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString shown(QStringView text)
{
    if (text.size() <= kMaxShown)
        return text.toString();
    return text.left(kMaxShown - 1).toString() + QChar(0x2026);
}

// One offending character as messages show it; invisible ones as U+XXXX.
QString shownChar(QChar c)
{
    if (c == u' ')
        return Tr::tr("a space");
    if (c.isPrint())
        return u'"' + QString(c) + u'"';
    return u"U+%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
}

// IpAddress's messages start with the input ("\"10.0.1\": 3 octets"); ours already
// name it, so the cause is kept without that prefix.
QString withoutInput(const QString &cause, const QString &in)
{
    const QString prefix = u'"' + in + u"\": "_s;
    return cause.startsWith(prefix) ? cause.mid(prefix.size()) : cause;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The first character of `text` outside [A-Za-z0-9] and `extra`, if any.
std::optional<QChar> firstForbidden(QStringView text, QStringView extra)
{
    for (const QChar c : text) {
        if (!isAsciiAlnum(c) && !extra.contains(c))
            return c;
    }
    return std::nullopt;
}

// Labels inet_aton() reads as numbers: decimal, octal or 0x-hex.
bool looksNumeric(QStringView text)
{
    static const QRegularExpression numericLabels(
        u"^((0[xX][0-9a-fA-F]*|[0-9]+)\\.)*(0[xX][0-9a-fA-F]*|[0-9]+)\\.?$"_s);
    return numericLabels.match(text).hasMatch();
}

std::optional<QString> normalizeIpv6(QStringView text, const QString &in, QString *error)
{
    QStringView address = text;
    QStringView zone;
    if (const qsizetype percent = text.indexOf(u'%'); percent >= 0) {
        address = text.left(percent);
        zone = text.mid(percent + 1);
        if (zone.isEmpty() || zone.startsWith(u'-') || firstForbidden(zone, u"._-"))
            return fail<QString>(error, Tr::tr("\"%1\": the zone after \"%\" must be an "
                                               "interface name")
                                            .arg(in));
    }
    QString cause;
    const auto ip = IpAddress::parse(address, &cause);
    if (!ip || !ip->isV6()) {
        return fail<QString>(error, Tr::tr("\"%1\" is not a hostname or IP address: %2")
                                        .arg(in, ip ? Tr::tr("not an IPv6 address")
                                                    : withoutInput(cause, shown(address))));
    }
    return zone.isEmpty() ? ip->toString() : ip->toString() + u'%' + zone.toString();
}

std::optional<QString> checkHostname(QStringView text, const QString &in, QString *error)
{
    QStringView name = text.endsWith(u'.') ? text.chopped(1) : text;
    if (name.size() > kMaxHostLength)
        return fail<QString>(error, Tr::tr("\"%1\" is longer than %2 characters, the limit for a "
                                           "hostname")
                                        .arg(in)
                                        .arg(kMaxHostLength));
    for (const QStringView label : name.split(u'.')) {
        if (label.isEmpty())
            return fail<QString>(error,
                                 Tr::tr("\"%1\" is not a hostname: it has an empty label").arg(in));
        if (label.size() > kMaxLabelLength)
            return fail<QString>(error, Tr::tr("\"%1\" is not a hostname: a label is longer than "
                                               "%2 characters")
                                            .arg(in)
                                            .arg(kMaxLabelLength));
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return fail<QString>(error, Tr::tr("\"%1\" is not a hostname: a label starts or ends "
                                               "with \"-\"")
                                            .arg(in));
    }
    return text.toString();
}

} // namespace

std::optional<QString> normalizeHost(QStringView text, QString *error)
{
    const QString in = shown(text);
    if (text.isEmpty())
        return fail<QString>(error, Tr::tr("the host is empty"));
    if (text.startsWith(u'-'))
        return fail<QString>(error, Tr::tr("\"%1\" must not start with \"-\"").arg(in));
    if (text.startsWith(u'[')) {
        if (text.contains(u"]:"))
            return fail<QString>(error, Tr::tr("\"%1\" is not a hostname or IP address (give the "
                                               "port in \"port\")")
                                            .arg(in));
        if (!text.endsWith(u']') || text.size() < 3)
            return fail<QString>(error, Tr::tr("\"%1\": \"[\" without a closing \"]\"").arg(in));
        return normalizeIpv6(text.sliced(1, text.size() - 2), in, error);
    }
    if (text.contains(u':')) {
        if (text.count(u':') == 1)
            return fail<QString>(error, Tr::tr("\"%1\" is not a hostname or IP address (give the "
                                               "port in \"port\")")
                                            .arg(in));
        return normalizeIpv6(text, in, error);
    }
    if (const auto bad = firstForbidden(text, u".-_")) {
        return fail<QString>(error, Tr::tr("\"%1\" is not a hostname or IP address: %2 is not "
                                           "allowed")
                                        .arg(in, shownChar(*bad)));
    }
    if (looksNumeric(text)) {
        if (text.contains(u'x') || text.contains(u'X'))
            return fail<QString>(error, Tr::tr("\"%1\" is not a hostname or IP address: write "
                                               "IPv4 addresses as a dotted quad such as 10.0.0.1")
                                            .arg(in));
        const QStringView address = text.endsWith(u'.') ? text.chopped(1) : text;
        QString cause;
        const auto ip = IpAddress::parse(address, &cause);
        if (!ip)
            return fail<QString>(error, Tr::tr("\"%1\" is not a valid IP address: %2")
                                            .arg(in, withoutInput(cause, shown(address))));
        return ip->toString();
    }
    return checkHostname(text, in, error);
}

bool isValidUser(QStringView text, QString *error)
{
    const QString in = shown(text);
    if (text.isEmpty())
        return failed(error, Tr::tr("the user name is empty"));
    if (text.startsWith(u'-'))
        return failed(error, Tr::tr("\"%1\" must not start with \"-\"").arg(in));
    if (text.size() > kMaxUserLength)
        return failed(error,
                      Tr::tr("\"%1\" is longer than %2 characters").arg(in).arg(kMaxUserLength));
    if (const auto bad = firstForbidden(text, u"._-"))
        return failed(
            error, Tr::tr("\"%1\" is not a user name: %2 is not allowed").arg(in, shownChar(*bad)));
    return true;
}

bool isValidNodeName(QStringView text, QString *error)
{
    const QString in = shown(text);
    if (text.isEmpty())
        return failed(error, Tr::tr("the node name is empty"));
    if (text.startsWith(u'-') || text.startsWith(u'.'))
        return failed(error, Tr::tr("\"%1\" must not start with \"%2\"").arg(in, text.first(1)));
    if (text.size() > kMaxNameLength)
        return failed(error,
                      Tr::tr("\"%1\" is longer than %2 characters").arg(in).arg(kMaxNameLength));
    if (const auto bad = firstForbidden(text, u"._-:%"))
        return failed(error, Tr::tr("\"%1\" is not a node name: %2 is not allowed (use letters, "
                                    "digits and . _ - :)")
                                 .arg(in, shownChar(*bad)));
    return true;
}

std::optional<JumpSpec> parseJumpSpec(QStringView text, QString *error)
{
    const QString in = shown(text);
    JumpSpec spec;
    QStringView rest = text;
    if (const qsizetype at = text.indexOf(u'@'); at >= 0) {
        const QStringView user = text.left(at);
        rest = text.mid(at + 1);
        if (rest.contains(u'@'))
            return fail<JumpSpec>(error, Tr::tr("\"%1\": more than one \"@\"").arg(in));
        QString cause;
        if (!isValidUser(user, &cause))
            return fail<JumpSpec>(error, Tr::tr("\"%1\": %2").arg(in, cause));
        spec.user = user.toString();
    }

    QStringView host = rest;
    QStringView port;
    bool hasPort = false;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return fail<JumpSpec>(error, Tr::tr("\"%1\": \"[\" without a closing \"]\"").arg(in));
        host = rest.left(close + 1);
        const QStringView after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return fail<JumpSpec>(error,
                                      Tr::tr("\"%1\": expected \":port\" after \"]\"").arg(in));
            port = after.mid(1);
            hasPort = true;
        }
    } else if (rest.count(u':') == 1) {
        const qsizetype colon = rest.indexOf(u':');
        host = rest.left(colon);
        port = rest.mid(colon + 1);
        hasPort = true;
    }

    QString cause;
    const auto normalized = normalizeHost(host, &cause);
    if (!normalized)
        return fail<JumpSpec>(error, cause);
    spec.host = *normalized;

    if (hasPort) {
        static const QRegularExpression digits(u"^[0-9]{1,5}$"_s);
        const int number = digits.match(port).hasMatch() ? port.toInt() : 0;
        if (number < 1 || number > 65535)
            return fail<JumpSpec>(
                error, Tr::tr("\"%1\": \"%2\" is not a port (1-65535)").arg(in, shown(port)));
        spec.port = number;
    }
    return spec;
}

QString hostIdentity(const QString &host)
{
    QString identity = host.toCaseFolded();
    if (identity.endsWith(u'.'))
        identity.chop(1);
    return identity;
}

} // namespace portolan
