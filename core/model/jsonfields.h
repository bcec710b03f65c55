#pragma once
// Field-level JSON conversions shared by the model's codecs (snapshotjson.h,
// firewalljson.h). Readers take the value with its path in the document and
// throw Error "path: cause" ("nodes[2].sockets[0].port: expected an integer");
// a missing member is always an error: no field of these formats has a default.

#include "model/address.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace portolan::jsonfields {

// ---------------------------------------------------------------- writing

std::string utf8(const QString &text);
nlohmann::json toJson(const QString &text);
nlohmann::json toJson(const QStringList &list);

template<typename T, typename F> nlohmann::json toJsonArray(const QList<T> &list, F toItem)
{
    nlohmann::json array = nlohmann::json::array();
    for (const T &item : list)
        array.push_back(toItem(item));
    return array;
}

// ---------------------------------------------------------------- reading

// A JSON value and its path in the document ("nodes[2].sockets[0].port"); the
// path is empty for the document's root. `value` must outlive the At.
struct At
{
    const nlohmann::json &value;
    QString path;
};

QString qString(const std::string &text);
[[noreturn]] void fail(const QString &path, const QString &cause);
QString memberPath(const QString &path, const QString &key);

void requireObject(const At &at);
// `at` must be an object (requireObject); a missing member fails.
At member(const At &at, const char *key);
// The elements of an array with their paths ("rules[3]"); anything else fails.
std::vector<At> items(const At &at);

QString readString(const At &at);
QStringList readStringList(const At &at);
bool readBool(const At &at);
std::optional<qint64> integerValue(const nlohmann::json &value); // nullopt unless an integer
qint64 readInt64(const At &at);
int readInt(const At &at);
qint64 readRange(const At &at, qint64 minimum, qint64 maximum);
IpFamily readFamily(const At &at);
// `text` is none of the `names` an enum field accepts.
[[noreturn]] void failUnknownValue(const At &at, const QString &text, const QStringList &names);

template<typename F>
auto readList(const At &at, F readItem) -> QList<std::invoke_result_t<F, const At &>>
{
    const std::vector<At> elements = items(at);
    QList<std::invoke_result_t<F, const At &>> list;
    list.reserve(qsizetype(elements.size()));
    for (const At &item : elements)
        list.append(readItem(item));
    return list;
}

} // namespace portolan::jsonfields
