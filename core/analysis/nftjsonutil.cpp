#include "nftjsonutil.h"

using namespace Qt::StringLiterals;

namespace portolan {

const nlohmann::json &nftMember(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

QString nftString(const nlohmann::json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QStringList nftStringList(const nlohmann::json &value)
{
    QStringList list;
    if (value.is_string()) {
        list.append(nftString(value));
    } else if (value.is_array()) {
        for (const auto &item : value)
            list.append(nftString(item));
    }
    return list;
}

std::optional<std::uint64_t> nftConstant(const nlohmann::json &value, NftSymbols symbols)
{
    if (value.is_number_unsigned())
        return value.get<std::uint64_t>();
    if (value.is_number_integer()) {
        const std::int64_t number = value.get<std::int64_t>();
        return number < 0 ? std::nullopt : std::optional<std::uint64_t>(std::uint64_t(number));
    }
    if (value.is_boolean())
        return value.get<bool>() ? 1 : 0;
    if (value.is_string()) {
        const QString name = nftString(value);
        if (const auto symbol = nftSymbolValue(symbols, name))
            return symbol;
        bool ok = false;
        const std::uint64_t number = name.toULongLong(&ok, 0);
        if (ok)
            return number;
        if (nftIsClosedDomain(symbols))
            return nftvalue::kForeign;
        return std::nullopt;
    }
    // A list of flags, or an explicit OR: both mean the bits together.
    const nlohmann::json *items = nullptr;
    if (value.is_array())
        items = &value;
    else if (value.is_object() && value.size() == 1 && value.contains("|"))
        items = &value["|"];
    if (items && items->is_array() && !items->empty()) {
        std::uint64_t bits = 0;
        for (const auto &item : *items) {
            const auto part = nftConstant(item, symbols);
            if (!part || *part == nftvalue::kForeign)
                return std::nullopt;
            bits |= *part;
        }
        return bits;
    }
    return std::nullopt;
}

QString describeNftExpression(const nlohmann::json &expression)
{
    if (!expression.is_object() || expression.size() != 1)
        return QString::fromStdString(expression.dump());
    const auto entry = expression.begin();
    const QString kind = QString::fromStdString(entry.key());
    const nlohmann::json &body = entry.value();
    if (kind == u"meta")
        return u"meta "_s + nftString(nftMember(body, "key"));
    if (kind == u"payload") {
        if (body.contains("protocol"))
            return nftString(nftMember(body, "protocol")) + u' ' +
                   nftString(nftMember(body, "field"));
        return u"@%1,%2,%3"_s.arg(nftString(nftMember(body, "base")),
                                  QString::fromStdString(nftMember(body, "offset").dump()),
                                  QString::fromStdString(nftMember(body, "len").dump()));
    }
    if (kind == u"ct") {
        const QString dir = nftString(nftMember(body, "dir"));
        return u"ct "_s + (dir.isEmpty() ? QString() : dir + u' ') +
               nftString(nftMember(body, "key"));
    }
    if (kind == u"fib")
        return u"fib "_s + nftStringList(nftMember(body, "flags")).join(u" . "_s) + u' ' +
               nftString(nftMember(body, "result"));
    if (kind == u"socket" || kind == u"osf" || kind == u"rt" || kind == u"exthdr" ||
        kind == u"tcp option" || kind == u"sctp chunk") {
        const QString detail = nftString(nftMember(body, body.contains("key") ? "key" : "name"));
        return detail.isEmpty() ? kind : kind + u' ' + detail;
    }
    if (kind == u"concat" && body.is_array()) {
        QStringList parts;
        for (const auto &item : body)
            parts.append(describeNftExpression(item));
        return parts.join(u" . "_s);
    }
    if ((kind == u"&" || kind == u"|" || kind == u"^") && body.is_array() && body.size() == 2)
        return describeNftExpression(body[0]) + u' ' + kind + u" ..."_s;
    return kind; // numgen, jhash, symhash, limit, quota, meter, ...
}

} // namespace portolan
