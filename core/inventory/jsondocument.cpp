#include "jsondocument.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Inventory)
};

// Deeper nesting than any inventory needs; also keeps the recursive
// destruction of the tree far from the stack limit.
constexpr int kMaxDepth = 64;

QString qString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Byte offsets -> 1-based line and column (in characters).
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &content)
        : m_content(content)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < content.size(); ++i) {
            if (content.at(i) == '\n')
                m_lineStarts.push_back(i + 1);
        }
    }

    int lineOf(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
        return int(it - m_lineStarts.cbegin());
    }

    int columnOf(qsizetype offset) const
    {
        const qsizetype start = m_lineStarts[std::size_t(lineOf(offset) - 1)];
        int column = 1;
        for (qsizetype i = start; i < offset && i < m_content.size(); ++i) {
            if ((static_cast<unsigned char>(m_content.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        return column;
    }

    // The line of the last non-blank byte before `end`: the end of the token the
    // parser just read (a token never spans lines in JSON).
    int lineBefore(qsizetype end) const
    {
        qsizetype i = std::min(end, m_content.size()) - 1;
        while (i > 0 && QByteArrayView(" \t\r\n").contains(m_content.at(i)))
            --i;
        return lineOf(std::max<qsizetype>(i, 0));
    }

private:
    const QByteArray &m_content;
    std::vector<qsizetype> m_lineStarts;
};

// A forward iterator over the bytes that records how far the parser has read.
class CountingIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    CountingIterator() = default;
    CountingIterator(const char *begin, const char *position, qsizetype *consumed)
        : m_begin(begin)
        , m_position(position)
        , m_consumed(consumed)
    {}

    reference operator*() const { return *m_position; }
    CountingIterator &operator++()
    {
        ++m_position;
        *m_consumed = std::max(*m_consumed, qsizetype(m_position - m_begin));
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator &other) const { return m_position == other.m_position; }

private:
    const char *m_begin = nullptr;
    const char *m_position = nullptr;
    qsizetype *m_consumed = nullptr;
};

// nlohmann SAX events -> DocValue tree.
class TreeBuilder
{
public:
    using json = nlohmann::json;

    TreeBuilder(const LineIndex &index, const qsizetype &consumed)
        : m_index(index)
        , m_consumed(consumed)
    {}

    bool null() { return add(scalar(DocValue::Kind::Null, u"null"_s)); }
    bool boolean(bool value)
    {
        DocValue v = scalar(DocValue::Kind::Bool, value ? u"true"_s : u"false"_s);
        v.boolean = value;
        return add(std::move(v));
    }
    bool number_integer(json::number_integer_t value)
    {
        DocValue v = scalar(DocValue::Kind::Integer, QString::number(value));
        v.integer = value;
        return add(std::move(v));
    }
    bool number_unsigned(json::number_unsigned_t value)
    {
        if (value > json::number_unsigned_t(std::numeric_limits<qint64>::max()))
            return add(scalar(DocValue::Kind::Float, QString::number(value)));
        return number_integer(json::number_integer_t(value));
    }
    bool number_float(json::number_float_t, const json::string_t &text)
    {
        return add(scalar(DocValue::Kind::Float, qString(text)));
    }
    bool string(json::string_t &value)
    {
        return add(scalar(DocValue::Kind::String, qString(value)));
    }
    bool binary(json::binary_t &) { return false; } // not produced by JSON text
    bool key(json::string_t &name)
    {
        m_pendingKey = qString(name);
        m_pendingKeyLine = currentLine();
        return true;
    }
    bool start_object(std::size_t) { return open(DocValue::Kind::Map); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(DocValue::Kind::List); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t position, const std::string &, const json::exception &error)
    {
        m_syntaxError = true;
        m_errorOffset = qsizetype(position) - 1;
        m_error = cleanMessage(qString(error.what()));
        return false;
    }

    DocValue &root() { return m_root; }
    const QString &error() const { return m_error; }
    bool isSyntaxError() const { return m_syntaxError; }
    qsizetype errorOffset() const { return m_errorOffset; }

private:
    int currentLine() const { return m_index.lineBefore(m_consumed); }

    DocValue scalar(DocValue::Kind kind, QString text) const
    {
        DocValue v;
        v.kind = kind;
        v.text = std::move(text);
        return v;
    }

    // Gives `value` its line and, inside a map, the key read just before it.
    void place(DocValue &value)
    {
        value.line = currentLine();
        if (!m_stack.empty() && m_stack.back().isMap()) {
            value.key = m_pendingKey;
            value.keyLine = m_pendingKeyLine;
        }
    }

    bool add(DocValue value)
    {
        if (value.line == 0)
            place(value);
        if (m_stack.empty())
            m_root = std::move(value);
        else
            m_stack.back().children.push_back(std::move(value));
        return true;
    }

    bool open(DocValue::Kind kind)
    {
        DocValue container;
        container.kind = kind;
        place(container);
        if (m_stack.size() >= std::size_t(kMaxDepth)) {
            m_errorOffset = m_consumed - 1;
            m_error = Tr::tr("nested more than %1 levels deep").arg(kMaxDepth);
            m_syntaxError = false;
            return false;
        }
        m_stack.push_back(std::move(container));
        return true;
    }

    bool close()
    {
        DocValue done = std::move(m_stack.back());
        m_stack.pop_back();
        return add(std::move(done));
    }

    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax
    // error while ..." -> "syntax error while ..." (our prefix names the place).
    static QString cleanMessage(const QString &what)
    {
        static const QRegularExpression prefix(
            uR"(^\[json\.exception\.[a-z_]+\.\d+\]\s*(parse error( at line \d+, column \d+)?:\s*)?)"_s);
        QString message = what;
        message.remove(prefix);
        return message;
    }

    const LineIndex &m_index;
    const qsizetype &m_consumed;
    std::vector<DocValue> m_stack;
    DocValue m_root;
    QString m_pendingKey;
    int m_pendingKeyLine = 0;
    QString m_error;
    bool m_syntaxError = true;
    qsizetype m_errorOffset = 0;
};

} // namespace

DocValue parseJsonDocument(const QByteArray &content, const FieldReader &reader)
{
    const LineIndex index(content);
    qsizetype consumed = 0;
    TreeBuilder builder(index, consumed);
    const char *data = content.constData();
    const CountingIterator first(data, data, &consumed);
    const CountingIterator last(data, data + content.size(), &consumed);
    if (!nlohmann::json::sax_parse(first, last, &builder)) {
        // At the end of the input the offset is one past the last byte.
        const qsizetype offset = std::clamp<qsizetype>(builder.errorOffset(), 0, content.size());
        reader.failAt(index.lineOf(offset), index.columnOf(offset),
                      builder.isSyntaxError() ? Tr::tr("JSON syntax error: %1").arg(builder.error())
                                              : builder.error());
    }
    return std::move(builder.root());
}

} // namespace portolan
