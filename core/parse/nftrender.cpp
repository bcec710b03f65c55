#include "nftrender.h"

#include "jsoninput.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The member `key` of an object; null for a missing key or a non-object, so a
// malformed rule never throws.
const nlohmann::json &member(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

QString str(const nlohmann::json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// Interface names and other free text are quoted as nft quotes them.
QString quoteText(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

bool isInterfaceKey(const nlohmann::json &left)
{
    if (!left.is_object() || !left.contains("meta"))
        return false;
    const QString key = str(member(member(left, "meta"), "key"));
    return key == u"iifname" || key == u"oifname" || key == u"iif" || key == u"oif" ||
           key == u"ibrname" || key == u"obrname";
}

QString renderValue(const nlohmann::json &value, bool quoteStrings = false);
QString renderStatement(const nlohmann::json &statement);

QString renderList(const nlohmann::json &items, const QString &separator, bool quoteStrings)
{
    QStringList parts;
    for (const auto &item : items)
        parts.append(renderValue(item, quoteStrings));
    return parts.join(separator);
}

QString renderObject(const nlohmann::json &value, bool quoteStrings)
{
    if (value.size() != 1)
        return compactJson(value);
    const auto entry = value.begin();
    const std::string &key = entry.key();
    const nlohmann::json &body = entry.value();
    if (key == "set") {
        if (body.is_array()) {
            QStringList items;
            for (const auto &item : body) {
                // Map and vmap elements are [key, data]: "key : data".
                if (item.is_array() && item.size() == 2)
                    items.append(renderValue(item[0], quoteStrings) + u" : "_s +
                                 renderStatement(item[1]));
                else
                    items.append(renderValue(item, quoteStrings));
            }
            return u"{ "_s + items.join(u", "_s) + u" }"_s;
        }
        return u"{ "_s + renderValue(body, quoteStrings) + u" }"_s;
    }
    if (key == "range" && body.is_array() && body.size() == 2)
        return renderValue(body[0], quoteStrings) + u'-' + renderValue(body[1], quoteStrings);
    if (key == "prefix" && body.is_object())
        return renderValue(member(body, "addr")) + u'/' + renderValue(member(body, "len"));
    if (key == "concat" && body.is_array())
        return renderList(body, u" . "_s, quoteStrings);
    if (key == "payload" && body.is_object()) {
        if (body.contains("protocol"))
            return str(member(body, "protocol")) + u' ' + str(member(body, "field"));
        return u"@%1,%2,%3"_s.arg(str(member(body, "base")), renderValue(member(body, "offset")),
                                  renderValue(member(body, "len")));
    }
    if (key == "meta" && body.is_object()) {
        const QString metaKey = str(member(body, "key"));
        static const QStringList bare = {u"iif"_s,     u"oif"_s,     u"iifname"_s,  u"oifname"_s,
                                         u"iiftype"_s, u"oiftype"_s, u"iifgroup"_s, u"oifgroup"_s};
        return bare.contains(metaKey) ? metaKey : u"meta "_s + metaKey;
    }
    if (key == "ct" && body.is_object()) {
        const QString dir = str(member(body, "dir"));
        return u"ct "_s + (dir.isEmpty() ? QString() : dir + u' ') + str(member(body, "key"));
    }
    if (key == "fib" && body.is_object()) {
        return u"fib "_s + renderList(member(body, "flags"), u" . "_s, false) + u' ' +
               str(member(body, "result"));
    }
    if (key == "elem" && body.is_object() && body.contains("val"))
        return renderValue(member(body, "val"), quoteStrings);
    if (key == "map" && body.is_object())
        return renderValue(member(body, "key")) + u" map "_s + renderValue(member(body, "data"));
    static const QStringList binaryOps = {u"&"_s, u"|"_s, u"^"_s, u"<<"_s, u">>"_s};
    const QString op = QString::fromStdString(key);
    if (binaryOps.contains(op) && body.is_array() && body.size() == 2)
        return renderValue(body[0]) + u' ' + op + u' ' + renderValue(body[1]);
    return compactJson(value);
}

QString renderValue(const nlohmann::json &value, bool quoteStrings)
{
    if (value.is_string()) {
        const QString text = str(value);
        return quoteStrings && !text.startsWith(u'@') ? quoteText(text) : text;
    }
    if (value.is_boolean())
        return value.get<bool>() ? u"exists"_s : u"missing"_s;
    if (value.is_number())
        return QString::fromStdString(value.dump());
    if (value.is_array())
        return renderList(value, u","_s, quoteStrings);
    if (value.is_object())
        return renderObject(value, quoteStrings);
    return compactJson(value);
}

QString renderMatch(const nlohmann::json &match)
{
    const auto &left = member(match, "left");
    const QString op = str(member(match, "op"));
    QString text = renderValue(left);
    if (op != u"==" && op != u"in" && !op.isEmpty())
        text += u' ' + op;
    return text + u' ' + renderValue(member(match, "right"), isInterfaceKey(left));
}

QString renderNat(const QString &verb, const nlohmann::json &body)
{
    if (!body.is_object())
        return verb;
    QString text = verb;
    const QString family = str(member(body, "family"));
    if (!family.isEmpty())
        text += u' ' + family;
    const bool hasAddr = body.contains("addr");
    const bool hasPort = body.contains("port");
    if (hasAddr || hasPort) {
        QString addr = hasAddr ? renderValue(member(body, "addr")) : QString();
        if (hasPort && addr.contains(u':'))
            addr = u'[' + addr + u']';
        text += u" to "_s + addr + (hasPort ? u':' + renderValue(member(body, "port")) : QString());
    }
    return text;
}

QString renderStatement(const nlohmann::json &statement)
{
    if (!statement.is_object() || statement.size() != 1)
        return renderValue(statement);
    const auto entry = statement.begin();
    const std::string &key = entry.key();
    const nlohmann::json &body = entry.value();
    const QString name = QString::fromStdString(key);
    if (key == "match" && body.is_object())
        return renderMatch(body);
    if (key == "accept" || key == "drop" || key == "return" || key == "continue" ||
        key == "notrack")
        return name;
    if ((key == "jump" || key == "goto") && body.is_object())
        return name + u' ' + str(member(body, "target"));
    if (key == "reject") {
        if (!body.is_object())
            return name;
        const QString type = str(member(body, "type"));
        const QString expr = str(member(body, "expr"));
        // port-unreachable is reject's default, and nft prints it bare.
        if (type.isEmpty() || expr == u"port-unreachable")
            return name;
        return u"reject with "_s + type + (expr.isEmpty() ? QString() : u' ' + expr);
    }
    if (key == "counter") {
        if (body.is_string())
            return u"counter name "_s + quoteText(str(body));
        if (body.is_object() && body.contains("packets"))
            return u"counter packets %1 bytes %2"_s.arg(renderValue(member(body, "packets")),
                                                        renderValue(member(body, "bytes")));
        return name;
    }
    if (key == "log") {
        QString text = name;
        if (body.is_object()) {
            if (body.contains("prefix"))
                text += u" prefix "_s + quoteText(str(member(body, "prefix")));
            if (body.contains("level"))
                text += u" level "_s + renderValue(member(body, "level"));
            if (body.contains("group"))
                text += u" group "_s + renderValue(member(body, "group"));
        }
        return text;
    }
    if (key == "limit" && body.is_object()) {
        QString text =
            u"limit rate "_s + renderValue(member(body, "rate")) + u'/' + str(member(body, "per"));
        if (body.contains("burst"))
            text += u" burst "_s + renderValue(member(body, "burst")) + u" packets"_s;
        return text;
    }
    if (key == "dnat" || key == "snat")
        return renderNat(name, body);
    if (key == "redirect" || key == "masquerade") {
        if (body.is_object() && body.contains("port"))
            return name + u" to :"_s + renderValue(member(body, "port"));
        return name;
    }
    if (key == "mangle" && body.is_object()) {
        const QString target = renderValue(member(body, "key"));
        const nlohmann::json &value = member(body, "value");
        // nft prints marks as 32-bit hex.
        if (target.endsWith(u"mark"_s) && value.is_number_unsigned())
            return target + u" set 0x"_s +
                   QString::number(value.get<std::uint64_t>(), 16).rightJustified(8, u'0');
        return target + u" set "_s + renderValue(value);
    }
    if (key == "vmap" && body.is_object())
        return renderValue(member(body, "key")) + u" vmap "_s + renderValue(member(body, "data"));
    if (key == "xt" && body.is_object())
        return u"xt "_s + str(member(body, "type")) + u' ' + quoteText(str(member(body, "name")));
    return renderValue(statement); // an expression (map data) or compact JSON
}

} // namespace

QString renderNftRule(const nlohmann::json &expr)
{
    if (!expr.is_array())
        return compactJson(expr);
    QStringList parts;
    for (const auto &statement : expr)
        parts.append(renderStatement(statement));
    return parts.join(u' ');
}

} // namespace portolan
