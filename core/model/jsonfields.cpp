#include "jsonfields.h"

#include "util/error.h"

#include <QCoreApplication>

#include <limits>

using json = nlohmann::json;
using namespace Qt::StringLiterals;

namespace portolan::jsonfields {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::JsonFields)
};

} // namespace

// ---------------------------------------------------------------- writing

std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

json toJson(const QString &text)
{
    return utf8(text);
}

json toJson(const QStringList &list)
{
    return toJsonArray(list, &utf8);
}

// ---------------------------------------------------------------- reading

QString qString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void fail(const QString &path, const QString &cause)
{
    throw Error(path.isEmpty() ? cause : path + u": "_s + cause);
}

QString memberPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

void requireObject(const At &at)
{
    if (!at.value.is_object())
        fail(at.path, Tr::tr("expected an object"));
}

At member(const At &at, const char *key)
{
    const QString path = memberPath(at.path, QString::fromLatin1(key));
    const auto it = at.value.find(key);
    if (it == at.value.end())
        fail(path, Tr::tr("missing required field"));
    return {*it, path};
}

std::vector<At> items(const At &at)
{
    if (!at.value.is_array())
        fail(at.path, Tr::tr("expected an array"));
    std::vector<At> elements;
    elements.reserve(at.value.size());
    for (std::size_t i = 0; i < at.value.size(); ++i)
        elements.push_back(At{at.value[i], at.path + u'[' + QString::number(i) + u']'});
    return elements;
}

QString readString(const At &at)
{
    if (!at.value.is_string())
        fail(at.path, Tr::tr("expected a string"));
    return qString(at.value.get_ref<const std::string &>());
}

QStringList readStringList(const At &at)
{
    return readList(at, &readString);
}

bool readBool(const At &at)
{
    if (!at.value.is_boolean())
        fail(at.path, Tr::tr("expected true or false"));
    return at.value.get<bool>();
}

std::optional<qint64> integerValue(const json &value)
{
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(v);
    }
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    return std::nullopt;
}

qint64 readInt64(const At &at)
{
    const auto v = integerValue(at.value);
    if (!v)
        fail(at.path, Tr::tr("expected a 64-bit integer"));
    return *v;
}

int readInt(const At &at)
{
    const auto v = integerValue(at.value);
    if (!v || *v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())
        fail(at.path, Tr::tr("expected a 32-bit integer"));
    return int(*v);
}

qint64 readRange(const At &at, qint64 minimum, qint64 maximum)
{
    const auto v = integerValue(at.value);
    if (!v || *v < minimum || *v > maximum)
        fail(at.path, Tr::tr("expected an integer %1-%2").arg(minimum).arg(maximum));
    return *v;
}

IpFamily readFamily(const At &at)
{
    const QString text = readString(at);
    if (const std::optional<IpFamily> family = ipFamilyFromString(text))
        return *family;
    failUnknownValue(at, text, {toString(IpFamily::V4), toString(IpFamily::V6)});
}

void failUnknownValue(const At &at, const QString &text, const QStringList &names)
{
    fail(at.path,
         Tr::tr("unknown value \"%1\" (expected one of: %2)").arg(text, names.join(u", ")));
}

} // namespace portolan::jsonfields
