#pragma once
// JSON command output (ip -j, nft -j, ports_by_node.json): parsing with errors
// that name the line and column, a nesting limit so hostile input cannot exhaust
// the stack, and a reader for object fields that names the JSON path of a bad
// field ("[2].addr_info[0].prefixlen: expected an integer").

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace portolan {

inline constexpr int kMaxJsonDepth = 128;

// Throws ParseError for malformed JSON or nesting deeper than kMaxJsonDepth.
nlohmann::json parseJsonOutput(const QByteArray &output, const QString &source);

// Compact one-line text of a JSON value, as nft would accept it back.
QString compactJson(const nlohmann::json &value);

// Reads the fields of one JSON object; every failure throws ParseError with the
// object's path.
class JsonObjectReader
{
public:
    // Throws unless `value` is an object.
    JsonObjectReader(const nlohmann::json &value, QString path, QString source);

    const nlohmann::json &object() const { return m_object; }
    const QString &path() const { return m_path; }
    const QString &source() const { return m_source; }
    QString fieldPath(std::string_view key) const;
    bool has(std::string_view key) const;

    QString string(std::string_view key) const;
    QString optionalString(std::string_view key, const QString &fallback = {}) const;
    qint64 integer(std::string_view key) const;
    qint64 optionalInteger(std::string_view key, qint64 fallback = 0) const;
    bool optionalBool(std::string_view key, bool fallback = false) const;
    // A string, or an array of strings (nft prints one flag as a plain string).
    QStringList optionalStringList(std::string_view key) const;
    // The array at key, or an empty array when absent; throws if not an array.
    const nlohmann::json &optionalArray(std::string_view key) const;

    [[noreturn]] void fail(std::string_view key, const QString &cause) const;

private:
    const nlohmann::json &m_object;
    QString m_path;
    QString m_source;
};

} // namespace portolan
