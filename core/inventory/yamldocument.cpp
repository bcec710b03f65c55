#include "yamldocument.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <string>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

constexpr int kMaxDepth = 64;
constexpr int kMaxValues = 250000;

QString qString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int lineOf(const YAML::Mark &mark, int fallback)
{
    return mark.is_null() || mark.line < 0 ? fallback : mark.line + 1;
}

class Converter
{
public:
    explicit Converter(const FieldReader &reader)
        : m_reader(reader)
    {}

    DocValue convert(const YAML::Node &node, int depth, int fallbackLine)
    {
        if (++m_values > kMaxValues)
            m_reader.fail(fallbackLine, {},
                          Tr::tr("the document expands to more than %1 values").arg(kMaxValues));
        if (depth >= kMaxDepth && (node.IsMap() || node.IsSequence()))
            m_reader.fail(fallbackLine, {},
                          Tr::tr("nested more than %1 levels deep").arg(kMaxDepth));

        DocValue value;
        value.line = lineOf(node.Mark(), fallbackLine);
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            value.kind = DocValue::Kind::Null;
            value.plain = true;
            break;
        case YAML::NodeType::Scalar:
            value.text = qString(node.Scalar());
            if (node.Tag() == "!") { // quoted or block scalar: always text
                value.kind = DocValue::Kind::String;
            } else {
                value.plain = true;
                resolvePlainScalar(value);
            }
            break;
        case YAML::NodeType::Sequence:
            value.kind = DocValue::Kind::List;
            for (const YAML::Node &item : node)
                value.children.push_back(convert(item, depth + 1, value.line));
            break;
        case YAML::NodeType::Map:
            value.kind = DocValue::Kind::Map;
            for (const auto &pair : node) {
                const int keyLine = lineOf(pair.first.Mark(), value.line);
                if (!pair.first.IsScalar() && !pair.first.IsNull())
                    m_reader.fail(
                        keyLine, {},
                        Tr::tr("a key must be plain text, not %1")
                            .arg(pair.first.IsMap() ? Tr::tr("a map") : Tr::tr("a list")));
                DocValue member = convert(pair.second, depth + 1, keyLine);
                member.key = pair.first.IsNull() ? QString() : qString(pair.first.Scalar());
                member.keyLine = keyLine;
                value.children.push_back(std::move(member));
            }
            break;
        }
        return value;
    }

private:
    const FieldReader &m_reader;
    int m_values = 0;
};

} // namespace

void resolvePlainScalar(DocValue &value)
{
    static const QRegularExpression nullForm(u"^(~|null|Null|NULL|)$"_s);
    static const QRegularExpression trueForm(u"^(true|True|TRUE|yes|Yes|YES|on|On|ON)$"_s);
    static const QRegularExpression falseForm(u"^(false|False|FALSE|no|No|NO|off|Off|OFF)$"_s);
    static const QRegularExpression intForm(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression floatForm(
        uR"(^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$)"_s);

    const QString &text = value.text;
    if (nullForm.match(text).hasMatch()) {
        value.kind = DocValue::Kind::Null;
    } else if (trueForm.match(text).hasMatch() || falseForm.match(text).hasMatch()) {
        value.kind = DocValue::Kind::Bool;
        value.boolean = trueForm.match(text).hasMatch();
    } else if (intForm.match(text).hasMatch()) {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        value.kind = ok ? DocValue::Kind::Integer : DocValue::Kind::Float; // overflow
        value.integer = ok ? number : 0;
    } else if (floatForm.match(text).hasMatch()) {
        value.kind = DocValue::Kind::Float;
    } else {
        value.kind = DocValue::Kind::String;
    }
}

DocValue parseYamlDocument(const QByteArray &content, const FieldReader &reader)
{
    YAML::Node root;
    try {
        root = YAML::Load(std::string(content.constData(), std::size_t(content.size())));
    } catch (const YAML::Exception &error) {
        const int line = error.mark.is_null() ? 0 : error.mark.line + 1;
        const int column = error.mark.is_null() ? 0 : error.mark.column + 1;
        reader.failAt(line, column, Tr::tr("YAML syntax error: %1").arg(qString(error.msg)));
    }
    try {
        return Converter(reader).convert(root, 0, 1);
    } catch (const YAML::Exception &error) {
        reader.fail(lineOf(error.mark, 0), {},
                    Tr::tr("unreadable YAML: %1").arg(qString(error.msg)));
    }
}

} // namespace portolan
