#include "jsoninput.h"

#include "parseerror.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::JsonInput)
};

const nlohmann::json &emptyArray()
{
    static const nlohmann::json empty = nlohmann::json::array();
    return empty;
}

// Line and column (1-based) of a byte offset.
std::pair<int, int> position(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

void checkDepth(const QByteArray &text, const QString &source)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) {
                throw ParseError(source, position(text, i).first,
                                 Tr::tr("JSON nested deeper than %1 levels").arg(kMaxJsonDepth));
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

} // namespace

nlohmann::json parseJsonOutput(const QByteArray &output, const QString &source)
{
    if (const qsizetype nul = output.indexOf('\0'); nul >= 0) {
        throw ParseError(source, position(output, nul).first,
                         Tr::tr("binary data (a NUL byte) where JSON was expected"));
    }
    checkDepth(output, source);
    try {
        return nlohmann::json::parse(output.cbegin(), output.cend());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is 1-based and points at the offending character (or one past the end).
        const auto [line, column] = position(output, qsizetype(e.byte) - 1);
        if (e.byte > std::size_t(output.size()) || output.trimmed().isEmpty())
            throw ParseError(source, line, Tr::tr("JSON ends too early (truncated output?)"));
        throw ParseError(source, line, Tr::tr("malformed JSON at column %1").arg(column));
    }
}

QString compactJson(const nlohmann::json &value)
{
    return QString::fromStdString(
        value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

JsonObjectReader::JsonObjectReader(const nlohmann::json &value, QString path, QString source)
    : m_object(value)
    , m_path(std::move(path))
    , m_source(std::move(source))
{
    if (!m_object.is_object()) {
        throw ParseError(m_source, 0,
                         Tr::tr("%1: expected a JSON object")
                             .arg(m_path.isEmpty() ? QStringLiteral("$") : m_path));
    }
}

QString JsonObjectReader::fieldPath(std::string_view key) const
{
    const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
    return m_path.isEmpty() ? name : m_path + u'.' + name;
}

bool JsonObjectReader::has(std::string_view key) const
{
    return m_object.contains(key) && !m_object.at(key).is_null();
}

void JsonObjectReader::fail(std::string_view key, const QString &cause) const
{
    throw ParseError(m_source, 0, Tr::tr("%1: %2").arg(fieldPath(key), cause));
}

QString JsonObjectReader::string(std::string_view key) const
{
    if (!m_object.contains(key))
        fail(key, Tr::tr("missing"));
    const auto &value = m_object.at(key);
    if (!value.is_string())
        fail(key, Tr::tr("expected a string"));
    return QString::fromStdString(value.get<std::string>());
}

QString JsonObjectReader::optionalString(std::string_view key, const QString &fallback) const
{
    if (!has(key))
        return fallback;
    return string(key);
}

qint64 JsonObjectReader::integer(std::string_view key) const
{
    if (!m_object.contains(key))
        fail(key, Tr::tr("missing"));
    const auto &value = m_object.at(key);
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<qint64>::max()))
            fail(key, Tr::tr("integer out of range"));
        return qint64(v);
    }
    if (!value.is_number_integer())
        fail(key, Tr::tr("expected an integer"));
    return value.get<qint64>();
}

qint64 JsonObjectReader::optionalInteger(std::string_view key, qint64 fallback) const
{
    if (!has(key))
        return fallback;
    return integer(key);
}

bool JsonObjectReader::optionalBool(std::string_view key, bool fallback) const
{
    if (!has(key))
        return fallback;
    const auto &value = m_object.at(key);
    if (!value.is_boolean())
        fail(key, Tr::tr("expected true or false"));
    return value.get<bool>();
}

QStringList JsonObjectReader::optionalStringList(std::string_view key) const
{
    if (!has(key))
        return {};
    const auto &value = m_object.at(key);
    if (value.is_string())
        return {QString::fromStdString(value.get<std::string>())};
    if (!value.is_array())
        fail(key, Tr::tr("expected a string or an array of strings"));
    QStringList list;
    for (const auto &item : value) {
        if (!item.is_string())
            fail(key, Tr::tr("expected an array of strings"));
        list.append(QString::fromStdString(item.get<std::string>()));
    }
    return list;
}

const nlohmann::json &JsonObjectReader::optionalArray(std::string_view key) const
{
    if (!has(key))
        return emptyArray();
    const auto &value = m_object.at(key);
    if (!value.is_array())
        fail(key, Tr::tr("expected an array"));
    return value;
}

} // namespace portolan
