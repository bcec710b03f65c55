#include "document.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

} // namespace

const DocValue *DocValue::member(QStringView name) const
{
    if (kind != Kind::Map)
        return nullptr;
    for (const DocValue &child : children) {
        if (child.key == name)
            return &child;
    }
    return nullptr;
}

QString describeKind(DocValue::Kind kind)
{
    switch (kind) {
    case DocValue::Kind::Null:
        return Tr::tr("empty (null)");
    case DocValue::Kind::Bool:
        return Tr::tr("a boolean");
    case DocValue::Kind::Integer:
    case DocValue::Kind::Float:
        return Tr::tr("a number");
    case DocValue::Kind::String:
        return Tr::tr("a string");
    case DocValue::Kind::List:
        return Tr::tr("a list");
    case DocValue::Kind::Map:
        return Tr::tr("a map");
    }
    return {};
}

} // namespace portolan
