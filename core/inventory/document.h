#pragma once
// A parsed inventory file as a format-neutral tree, so one reader serves JSON
// and YAML alike. Every value keeps the 1-based line it starts on; errors point
// there. Pitfall: a YAML plain scalar is untyped text (`plain`): `name: 1` is a
// fine node name, but a JSON number is never a string.

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace portolan {

struct DocValue
{
    enum class Kind : std::uint8_t { Null, Bool, Integer, Float, String, List, Map };

    Kind kind = Kind::Null;
    QString text;         // scalars: the value as written (JSON strings unescaped)
    bool boolean = false; // Kind::Bool
    qint64 integer = 0;   // Kind::Integer
    bool plain = false;   // a YAML plain scalar: readable as text whatever its kind
    int line = 0;         // 1-based; 0 when unknown

    // Map members keep their key and its line; items of a list leave them empty.
    QString key;
    int keyLine = 0;

    std::vector<DocValue> children; // list items or map members, in document order

    bool isMap() const { return kind == Kind::Map; }
    bool isList() const { return kind == Kind::List; }
    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind != Kind::List && kind != Kind::Map; }

    // The first member named `name` of a map, or nullptr.
    const DocValue *member(QStringView name) const;
};

// "a list", "a map", "a number", ... for messages ("must be a string, not a list").
QString describeKind(DocValue::Kind kind);

} // namespace portolan
